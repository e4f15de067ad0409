import ArgumentParser
import Foundation
import FolioKit

@testable import FolioUI
@testable import folio

/// folio's manual page, `docs/folio.1` (mdoc), made from the same definitions as its `--help`:
/// the commands, their arguments and options from ArgumentParser's description of `Folio`
/// (what `--experimental-dump-help` prints), the keys from the key map as the help overlay
/// lists them, and the few sections no definition holds (mouse, files, environment, exit
/// status). `ManualPageTests` fails when the committed page is not what this makes.
enum ManualPage {
    /// The page, dated `date` (`.Dd`, e.g. `December 4, 2026`).
    static func text(date: String) throws -> String {
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(Folio._dumpHelp().utf8))
        let root = tool.command
        let commands = root.shown
        var page = [
            ".\\\" Made by Tests/CommandLineTests/ManualPage.swift from folio's command definitions and key map.",
            ".\\\" Do not edit: FOLIO_RECORD_MANUAL=1 swift test --filter ManualPageTests writes it again.",
            ".Dd \(date)",
            ".Dt FOLIO 1",
            ".Os folio \(FolioVersion.current)",
            ".Sh NAME",
            ".Nm folio",
            ".Nd \(escaped(sentence(root.abstract ?? "")))",
            ".Sh SYNOPSIS",
        ]
        for command in commands {
            page += synopsis(command, path: [command.commandName], isDefault: command.commandName == root.defaultSubcommand)
        }
        page += [".Nm", ".Fl -version", ".Nm", ".Fl -generate-completion-script", "bash | zsh | fish"]
        page += [".Sh DESCRIPTION"] + paragraphs(Self.description)
        page += [".Sh COMMANDS", ".Bl -tag -width Ds"]
        for command in commands { page += describe(command, path: [command.commandName]) }
        page += [".El", ".Sh KEYS"] + paragraphs(Self.keysIntroduction) + keys()
        for (title, text) in Self.sections { page += [".Sh \(title)"] + paragraphs(text) }
        return page.joined(separator: "\n") + "\n"
    }

    // MARK: - Commands

    /// The synopsis lines of a command typed as `path` (`feed add`): its name (none for the
    /// default command), its options and its arguments; a command of commands (`feed`) has a
    /// synopsis for each of its own instead.
    private static func synopsis(_ command: CommandInfo, path: [String], isDefault: Bool) -> [String] {
        let nested = command.shown
        if !nested.isEmpty {
            return nested.flatMap { synopsis($0, path: path + [$0.commandName], isDefault: false) }
        }
        var lines = [".Nm"]
        if !isDefault { lines.append(".Cm \(path.joined(separator: " "))") }
        for argument in command.displayed {
            let usage = argument.usage
            lines.append(argument.isOptional ? ".Op \(usage)" : ".\(usage)")
        }
        return lines
    }

    /// A command's entry, typed as `path`: how it is typed, what it does, and each of its
    /// arguments and options; then an entry for each command it holds (`feed add` after
    /// `feed`).
    private static func describe(_ command: CommandInfo, path: [String]) -> [String] {
        var lines = [".It Cm \(path.joined(separator: " "))"]
        lines += paragraphs([command.abstract, command.discussion].compactMap { $0 }.joined(separator: "\n\n"))
        let arguments = command.displayed
        if !arguments.isEmpty {
            lines.append(".Bl -tag -width Ds")
            for argument in arguments {
                lines.append(".It \(argument.itemHead)")
                var text = argument.abstract ?? ""
                if let discussion = argument.discussion, !discussion.isEmpty { text += " " + discussion }
                if let values = argument.allValues, !values.isEmpty, argument.kind != .flag {
                    text += " One of: " + values.joined(separator: ", ") + "."
                }
                if let value = argument.defaultValue, !value.isEmpty, argument.kind == .option { text += " Default: \(value)." }
                lines += paragraphs(text)
            }
            lines.append(".El")
        }
        for nested in command.shown { lines += describe(nested, path: path + [nested.commandName]) }
        return lines
    }

    // MARK: - Keys

    /// The help overlay's rows as lists under subsections, one per context.
    private static func keys() -> [String] {
        let titles = Set(KeyContext.allCases.map(\.title))
        var lines: [String] = []
        var isListOpen = false
        for row in HelpOverlay.rows(KeyMap.standard) {
            if row.isHeading {
                if isListOpen { lines.append(".El") }
                isListOpen = titles.contains(row.keys)
                lines += isListOpen ? [".Ss \(escaped(row.keys))", ".Bl -tag -width Ds -compact"] : paragraphs(row.keys)
            } else if !row.keys.isEmpty {
                lines.append(".It " + row.keys.split(separator: " ").map { "\\&" + escaped(String($0)) }.joined(separator: " "))
                lines += paragraphs(row.description)
            }
        }
        if isListOpen { lines.append(".El") }
        return lines
    }

    // MARK: - Text

    /// Text as roff text lines: paragraphs (split at blank lines) apart with `.Pp`, each line
    /// escaped, and `code` spans in bold.
    static func paragraphs(_ text: String) -> [String] {
        let blocks = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var lines: [String] = []
        for block in blocks where !block.isEmpty {
            if !lines.isEmpty { lines.append(".Pp") }
            for line in block.split(separator: "\n") {
                var text = escaped(line.trimmingCharacters(in: .whitespaces))
                text = text.replacingOccurrences(of: "`([^`]+)`", with: "\\\\fB$1\\\\fR", options: .regularExpression)
                if text.hasPrefix(".") || text.hasPrefix("'") { text = "\\&" + text }
                lines.append(text)
            }
        }
        return lines
    }

    /// `text` with roff's escape character written as itself and every character beyond ASCII
    /// as its code point (`\\[u2193]`), which groff and mandoc read whatever the locale.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                result += "\\e"
            } else if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\[u" + String(format: "%04X", scalar.value) + "]"
            }
        }
        return result
    }

    /// `text` without its final full stop and its first letter in lower case, as `.Nd` wants.
    private static func sentence(_ text: String) -> String {
        let trimmed = text.hasSuffix(".") ? String(text.dropLast()) : text
        return trimmed.prefix(1).lowercased() + trimmed.dropFirst()
    }

    // MARK: - What no definition holds

    private static let description = """
        folio reads articles in the terminal: news pages scraped to plain text, saved web pages, \
        Markdown and feeds, in one screen. The article list and the reader sit side by side from \
        100 columns (the reader keeps an 80-column measure and the list gets the rest; `<` and `>` \
        move the divider), one at a time below that. The reader knows each article's title, \
        byline, date and sections; the search bar highlights every hit as you type, in one \
        article or all of them; themes switch live. `folio dump` and `folio search` serve scripts.
        """

    private static let keysIntroduction = """
        Press `?` inside folio for this list. Keys follow less first, then vim and newsboat.
        """

    private static let sections: [(String, String)] = [
        (
            "MOUSE",
            """
            The wheel scrolls the pane under the pointer. A click selects a row of the list, a second \
            click on it opens the article. A click on a link's number (`[3]`) in the reader opens the \
            list of links at that link. To select text while folio has the mouse, hold Shift as you \
            drag (xterm, GNOME Terminal, Konsole, kitty, Alacritty, WezTerm, Windows Terminal, and tmux \
            with its mouse on), Option in iTerm2; macOS Terminal turns the reports off and on with \
            Command-R. `--no-mouse` leaves the mouse to the terminal.
            """
        ),
        (
            "FILES",
            """
            `$XDG_STATE_HOME/folio/library.sqlite` (default `~/.local/state/folio/`): the reading \
            state: a catalog of the files read, read marks, places, bookmarks, the article open at \
            quit, the theme and sort order chosen, where the divider stands, the last searches and \
            a full-text index. `--no-state` neither reads nor writes it.

            `$XDG_CONFIG_HOME/folio/config.toml` (default `~/.config/folio/config.toml`): the \
            configuration (theme, keys, reader measure, list order, dates, browser, fetching); \
            `folio config` prints it with the defaults. `--config FILE` reads another, \
            `--no-config` none.

            `$XDG_CONFIG_HOME/folio/themes/` (default `~/.config/folio/themes/`): themes of your own, \
            as TOML files.
            """
        ),
        (
            "ENVIRONMENT",
            """
            `BROWSER` opens links when `--browser` is not given (else `xdg-open`). `NO_COLOR` turns \
            colour off. `XDG_STATE_HOME` and `XDG_CONFIG_HOME` say where the state, the \
            configuration and the themes are.
            """
        ),
        (
            "EXIT STATUS",
            """
            0 on success; 1 when `folio search` finds nothing; 2 on a usage error or a file that \
            cannot be read (the other files are still read); 128 plus the signal's number when a \
            signal ends the reader.
            """
        ),
        ("SEE ALSO", "less(1), newsboat(1), w3m(1)"),
    ]
}

// MARK: - ArgumentParser's description of the commands

/// What `--experimental-dump-help` prints (ArgumentParser's `ToolInfoV0`), as far as the page
/// needs it.
private struct ToolInfo: Decodable {
    var command: CommandInfo
}

private struct CommandInfo: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool
    var defaultSubcommand: String?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?

    /// The commands it holds that `--help` lists (not ArgumentParser's own `help`).
    var shown: [CommandInfo] {
        (subcommands ?? []).filter { $0.shouldDisplay && $0.commandName != "help" }
    }

    /// The arguments and options `--help` shows, options first, but for `--help` and
    /// `--version` (the page names `--version` once, for folio itself).
    var displayed: [ArgumentInfo] {
        let shown = (arguments ?? []).filter { $0.shouldDisplay && !["help", "version"].contains($0.preferredName?.name) }
        return shown.filter { $0.kind != .positional } + shown.filter { $0.kind == .positional }
    }
}

private struct ArgumentInfo: Decodable {
    enum Kind: String, Decodable { case positional, option, flag }
    struct Name: Decodable {
        var kind: String
        var name: String

        /// The name as mdoc's `Fl` writes it (`Fl w`, `Fl -word`).
        var flag: String { kind == "short" ? "Fl \(name)" : "Fl -\(name)" }
    }

    var kind: Kind
    var shouldDisplay: Bool
    var isOptional: Bool
    var isRepeating: Bool
    var names: [Name]?
    var preferredName: Name?
    var valueName: String?
    var defaultValue: String?
    var allValues: [String]?
    var abstract: String?
    var discussion: String?

    /// The argument in a synopsis: `Fl -theme Ar theme`, `Fl w`, `Ar paths ...`.
    var usage: String {
        let value = "Ar \(valueName ?? "value")" + (isRepeating ? " ..." : "")
        switch kind {
        case .positional: return value
        case .flag: return preferredName?.flag ?? ""
        case .option: return "\(preferredName?.flag ?? "") \(value)"
        }
    }

    /// The argument at the head of its entry: every name, then the value.
    var itemHead: String {
        let value = "Ar \(valueName ?? "value")" + (isRepeating ? " ..." : "")
        let flags = (names ?? []).map(\.flag).joined(separator: " , ")
        switch kind {
        case .positional: return value
        case .flag: return flags
        case .option: return "\(flags) \(value)"
        }
    }
}
