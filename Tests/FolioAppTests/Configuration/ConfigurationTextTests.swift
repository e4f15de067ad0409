import FolioApp
import FolioKit
import FolioUI
import Testing

/// `folio config`'s text: the configuration in force as commented TOML that reads back to the
/// same configuration.
@Suite("configuration text")
struct ConfigurationTextTests {
    /// `configuration` written out and read back.
    static func roundTrip(_ configuration: Configuration) throws -> Configuration {
        try ConfigurationFile.parse(ConfigurationText.text(configuration), file: configuration.file ?? "config.toml")
    }

    @Test("the defaults print as comments and read back as the defaults")
    func defaults() throws {
        var defaults = Configuration()
        defaults.file = "config.toml"
        let text = ConfigurationText.text(defaults)
        #expect(try Self.roundTrip(defaults) == defaults)
        // Every line that sets something is commented out: the file changes nothing.
        let settings = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("[") && !$0.isEmpty }
        #expect(settings.isEmpty, "\(settings)")
        #expect(text.contains("# measure = 80\n"))
        #expect(text.contains("# \"]\" = \"next-section\"          # next section\n"))
    }

    @Test("a configuration that changes everything reads back the same")
    func everythingChanged() throws {
        let text = """
            theme = "gruvbox"
            [reader]
            measure = 72
            [list]
            sort = "title"
            [dates]
            style = "absolute"
            format = "%e %b %Y \\"%%\\""
            [browser]
            command = "'my browser' --new-tab %u"
            terminal = "no"
            [fetch]
            connections = 4
            per-host = 3
            timeout = 0.5
            max-size = 1000
            user-agent = "agent \\"x\\""
            ca-file = "/tmp/ca.pem"
            full-text = true
            [keys.reader]
            "]" = "outline"
            x = "next-section"
            j = "none"
            "\\"" = "top"
            "\\\\" = "bottom"
            space = "none"
            [keys.list]
            "Q" = "quit"
            alt-x = "toggle-sort"
            f5 = "rescan"
            [keys.search]
            ctrl-j = "submit"
            """
        let configuration = try ConfigurationFile.parse(text, file: "config.toml")
        #expect(configuration.keyMap.action(for: .character("\""), in: .reader) == .scrollEnd(bottom: false))
        #expect(configuration.fetch.maxSize == SizeLimit(bytes: 1000))
        let printed = ConfigurationText.text(configuration)
        #expect(try Self.roundTrip(configuration) == configuration, "\(printed)")
        #expect(printed.contains("\n\"j\" = \"none\"\n"))
        #expect(printed.contains("\n\"x\" = \"next-section\""))
        #expect(printed.contains("\nmeasure = 72\n"))
        // And again: printing what was read back gives the same text.
        #expect(ConfigurationText.text(try Self.roundTrip(configuration)) == printed)
    }
}
