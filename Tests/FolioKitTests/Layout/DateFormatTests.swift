import FolioKit
import Testing

/// Dates written as a configuration's `[dates] format` says, and patterns it cannot use.
@Suite struct DateFormatTests {
    static let date = SimpleDate(year: 2024, month: 6, day: 5)!

    @Test("every directive", arguments: [
        ("%Y-%m-%d", "2024-06-05"), ("%-d.%-m.%y", "5.6.24"), ("%e %b", " 5 Jun"), ("%A, %B %-d", "Wednesday, June 5"),
        ("%a %j %F", "Wed 157 2024-06-05"), ("100%% %Y", "100% 2024"), ("plain", "plain"),
    ])
    func directive(pattern: String, expected: String) throws {
        #expect(try DateFormat(parsing: pattern).string(Self.date) == expected)
    }

    @Test("weekdays across years, and the default long form")
    func weekdays() throws {
        let format = try DateFormat(parsing: "%a")
        #expect(format.string(SimpleDate(year: 1970, month: 1, day: 1)!) == "Thu")
        #expect(format.string(SimpleDate(year: 1969, month: 12, day: 31)!) == "Wed")
        #expect(format.string(SimpleDate(year: 2000, month: 2, day: 29)!) == "Tue")
        #expect(DateFormat.long.string(Self.date) == Self.date.longText)
    }

    @Test("an unknown directive is named with where it starts")
    func unknown() {
        #expect(throws: DateFormat.Problem(offset: 3, directive: "%H")) { try DateFormat(parsing: "%Y %H") }
        #expect(throws: DateFormat.Problem(offset: 2, directive: "%")) { try DateFormat(parsing: "ab%") }
        #expect(throws: DateFormat.Problem(offset: 0, directive: "%-x")) { try DateFormat(parsing: "%-x") }
    }
}
