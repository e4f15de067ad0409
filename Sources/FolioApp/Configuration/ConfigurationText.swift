import FolioKit
import FolioUI

/// The configuration as a commented TOML file, for `folio config`: every setting with what it
/// does; those left at folio's default are commented out (remove the `#` to change one), those
/// the file sets are not. Read back with `ConfigurationFile`, it gives the same configuration.
public enum ConfigurationText {
    /// The text of `configuration`.
    public static func text(_ configuration: Configuration) -> String {
        let defaults = Configuration()
        var lines: [String] = [
            "# folio's configuration: $XDG_CONFIG_HOME/folio/config.toml (default ~/.config/folio/config.toml),",
            "# or the file given with --config FILE; --no-config reads none. `folio config` prints the one in force.",
            configuration.file.map { "# Read from \(PathBytes.escaped($0))." } ?? "# No file was read: these are folio's defaults.",
            "# A line starting with # is folio's default: remove the # to change it. A mistake stops folio with",
            "# the file, line and column. An option on the command line wins over this file for that run.",
            "",
            "# The theme: a name (see `folio themes`) or a theme file's path. A theme picked with T is",
            "# remembered and wins over this line until the line changes.",
            setting("theme", configuration.theme.map(quoted) ?? quoted(ThemeCatalog.defaultName), isSet: configuration.theme != nil),
            "",
            "[reader]",
            "# The widest text column of the reader (\(Configuration.measures.lowerBound) to \(Configuration.measures.upperBound)).",
            setting("measure", String(configuration.measure), isSet: configuration.measure != defaults.measure),
            "",
            "[list]",
            "# \"date\" (newest first) or \"title\". The order picked with s is remembered and wins over this",
            "# line until the line changes.",
            setting("sort", quoted((configuration.sort ?? .date).rawValue), isSet: configuration.sort != nil),
            "",
            "[dates]",
            "# \"relative\": ages in the list (3 d ago) and beside the date in the reader; \"absolute\": the",
            "# date, written in the format below, everywhere.",
            setting(
                "style", quoted(configuration.dates.isRelative ? "relative" : "absolute"),
                isSet: configuration.dates.isRelative != defaults.dates.isRelative),
            "# How a date is written: " + DateFormat.directives.map { "%" + $0 }.joined(separator: " ") + " (as strftime).",
            setting("format", quoted(configuration.dates.format.pattern), isSet: configuration.dates.format != defaults.dates.format),
            "",
            "[browser]",
            "# The command that opens links, %u for the address (else it is added last); split into words",
            "# as a shell splits quoted words, never run by a shell. Default: $BROWSER, else xdg-open.",
            setting("command", configuration.browser.command.map(quoted) ?? quoted("w3m %u"), isSet: configuration.browser.command != nil),
            "# Whether it needs the terminal: \"yes\", \"no\" or \"auto\" (w3m, lynx, links, elinks and browsh do).",
            setting(
                "terminal", quoted(configuration.browser.terminal.rawValue), isSet: configuration.browser.terminal != defaults.browser.terminal),
        ]
        lines += fetchLines(configuration.fetch)
        lines += keyLines(configuration.keyMap)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fetchLines(_ fetch: FetchConfiguration) -> [String] {
        let defaults = FetchConfiguration()
        return [
            "",
            "[fetch]",
            "# Requests in flight at once, and at once to one host.",
            setting("connections", String(fetch.connections), isSet: fetch.connections != defaults.connections),
            setting("per-host", String(fetch.perHost), isSet: fetch.perHost != defaults.perHost),
            "# Seconds one request may take, redirects and body included.",
            setting("timeout", number(fetch.timeout), isSet: fetch.timeout != defaults.timeout),
            "# The largest page accepted, after decompression: bytes, or with K, M or G.",
            setting("max-size", size(fetch.maxSize), isSet: fetch.maxSize != defaults.maxSize),
            "# The User-Agent header (default: folio/VERSION).",
            setting("user-agent", quoted(fetch.userAgent ?? "folio"), isSet: fetch.userAgent != nil),
            "# A PEM file of certificates to trust besides the system's.",
            setting("ca-file", quoted(fetch.caFile ?? "/path/to/ca.pem"), isSet: fetch.caFile != nil),
            "# Fetch the whole page of a feed item whose feed gives only a summary.",
            setting("full-text", fetch.fullText ? "true" : "false", isSet: fetch.fullText != defaults.fullText),
        ]
    }

    /// `[keys.CONTEXT]` tables: every key in force, commented out where it is the default, and
    /// `"KEY" = "none"` for a default key the configuration unbinds.
    private static func keyLines(_ keyMap: KeyMap) -> [String] {
        var lines = [
            "",
            "# Keys, by where they apply: [keys.CONTEXT], then \"KEY\" = \"ACTION\" (\"none\" unbinds the key).",
            "# A key bound here replaces its default binding in that context; one key may do one thing",
            "# there. Keys: a character, space, enter, esc, tab, shift-tab, backspace, delete, up, down,",
            "# left, right, pgup, pgdn, home, end, f1-f12, ctrl-LETTER, alt-CHARACTER. A context falls back",
            "# to browsing (list and reader only) and then to anywhere; in search and filter, characters",
            "# are typed.",
        ]
        let standard = KeyMap.standard
        for context in KeyContext.helpOrder {
            lines += ["", "[keys.\(context.configName)]"]
            let own = ActionName.all.filter { $0.context == context }.map(\.name)
            let fallbacks = context.lookupOrder.dropFirst().map { "[keys.\($0.configName)]" }
            let also = fallbacks.isEmpty ? "" : ", and those of " + fallbacks.joined(separator: " and ")
            lines += wrapped("Actions: " + (own + [ActionName.unbound]).joined(separator: ", ") + also)
            let defaults = standard.assignments(in: context)
            for (key, action) in keyMap.assignments(in: context) {
                guard let keyName = key.name, let actionName = ActionName.name(of: action, in: context) else { continue }
                let isDefault = defaults.contains { $0.key == key && $0.action == action }
                let description = keyMap.bindings.first { $0.context == context && $0.action == action }?.description ?? ""
                lines.append(setting(quoted(keyName), quoted(actionName), isSet: !isDefault, note: description))
            }
            for (key, _) in defaults where !keyMap.bindings.contains(where: { $0.context == context && $0.keys.contains(key) }) {
                guard let keyName = key.name else { continue }
                lines.append(setting(quoted(keyName), quoted(ActionName.unbound), isSet: true))
            }
        }
        return lines
    }

    /// `text` as comment lines of at most about 100 columns.
    private static func wrapped(_ text: String) -> [String] {
        var lines: [String] = []
        var line = "#"
        for word in text.split(separator: " ") {
            if line.count + 1 + word.count > 100, line != "#" {
                lines.append(line)
                line = "#"
            }
            line += " " + word
        }
        return lines + [line]
    }

    // MARK: - Values

    /// `key = value`, commented out unless `isSet`, with `note` as a comment after it.
    private static func setting(_ key: String, _ value: String, isSet: Bool, note: String = "") -> String {
        let line = (isSet ? "" : "# ") + key + " = " + value
        guard !note.isEmpty else { return line }
        return line + String(repeating: " ", count: max(1, 32 - line.count)) + "# " + note
    }

    /// `text` as a TOML basic string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let digits = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Seconds as TOML: `30`, or `2.5`.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A size as `SizeLimit(parsing:)` reads it: `"20M"`, or a number of bytes.
    private static func size(_ limit: SizeLimit) -> String {
        limit.description.hasSuffix(" bytes") ? String(limit.bytes) : quoted(limit.description)
    }
}
