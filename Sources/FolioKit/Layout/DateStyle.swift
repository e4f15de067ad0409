/// How dates are shown: relative (`3 d ago` in the list; the date and `3 days ago` in the
/// reader) or absolute (the date in `format` in both).
public struct DateStyle: Sendable, Equatable {
    /// True for ages (`3 d ago`) in the list and the age beside the date in the reader.
    public var isRelative: Bool
    /// How a date is written.
    public var format: DateFormat

    /// Relative ages, dates written `June 5, 2024`.
    public static let standard = DateStyle(isRelative: true, format: .long)

    /// A style: ages when `isRelative`, dates written in `format`.
    public init(isRelative: Bool, format: DateFormat) {
        self.isRelative = isRelative
        self.format = format
    }

    /// A date as the list shows it: its age (`5 d ago`) or the date in the format; nil for a
    /// future date shown as an age.
    public func listText(_ date: SimpleDate, today: SimpleDate) -> String? {
        isRelative ? RelativeAge.short(date, today: today) : format.string(date)
    }

    /// A date as the reader's date line shows it: `June 5, 2024 · 2 years ago`, or only the
    /// date in the format.
    public func readerParts(_ date: SimpleDate, today: SimpleDate) -> [String] {
        let age = isRelative ? RelativeAge.long(date, today: today) : nil
        return [format.string(date)] + (age.map { [$0] } ?? [])
    }
}
