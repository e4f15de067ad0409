import Testing

@testable import FolioKit

/// The error `ThemeLoader.parse` gives for `text`, or nil when it parses.
private func parseError(_ text: String, file: String = "x.toml") -> ThemeError? {
    do {
        _ = try ThemeLoader.parse(text, name: "x", file: file)
        return nil
    } catch {
        return error
    }
}

@Suite struct ThemeLoaderTests {
    @Test func coloursParseInEveryWrittenForm() {
        #expect(Color(parsing: "#002b36") == .rgb(0x00, 0x2B, 0x36))
        #expect(Color(parsing: "#FDF6E3") == .rgb(0xFD, 0xF6, 0xE3))
        #expect(Color(parsing: "#f80") == .rgb(0xFF, 0x88, 0x00))
        #expect(Color(parsing: "red") == .ansi(1))
        #expect(Color(parsing: "bright-blue") == .ansi(12))
        #expect(Color(parsing: "Bright_Blue") == .ansi(12))
        #expect(Color(parsing: "brightwhite") == .ansi(15))
        #expect(Color(parsing: "grey") == .ansi(8))
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "208") == .indexed(208))
        #expect(Color(parsing: "0") == .indexed(0))
    }

    @Test func nonsenseIsNotAColour() {
        for text in ["blurple", "", "#12345", "#gggggg", "256", "-1", "bright-", "#", "1000"] {
            #expect(Color(parsing: text) == nil, "\(text)")
        }
    }

    @Test func stylesTakeColoursFromThePaletteNamesHexAndIndexes() throws {
        let theme = try ThemeLoader.parse(
            """
            [palette]
            accent = "#b58900"
            red = "#dc322f"   # a palette name wins over the ANSI name

            [styles]
            "list.selected" = { fg = "accent", bg = "blue", attrs = ["bold", "underline"] }
            "search.hit" = { fg = 16, bg = "red", attrs = "reverse dim" }
            "reader.text" = { fg = "default", bg = "#000" }
            """, name: "x", file: "x.toml")
        #expect(
            theme[.listSelected]
                == Style(foreground: .rgb(0xB5, 0x89, 0x00), background: .ansi(4), attributes: [.bold, .underline]))
        #expect(
            theme[.searchHit] == Style(foreground: .indexed(16), background: .rgb(0xDC, 0x32, 0x2F), attributes: [.reverse, .dim]))
        #expect(theme[.readerText] == Style(foreground: .default, background: .rgb(0, 0, 0)))
        #expect(theme.name == "x")
    }

    @Test func rolesMayBeTablesOfTheirOwnQuotedOrNot() throws {
        let file = try ThemeLoader.parseFile(
            """
            [styles."reader.heading"]
            fg = "yellow"
            attrs = "bold"

            [styles.list]
            fg = "white"

            [styles.list.selected]
            bg = "blue"
            """, file: "x.toml")
        #expect(file.styles[.readerHeading] == Style(foreground: .ansi(3), attributes: .bold))
        #expect(file.styles[.list] == Style(foreground: .ansi(7)))
        #expect(file.styles[.listSelected] == Style(background: .ansi(4)))
        #expect(file.styles.count == 3)
    }

    @Test func missingRolesDeriveFromTheRolesGiven() throws {
        let theme = try ThemeLoader.parse(
            """
            [styles]
            "list" = { fg = "white", bg = "black" }
            "reader.text" = { fg = "#dddddd", bg = "#222222" }
            """, name: "small", file: "small.toml")
        let list = Style(foreground: .ansi(7), background: .ansi(0))
        let text = Style(foreground: .rgb(0xDD, 0xDD, 0xDD), background: .rgb(0x22, 0x22, 0x22))
        #expect(theme[.listSelected] == Style(foreground: list.foreground, background: list.background, attributes: .reverse))
        #expect(theme[.status] == Style(foreground: list.foreground, background: list.background, attributes: .reverse))
        #expect(
            theme[.statusSection] == Style(foreground: list.foreground, background: list.background, attributes: [.reverse, .bold]))
        #expect(theme[.readerHeading] == Style(foreground: text.foreground, background: text.background, attributes: .bold))
        #expect(theme[.searchHit] != theme[.searchCurrent])
        #expect(theme[.searchHit] != theme[.readerText])
        #expect(theme.styles.count == ThemeRole.allCases.count)
    }

    @Test func syntaxErrorNamesFileAndLine() {
        let error = parseError(
            """
            [styles]
            "list" = { fg = "red" }
            "reader.text" = { fg = "red"
            """, file: "broken.toml")
        #expect(error?.file == "broken.toml")
        #expect(error?.line == 3)
        guard case .syntax = error?.problem else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(error?.column != nil)
        #expect(error?.description.hasPrefix("theme 'broken.toml' line 3, column \(error?.column ?? 0): ") == true)
    }

    @Test func unknownColourNamesFileLineAndColour() {
        let error = parseError(
            """
            # a theme with a typo
            [palette]
            accent = "#b58900"

            [styles]
            "list" = { fg = "accent" }
            "list.selected" = { fg = "blurple", attrs = "bold" }
            """)
        #expect(error == ThemeError(file: "x.toml", line: 7, problem: .unknownColour("blurple")))
        #expect(error?.description == #"theme 'x.toml' line 7: unknown colour "blurple""#)
    }

    @Test func unknownColourInATableFormRoleFindsTheKeyLine() {
        let error = parseError(
            """
            [styles."reader.title"]
            attrs = "bold"
            fg = "#12"
            """)
        #expect(error == ThemeError(file: "x.toml", line: 3, problem: .unknownColour("#12")))
    }

    @Test func badPaletteEntryIsFoundOnItsLine() {
        let error = parseError("[palette]\nok = \"red\"\nbad = \"redish\"\n")
        #expect(error == ThemeError(file: "x.toml", line: 3, problem: .unknownColour("redish")))
    }

    @Test func misspeltRoleIsAnError() {
        let error = parseError("[styles]\n\"list\" = {}\n\"list.selcted\" = { attrs = \"reverse\" }\n")
        #expect(error == ThemeError(file: "x.toml", line: 3, problem: .unknownRole("list.selcted")))
        let unquoted = parseError("[styles.reader.heding]\nattrs = \"bold\"\n")
        #expect(unquoted == ThemeError(file: "x.toml", line: 1, problem: .unknownRole("reader.heding")))
    }

    @Test func unknownAttributeKeyAndTypeAreErrors() {
        #expect(
            parseError("[styles]\n\"help\" = { attrs = [\"bold\", \"blink\"] }\n")
                == ThemeError(file: "x.toml", line: 2, problem: .unknownAttribute("blink")))
        #expect(
            parseError("[styles]\n\n\"help\" = { fgg = \"red\" }\n")
                == ThemeError(file: "x.toml", line: 3, problem: .unknownKey("fgg", expected: ["fg", "bg", "attrs"])))
        #expect(
            parseError("name = \"mine\"\n")
                == ThemeError(file: "x.toml", line: 1, problem: .unknownKey("name", expected: ["palette", "styles"])))
        if case .wrongType = parseError("[styles]\n\"help\" = { fg = true }\n")?.problem {
        } else {
            Issue.record("fg = true should be a type error")
        }
        #expect(parseError("[styles]\n\"help\" = { fg = 300 }\n")?.problem == .unknownColour("300"))
    }
}
