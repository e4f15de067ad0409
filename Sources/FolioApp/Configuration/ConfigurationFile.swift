import FolioKit
import FolioUI
import TOMLKit

/// Reads the configuration file: TOML (through `TOMLDocument`, safe whatever the bytes) whose
/// every key and value is checked. The first mistake in the file's order is the error, with
/// its line and column: an unknown key or action (with the closest known one), a value of the
/// wrong type or out of range, a key bound to two actions in one context.
public enum ConfigurationFile {
    /// The top-level keys and tables.
    static let sections = ["theme", "reader", "list", "dates", "browser", "fetch", "keys"]

    /// The configuration `text` sets over the defaults; `file` names it in errors. With
    /// `themes`, the theme it names must load from them.
    public static func parse(_ text: String, file: String, themes: ThemeCatalog? = nil) throws(ConfigurationError) -> Configuration {
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(text)
        } catch {
            throw ConfigurationError(
                file: file, place: TOMLPositions.Place(line: error.line, column: error.column), message: error.message)
        }
        var reader = ConfigurationReader(file: file, positions: TOMLPositions(text), themes: themes)
        let configuration = reader.read(table)
        if let first = reader.mistakes.min(by: { ($0.place?.line ?? 0, $0.place?.column ?? 0) < ($1.place?.line ?? 0, $1.place?.column ?? 0) }) {
            throw first
        }
        return configuration
    }
}

/// Walks the parsed table into a `Configuration`, noting every mistake with its place.
struct ConfigurationReader {
    let file: String
    let positions: TOMLPositions
    /// The themes a theme named must load from; nil: not checked.
    let themes: ThemeCatalog?
    private(set) var mistakes: [ConfigurationError] = []

    init(file: String, positions: TOMLPositions, themes: ThemeCatalog?) {
        self.file = file
        self.positions = positions
        self.themes = themes
    }

    mutating func read(_ table: TOMLTable) -> Configuration {
        var configuration = Configuration()
        configuration.file = file
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "theme":
                if let theme = string(value, ["theme"], expected: "a theme name or a theme file's path") {
                    checkTheme(theme)
                    configuration.theme = theme
                }
            case "reader": readReader(value, into: &configuration)
            case "list": readList(value, into: &configuration)
            case "dates": readDates(value, into: &configuration)
            case "browser": readBrowser(value, into: &configuration)
            case "fetch": readFetch(value, into: &configuration)
            case "keys": configuration.keyMap = KeyMap.standard.rebinding(readKeys(value))
            default: unknownKey([key], among: ConfigurationFile.sections)
            }
        }
        return configuration
    }

    // MARK: - Sections

    /// Notes a theme that is not there, or does not load.
    private mutating func checkTheme(_ theme: String) {
        guard !theme.isEmpty else {
            return mistake(valueOf: ["theme"], "'theme' is empty: name a theme (see folio themes) or a theme file")
        }
        guard let themes, let error = themes.resolve(theme).error else { return }
        if case .notFound(let name, let available) = error.problem {
            let hint = Suggestion.didYouMean(name, among: available)
            mistake(valueOf: ["theme"], "unknown theme '\(name)'\(hint) (themes: \(available.joined(separator: ", ")))")
        } else {
            mistake(valueOf: ["theme"], "the theme cannot be loaded: \(error)")
        }
    }

    private mutating func readReader(_ value: TOMLValueConvertible, into configuration: inout Configuration) {
        for (key, value) in entries(value, ["reader"], keys: ["measure"]) {
            let path = ["reader", key]
            guard let measure = integer(value, path, expected: "a number of columns") else { continue }
            guard Configuration.measures.contains(measure) else {
                mistake(valueOf: path, "'measure' must be from \(Configuration.measures.lowerBound) to \(Configuration.measures.upperBound) columns, not \(measure)")
                continue
            }
            configuration.measure = measure
        }
    }

    private mutating func readList(_ value: TOMLValueConvertible, into configuration: inout Configuration) {
        for (key, value) in entries(value, ["list"], keys: ["sort"]) {
            let path = ["list", key]
            guard let name = string(value, path, expected: "\"date\" or \"title\"") else { continue }
            guard let order = SortOrder(rawValue: name) else {
                mistake(valueOf: path, "unknown sort order '\(name)'\(Suggestion.didYouMean(name, among: ["date", "title"])) (sort by \"date\" or \"title\")")
                continue
            }
            configuration.sort = order
        }
    }

    private mutating func readDates(_ value: TOMLValueConvertible, into configuration: inout Configuration) {
        for (key, value) in entries(value, ["dates"], keys: ["style", "format"]) {
            let path = ["dates", key]
            guard let text = string(value, path, expected: key == "style" ? "\"relative\" or \"absolute\"" : "a date format such as \"%Y-%m-%d\"") else { continue }
            if key == "style" {
                guard text == "relative" || text == "absolute" else {
                    mistake(valueOf: path, "unknown date style '\(text)'\(Suggestion.didYouMean(text, among: ["relative", "absolute"])) (\"relative\" or \"absolute\")")
                    continue
                }
                configuration.dates.isRelative = text == "relative"
            } else {
                do {
                    configuration.dates.format = try DateFormat(parsing: text)
                } catch {
                    // The value's column is its opening quote: the directive is further on.
                    var place = positions.setting(of: path)?.value
                    place?.column += 1 + error.offset
                    mistakes.append(ConfigurationError(file: file, place: place, message: error.description))
                }
            }
        }
    }

    private mutating func readBrowser(_ value: TOMLValueConvertible, into configuration: inout Configuration) {
        for (key, value) in entries(value, ["browser"], keys: ["command", "terminal"]) {
            let path = ["browser", key]
            if key == "command" {
                guard let command = string(value, path, expected: "a command line such as \"firefox %u\"") else { continue }
                do throws(ShellWords.Failure) {
                    if try ShellWords.split(command).isEmpty {
                        mistake(valueOf: path, "the browser's 'command' names no command (for example \"w3m %u\")")
                    }
                } catch {
                    mistake(valueOf: path, "the browser's 'command' cannot be read: \(error)")
                }
                configuration.browser.command = command
                configuration.browser.origin = "the configuration's [browser] command"
            } else {
                let choices = BrowserSettings.TerminalUse.allCases.map(\.rawValue)
                guard let text = string(value, path, expected: "\"yes\", \"no\" or \"auto\"") else { continue }
                guard let use = BrowserSettings.TerminalUse(rawValue: text) else {
                    mistake(valueOf: path, "'terminal' must be \"yes\", \"no\" or \"auto\", not '\(text)'\(Suggestion.didYouMean(text, among: choices))")
                    continue
                }
                configuration.browser.terminal = use
            }
        }
    }

    private mutating func readFetch(_ value: TOMLValueConvertible, into configuration: inout Configuration) {
        let keys = ["connections", "per-host", "timeout", "max-size", "user-agent", "ca-file", "full-text"]
        for (key, value) in entries(value, ["fetch"], keys: keys) {
            let path = ["fetch", key]
            switch key {
            case "connections", "per-host":
                guard let count = integer(value, path, expected: "a number of requests") else { continue }
                guard (1...1000).contains(count) else {
                    mistake(valueOf: path, "'\(key)' must be from 1 to 1000 requests, not \(count)")
                    continue
                }
                if key == "connections" { configuration.fetch.connections = count } else { configuration.fetch.perHost = count }
            case "timeout":
                guard let seconds = value.double ?? value.int.map(Double.init) else {
                    wrongType(value, path, expected: "a number of seconds")
                    continue
                }
                guard seconds > 0, seconds.isFinite else {
                    mistake(valueOf: path, "'timeout' must be a number of seconds above 0, not \(seconds)")
                    continue
                }
                configuration.fetch.timeout = seconds
            case "max-size":
                let text = value.string ?? value.int.map(String.init)
                guard let text else {
                    wrongType(value, path, expected: "a size such as \"20M\" or a number of bytes")
                    continue
                }
                guard let size = SizeLimit(parsing: text) else {
                    mistake(valueOf: path, "'max-size' must be a size such as \"500K\", \"20M\" or \"1G\", not '\(text)'")
                    continue
                }
                configuration.fetch.maxSize = size
            case "user-agent":
                guard let agent = string(value, path, expected: "the text of the User-Agent header") else { continue }
                guard !agent.isEmpty, !agent.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                    mistake(valueOf: path, "'user-agent' must be one line of text, not empty")
                    continue
                }
                configuration.fetch.userAgent = agent
            case "ca-file":
                guard let path = string(value, path, expected: "the path of a PEM file") else { continue }
                configuration.fetch.caFile = path
            default:
                guard let flag = value.bool else {
                    wrongType(value, path, expected: "true or false")
                    continue
                }
                configuration.fetch.fullText = flag
            }
        }
    }

    // MARK: - Keys

    /// The bindings of `[keys.CONTEXT]` tables, in the file's order.
    private mutating func readKeys(_ value: TOMLValueConvertible) -> [KeyRebinding] {
        let contextNames = KeyContext.allCases.map(\.configName)
        var found: [(place: TOMLPositions.Place, rebinding: KeyRebinding)] = []
        for (contextName, value) in entries(value, ["keys"], keys: contextNames) {
            guard let context = KeyContext(configName: contextName) else { continue }
            var bound: [Key: (name: String, action: String, line: Int)] = [:]
            guard let table = tableValue(value, ["keys", contextName], expected: "a table of \"KEY\" = \"ACTION\"") else { continue }
            // In the file's order, so that the second binding of a key is the one named.
            for keyName in inFileOrder(table.keys, under: ["keys", contextName]) {
                guard let actionValue = table[keyName] else { continue }
                let path = ["keys", contextName, keyName]
                guard let key = Key(name: keyName) else {
                    mistake(keyOf: path, "'\(keyName)' names no key (a character, space, enter, esc, tab, shift-tab, backspace, delete, up, down, left, right, pgup, pgdn, home, end, f1-f12, ctrl-LETTER or alt-CHARACTER)")
                    continue
                }
                guard let actionName = string(actionValue, path, expected: "an action's name, or \"none\"") else { continue }
                let action: Action?
                if actionName == ActionName.unbound {
                    action = nil
                } else if let named = ActionName.action(named: actionName, in: context) {
                    action = named
                } else {
                    mistake(valueOf: path, unknownAction(actionName, in: context))
                    continue
                }
                let line = positions.setting(of: path)?.key.line ?? 0
                if let earlier = bound[key], earlier.action != actionName {
                    mistake(
                        keyOf: path,
                        "'\(keyName)' is bound to '\(earlier.action)' already in [keys.\(contextName)] (as '\(earlier.name)', line \(earlier.line)); a key does one thing in a context")
                    continue
                }
                bound[key] = (keyName, actionName, line)
                let place = positions.setting(of: path)?.key ?? TOMLPositions.Place(line: 0, column: 0)
                found.append((place, KeyRebinding(key, to: action, in: context)))
            }
        }
        return found.sorted { ($0.place.line, $0.place.column) < ($1.place.line, $1.place.column) }.map(\.rebinding)
    }

    /// `keys` of the table at `path` in the order the file sets them.
    private func inFileOrder(_ keys: [String], under path: [String]) -> [String] {
        func place(_ key: String) -> (Int, Int) {
            let place = positions.setting(of: path + [key])?.key
            return (place?.line ?? 0, place?.column ?? 0)
        }
        return keys.sorted { place($0) < place($1) }
    }

    /// Why `name` is no action of `context`, and what would be right.
    private func unknownAction(_ name: String, in context: KeyContext) -> String {
        let here = ActionName.names(in: context).map(\.name) + [ActionName.unbound]
        if let suggestion = Suggestion.closest(to: name, among: here) {
            return "unknown action '\(name)'; did you mean '\(suggestion)'?"
        }
        if let elsewhere = ActionName.all.first(where: { $0.name == name }) {
            return "'\(name)' is an action of [keys.\(elsewhere.context.configName)], not of [keys.\(context.configName)] (actions here: \(here.joined(separator: ", ")))"
        }
        return "unknown action '\(name)' (actions here: \(here.joined(separator: ", ")))"
    }

    // MARK: - Values

    /// The entries of the table `value` (at `path`), each key checked against `keys`.
    private mutating func entries(_ value: TOMLValueConvertible, _ path: [String], keys: [String]) -> [(String, TOMLValueConvertible)] {
        guard let table = tableValue(value, path, expected: "a table") else { return [] }
        var entries: [(String, TOMLValueConvertible)] = []
        for key in table.keys {
            guard let entry = table[key] else { continue }
            if keys.contains(key) { entries.append((key, entry)) } else { unknownKey(path + [key], among: keys) }
        }
        return entries
    }

    private mutating func tableValue(_ value: TOMLValueConvertible, _ path: [String], expected: String) -> TOMLTable? {
        guard let table = value.table else {
            wrongType(value, path, expected: expected)
            return nil
        }
        return table
    }

    private mutating func string(_ value: TOMLValueConvertible, _ path: [String], expected: String) -> String? {
        guard let text = value.string else {
            wrongType(value, path, expected: expected)
            return nil
        }
        return text
    }

    private mutating func integer(_ value: TOMLValueConvertible, _ path: [String], expected: String) -> Int? {
        guard let number = value.int else {
            wrongType(value, path, expected: "a whole number (\(expected))")
            return nil
        }
        return number
    }

    private mutating func unknownKey(_ path: [String], among keys: [String]) {
        let key = path.last ?? ""
        let place = path.dropLast().isEmpty ? "" : " in [\(path.dropLast().joined(separator: "."))]"
        let hint = Suggestion.closest(to: key, among: keys).map { "; did you mean '\($0)'?" } ?? " (known here: \(keys.joined(separator: ", ")))"
        mistake(keyOf: path, "unknown key '\(key)'\(place)\(hint)")
    }

    private mutating func wrongType(_ value: TOMLValueConvertible, _ path: [String], expected: String) {
        mistake(valueOf: path, "'\(path.last ?? "")' must be \(expected), not \(Self.kind(of: value))")
    }

    /// What a value is, in words: `a string`, `a whole number`, `a table`.
    static func kind(of value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "a string"
        case .int: "a whole number"
        case .double: "a number with a fraction"
        case .bool: "true or false"
        case .array: "an array"
        case .table: "a table"
        default: "a date or time"
        }
    }

    private mutating func mistake(keyOf path: [String], _ message: String) {
        mistakes.append(ConfigurationError(file: file, place: positions.setting(of: path)?.key, message: message))
    }

    private mutating func mistake(valueOf path: [String], _ message: String) {
        mistakes.append(ConfigurationError(file: file, place: positions.setting(of: path)?.value, message: message))
    }
}
