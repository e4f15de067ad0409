import Testing

@testable import folio

/// `--browser` and `--browser-terminal` as the command line reads them.
@Suite struct BrowserOptionsTests {
    @Test("--browser is checked when the command line is read: a usage error, exit status 2")
    func badBrowserIsAUsageError() throws {
        #expect(throws: (any Error).self) { try Folio.parseAsRoot(["--browser", "w3m 'x", "a.txt"]) }
        #expect(throws: (any Error).self) { try Folio.parseAsRoot(["--browser", "  ", "a.txt"]) }
        #expect(throws: (any Error).self) { try Folio.parseAsRoot(["--browser-terminal", "maybe", "a.txt"]) }
        let open = try #require(try Folio.parseAsRoot(["--browser", "w3m -N", "--browser-terminal", "no", "a.txt"]) as? OpenCommand)
        #expect(open.browser == "w3m -N")
        #expect(open.browserTerminal == .no)
    }
}
