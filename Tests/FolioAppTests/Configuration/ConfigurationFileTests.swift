import FolioApp
import FolioKit
import FolioUI
import Foundation
import TestFiles
import Testing

/// The configuration file read as a user writes it: every setting taken, every mistake one line
/// with the file, line and column, what is wrong and what would be right.
@Suite("configuration file")
struct ConfigurationFileTests {
    static let file = "config.toml"

    /// The error `text` gives, as the user reads it.
    static func mistake(_ text: String, themes: ThemeCatalog? = nil) -> String? {
        do {
            _ = try ConfigurationFile.parse(text, file: file, themes: themes)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("every setting is read")
    func everySetting() throws {
        let text = """
            theme = "nord"

            [reader]
            measure = 66

            [list]
            sort = "title"

            [dates]
            style = "absolute"
            format = "%Y-%m-%d"

            [browser]
            command = "w3m %u"
            terminal = "yes"

            [fetch]
            connections = 8
            per-host = 1
            timeout = 2.5
            max-size = "5M"
            user-agent = "folio-test/1"
            ca-file = "/etc/ca.pem"
            full-text = true

            [keys.reader]
            x = "next-section"
            "]" = "none"
            ctrl-n = "next-article"

            [keys.list]
            "Q" = "quit"
            """
        let configuration = try ConfigurationFile.parse(text, file: Self.file)
        #expect(configuration.theme == "nord")
        #expect(configuration.measure == 66)
        #expect(configuration.sort == .title)
        #expect(!configuration.dates.isRelative)
        #expect(configuration.dates.format.string(SimpleDate(year: 2024, month: 6, day: 5)!) == "2024-06-05")
        #expect(configuration.browser.command == "w3m %u")
        #expect(configuration.browser.terminal == .yes)
        var fetch = FetchConfiguration()
        (fetch.connections, fetch.perHost, fetch.timeout, fetch.maxSize) = (8, 1, 2.5, SizeLimit(bytes: 5 << 20))
        (fetch.userAgent, fetch.caFile, fetch.fullText) = ("folio-test/1", "/etc/ca.pem", true)
        #expect(configuration.fetch == fetch)
        let keys = configuration.keyMap
        #expect(keys.action(for: .character("x"), in: .reader) == .nextSection)
        #expect(keys.action(for: .character("]"), in: .reader) == nil)
        #expect(keys.action(for: .control("n"), in: .reader) == .openAdjacent(1))
        #expect(keys.action(for: .character("Q"), in: .list) == .quit)
        // Keys the file leaves alone keep their default.
        #expect(keys.action(for: .character("["), in: .reader) == .previousSection)
        #expect(keys.action(for: .character("Q"), in: .reader) == .forceQuit)
    }

    @Test(
        "a mistake is one line: file, line, column, what is wrong and what would be right",
        arguments: [
            (
                "[keys.reader]\n\"ctrl-n\" = \"nextsection\"\n",
                "config.toml:2:12: unknown action 'nextsection'; did you mean 'next-section'?"
            ),
            ("thme = \"nord\"\n", "config.toml:1:1: unknown key 'thme'; did you mean 'theme'?"),
            ("[reader]\nmesure = 70\n", "config.toml:2:1: unknown key 'mesure' in [reader]; did you mean 'measure'?"),
            ("[reader]\nmeasure = \"wide\"\n", "config.toml:2:11: 'measure' must be a whole number (a number of columns), not a string"),
            ("[reader]\nmeasure = 5\n", "config.toml:2:11: 'measure' must be from 20 to 1000 columns, not 5"),
            ("[list]\nsort = \"titel\"\n", "config.toml:2:8: unknown sort order 'titel'; did you mean 'title'? (sort by \"date\" or \"title\")"),
            ("[dates]\nformat = \"%Y-%H\"\n", "config.toml:2:14: unknown date directive '%H' (directives: %Y %y %m %-m %d %-d %e %B %b %A %a %j %F %%)"),
            ("[fetch]\ntimeout = -1\n", "config.toml:2:11: 'timeout' must be a number of seconds above 0, not -1.0"),
            ("[fetch]\nfull-text = \"yes\"\n", "config.toml:2:13: 'full-text' must be true or false, not a string"),
            ("[fetch]\nmax-size = \"lots\"\n", "config.toml:2:12: 'max-size' must be a size such as \"500K\", \"20M\" or \"1G\", not 'lots'"),
            ("[browser]\nterminal = \"maybe\"\n", "config.toml:2:12: 'terminal' must be \"yes\", \"no\" or \"auto\", not 'maybe'"),
            ("[keys.raeder]\nx = \"down\"\n", "config.toml:1:2: unknown key 'raeder' in [keys]; did you mean 'reader'?"),
            ("[keys.list]\n\"ctrl-1\" = \"down\"\n", "config.toml:2:1: 'ctrl-1' names no key (a character, space, enter, esc, tab, shift-tab, backspace, delete, up, down, left, right, pgup, pgdn, home, end, f1-f12, ctrl-LETTER or alt-CHARACTER)"),
            (
                "[keys.reader]\n\"toggle\" = \"toggle-sort\"\n",
                "config.toml:2:1: 'toggle' names no key (a character, space, enter, esc, tab, shift-tab, backspace, delete, up, down, left, right, pgup, pgdn, home, end, f1-f12, ctrl-LETTER or alt-CHARACTER)"
            ),
            (
                "theme = \"nord\"\ntheme = \"dark\"\n",
                "config.toml:2:9: Error while parsing key-value pair: cannot redefine existing string 'theme'"
            ),
        ])
    func mistake(text: String, expected: String) {
        #expect(Self.mistake(text) == expected)
    }

    @Test("an action of another context is named as such")
    func actionOfAnotherContext() {
        let message = Self.mistake("[keys.reader]\ns = \"toggle-sort\"\n")
        #expect(message?.hasPrefix("config.toml:2:5: 'toggle-sort' is an action of [keys.list], not of [keys.reader] (actions here: down, up,") == true, "\(message ?? "")")
    }

    @Test("one key bound to two actions in one context is a mistake, however it is spelt")
    func keyBoundTwice() {
        let text = "[keys.reader]\n\"↓\" = \"down\"\nx = \"top\"\ndown = \"up\"\n"
        #expect(
            Self.mistake(text)
                == "config.toml:4:1: 'down' is bound to 'down' already in [keys.reader] (as '↓', line 2); a key does one thing in a context")
        // The same key in two contexts, or spelt twice for one action, is fine.
        #expect(Self.mistake("[keys.reader]\n\"↓\" = \"down\"\ndown = \"down\"\n[keys.list]\ndown = \"up\"\n") == nil)
    }

    @Test("the first mistake in the file's order is the one named")
    func firstMistakeFirst() {
        let text = "[reader]\nmeasure = 1\n\n[list]\nsort = \"nope\"\n\n[fetch]\nbogus = 1\n"
        #expect(Self.mistake(text)?.hasPrefix("config.toml:2:11:") == true)
    }

    @Test("a theme that is not there is a mistake, with the theme meant")
    func unknownTheme() {
        let themes = ThemeCatalog(bundled: BundledThemes.all, userDirectory: nil)
        let message = Self.mistake("theme = \"nrod\"\n", themes: themes)
        #expect(message?.hasPrefix("config.toml:1:9: unknown theme 'nrod'; did you mean 'nord'? (themes: ") == true, "\(message ?? "")")
        #expect(Self.mistake("theme = \"gruvbox\"\n", themes: themes) == nil)
    }

    @Test("the standard file may be missing; a file given may not, and neither may be a folder")
    func sources() throws {
        let home = try ScratchFolder()
        let environment = ["XDG_CONFIG_HOME": home.path + "/config"]
        #expect(try ConfigurationSource.standard.load(environment: environment) == Configuration())
        #expect(throws: ConfigurationError.self) { try ConfigurationSource.file(home.path + "/nothing.toml").load(environment: environment) }
        try FileManager.default.createDirectory(atPath: home.path + "/config/folio/config.toml", withIntermediateDirectories: true)
        do {
            _ = try ConfigurationSource.standard.load(environment: environment)
            Issue.record("a folder was read as the configuration")
        } catch {
            #expect(error.description == home.path + "/config/folio/config.toml: cannot read the configuration: not a regular file")
        }
        #expect(try ConfigurationSource.none.load(environment: environment) == Configuration())
        try home.file("config/folio/other.toml", "[reader]\nmeasure = 70\n")
        #expect(try ConfigurationSource.file(home.path + "/config/folio/other.toml").load(environment: environment).measure == 70)
    }
}

extension ConfigurationFileTests {
    /// As root every folder can be searched: the end-to-end `UnreadableFolderTests` run folio as
    /// nobody with root's `HOME`, whose configuration file cannot be seen.
    @Test(
        "a standard file behind a folder that cannot be searched is no file; an unreadable one is a mistake",
        .enabled(if: getuid() != 0, "root searches every folder"))
    func hiddenStandardFile() throws {
        let home = try ScratchFolder()
        try home.file("config/folio/config.toml", "[reader]\nmeasure = 70\n")
        let environment = ["XDG_CONFIG_HOME": home.path + "/config"]
        chmod(home.path + "/config/folio/config.toml", 0)
        #expect(throws: ConfigurationError.self) { try ConfigurationSource.standard.load(environment: environment) }
        chmod(home.path + "/config/folio", 0)
        defer { chmod(home.path + "/config/folio", 0o755) }
        #expect(try ConfigurationSource.standard.load(environment: environment) == Configuration())
    }
}
