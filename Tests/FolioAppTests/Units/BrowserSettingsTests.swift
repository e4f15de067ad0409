import Testing

@testable import FolioApp

/// The browser settings: the command line split as a shell splits quoted words (never run by
/// one), the address put where `%u` (or `$BROWSER`'s `%s`) says, and which browsers take the
/// terminal.
@Suite struct BrowserSettingsTests {
    @Test("words split as a shell splits quoted words, and nothing else a shell does")
    func shellWords() throws {
        #expect(try ShellWords.split("firefox --new-tab") == ["firefox", "--new-tab"])
        #expect(try ShellWords.split("  'my browser'   -x  ") == ["my browser", "-x"])
        #expect(try ShellWords.split(#""a \"b\" \$HOME \n" c\ d"#) == [#"a "b" $HOME \n"#, "c d"])
        #expect(try ShellWords.split("w3m '' x") == ["w3m", "", "x"])
        #expect(try ShellWords.split("echo $(id) `id` ; rm *") == ["echo", "$(id)", "`id`", ";", "rm", "*"])
        #expect(try ShellWords.split("") == [])
        #expect(throws: ShellWords.Failure.unclosedQuote("'")) { try ShellWords.split("w3m 'x") }
        #expect(throws: ShellWords.Failure.unclosedQuote("\"")) { try ShellWords.split("w3m \"x") }
        #expect(throws: ShellWords.Failure.trailingBackslash) { try ShellWords.split("w3m \\") }
    }

    @Test("%u takes the address in any word; without it the address goes last, as one word")
    func addressPlacement() {
        let url = "https://example.org/a?b=1&c=$(id);x"
        let placed = BrowserLauncher(settings: BrowserSettings(command: "surf -x '--url=%u' tail"), environment: [:])
        #expect(placed.arguments(for: url) == ["surf", "-x", "--url=\(url)", "tail"])
        let appended = BrowserLauncher(settings: BrowserSettings(command: "'/opt/my browser/run' --flag"), environment: [:])
        #expect(appended.arguments(for: url) == ["/opt/my browser/run", "--flag", url])
        // $BROWSER: the first of its commands, `%s` for the address.
        let fromEnvironment = BrowserLauncher(environment: ["BROWSER": "lynx -dump %s:firefox"])
        #expect(fromEnvironment.arguments(for: url) == ["lynx", "-dump", url])
        // --browser wins over $BROWSER; neither gives xdg-open.
        #expect(BrowserLauncher(settings: BrowserSettings(command: "w3m"), environment: ["BROWSER": "firefox"]).command == ["w3m"])
        #expect(BrowserLauncher(environment: [:]).command == ["xdg-open"])
    }

    @Test("auto: w3m, lynx, links, elinks and browsh take the terminal, by name; yes and no decide")
    func whichBrowsersTakeTheTerminal() {
        for name in ["w3m", "lynx", "links", "elinks", "browsh", "/usr/local/bin/w3m"] {
            #expect(BrowserLauncher(settings: BrowserSettings(command: name), environment: [:]).needsTerminal, "\(name)")
            #expect(BrowserLauncher(environment: ["BROWSER": "\(name) -x"]).needsTerminal, "BROWSER=\(name)")
        }
        for name in ["firefox", "xdg-open", "w3m-wrapper", "/opt/lynx/firefox"] {
            #expect(!BrowserLauncher(settings: BrowserSettings(command: name), environment: [:]).needsTerminal, "\(name)")
        }
        #expect(!BrowserLauncher(environment: [:]).needsTerminal)
        #expect(BrowserLauncher(settings: BrowserSettings(command: "my-tui", terminal: .yes), environment: [:]).needsTerminal)
        #expect(!BrowserLauncher(settings: BrowserSettings(command: "w3m", terminal: .no), environment: [:]).needsTerminal)
    }

}
