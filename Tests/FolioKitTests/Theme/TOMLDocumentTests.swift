import Foundation
import Testing

@testable import FolioKit

/// No TOML text ends folio: what toml++ would fail an assertion on is an error with its line
/// and column, and everything else is toml++'s to read or report.
@Suite struct TOMLDocumentTests {
    func problem(_ text: String) -> TOMLSyntaxError? {
        do {
            _ = try TOMLDocument.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("[é]\nx = 1\n", 1, 2, "'é'"),
        ("[\u{1}]\nx = 1\n", 1, 2, "U+0001"),
        ("[\u{1B}]\n", 1, 2, "U+001B"),
        ("# a theme\n\n[[ \u{7F}x]]\n", 3, 4, "U+007F"),
        ("[palette]\nx = 1\n  [ =]\n", 3, 5, "'='"),
        ("[\n]\n", 1, 2, "U+000A"),
        ("[.a]\n", 1, 2, "'.'"),
        ("[\u{200B}a]\n", 1, 2, "U+200B"),
        ("\u{FEFF}[\u{E9}]\n", 1, 2, "'\u{E9}'"),
    ])
    func tableNamesThatCannotStartAKeyAreErrors(text: String, line: Int, column: Int, shown: String) {
        let error = problem(text)
        #expect(error?.line == line)
        #expect(error?.column == column)
        #expect(error?.message.hasSuffix(shown) == true)
    }

    /// Found by the fuzzer: quotes in a comment after a value start no string, so the header
    /// on the next line is checked.
    @Test func quotesInACommentAfterAValueStartNoString() {
        let error = problem("a = [1] # [b = \"\"\"\n[\u{E9}]\n\"\"\"\n")
        #expect(error?.line == 2)
        #expect(error?.column == 2)
        #expect(problem("a = 1 # \"\n[\u{1}]\n\"") == TOMLSyntaxError(
            line: 2, column: 2, message: "a table name must start with a letter, digit, '-', '_' or a quote, not U+0001"))
    }

    /// Found by the fuzzer: toml++ takes a `}` or a line break TOML does not have, where an
    /// array expects a value, for the start of a value, and fails an assertion.
    @Test(arguments: [
        ("a = [\n},\n]\n", 2, 1, "'}'"),
        ("a = [}]\n", 1, 6, "'}'"),
        ("[t]\nb = [1, # }\n  }\n", 3, 3, "'}'"),
        ("c = { d = [ { e = 1 }, } }\n", 1, 24, "'}'"),
        ("A=[\u{85}", 1, 4, "U+0085"),
        ("A = [1,\u{2028}2]", 1, 8, "U+2028"),
        ("A = [\"\u{2029}\", \u{2029}]", 1, 11, "U+2029"),
    ])
    func aBraceOrForeignLineBreakInAnArrayIsAnError(text: String, line: Int, column: Int, shown: String) {
        #expect(problem(text) == TOMLSyntaxError(
            line: line, column: column, message: "expected a value, ',' or ']' in an array, not \(shown)"))
    }

    /// Found by the fuzzer: after a date, a space and a digit, toml++ reads on for a time and
    /// fails an assertion where the value ends.
    @Test(arguments: [
        ("a=9904-00-a= 5\n", 1, 14),
        ("d = 2024-01-01 1", 1, 16),
        ("[t]\ne = [1, 2024-01-01 1]\n", 2, 20),
        ("f = { g = 2_024-01-01 7, h = 1 }\n", 1, 23),
    ])
    func aDateWithALoneDigitIsAnError(text: String, line: Int, column: Int) {
        #expect(problem(text) == TOMLSyntaxError(
            line: line, column: column, message: "a date and a space must be followed by a time such as 07:32:00"))
    }

    @Test func datesAndTimesStillRead() throws {
        let table = try TOMLDocument.parse("a = 2024-01-01\nb = 2024-01-01 07:32:00\nc = [2024-01-01, 1]\n")
        #expect(table.count == 3)
    }

    @Test func aNULCharacterIsAnError() {
        #expect(problem("[palette]\nx = \"a\0b\"\n") == TOMLSyntaxError(line: 2, column: 7, message: "a NUL character is not allowed"))
    }

    /// Brackets inside values, strings and comments are not table headers.
    @Test func valuesThatHoldBracketsAreRead() throws {
        let text = """
            # [é] in a comment
            a = [
              [1, 2],
              [ "é", '[' ],
              { x = 1 },
            ] # [ =]
            b = \"\"\"
            [é]
            \\\"\"\" still a string
            [ =]\"\"\"
            c = '''
            [é]'''
            d = "[é]"
            [ok]
            "quoted é" = { k = "[é]" }
            [[list]]
            ['é']
            """
        let table = try TOMLDocument.parse(text)
        #expect(table["a"]?.array?.count == 3)
        #expect(table["b"]?.string == "[é]\n\"\"\" still a string\n[ =]")
        #expect(table["c"]?.string == "[é]")
        #expect(table["ok"]?.table?["quoted é"]?.table?["k"]?.string == "[é]")
        #expect(table["é"]?.table != nil)
    }

    @Test func otherSyntaxErrorsKeepTheirPlace() {
        let error = problem("[palette]\nx = = 1\n")
        #expect(error?.line == 2)
        #expect(error?.column == 5)
    }

    /// The bundled themes still read.
    @Test func theShippedThemesRead() throws {
        for (name, text) in BundledThemes.all {
            #expect(throws: Never.self, "\(name)") { try TOMLDocument.parse(text) }
        }
    }
}
