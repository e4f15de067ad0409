import Foundation

/// Reads the dates feeds give: RFC 822 (`Sat, 07 Sep 2002 00:00:01 GMT`, two-digit years
/// too) in RSS, RFC 3339 / ISO 8601 in Atom and Dublin Core, and English text as a fallback.
enum FeedDate {
    /// The calendar date as written (no time-zone shift), nil when none is recognised.
    static func parse(_ text: String) -> SimpleDate? {
        rfc822(text) ?? HTMLDate.parse(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `[Weekday,] DD Mon YY[YY] ...`.
    private static func rfc822(_ text: String) -> SimpleDate? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).prefix(5)
        if let first = words.first, first.allSatisfy(\.isLetter) { words = words.dropFirst() }
        let parts = Array(words.prefix(3))
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4,
            let month = SimpleDate.monthNames.firstIndex(where: { $0.prefix(3).lowercased() == parts[1].prefix(3).lowercased() })
        else { return nil }
        let fullYear = parts[2].count == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year
        return SimpleDate(year: fullYear, month: month + 1, day: day)
    }
}
