/// How long ago a date was, in words, counted from today's date (given, never read from a clock).
public enum RelativeAge {
    /// `today`, `yesterday`, `3 days ago`, `1 month ago`, `2 years ago`; nil for a future date.
    public static func long(_ date: SimpleDate, today: SimpleDate) -> String? {
        guard let age = Age(date, today: today) else { return nil }
        switch age {
        case .days(0): return "today"
        case .days(1): return "yesterday"
        case .days(let count): return "\(count) days ago"
        case .months(let count): return count == 1 ? "1 month ago" : "\(count) months ago"
        case .years(let count): return count == 1 ? "1 year ago" : "\(count) years ago"
        }
    }

    /// `today`, `5 d ago`, `3 mo ago`, `2 yr ago` (for narrow list columns); nil for a future date.
    public static func short(_ date: SimpleDate, today: SimpleDate) -> String? {
        guard let age = Age(date, today: today) else { return nil }
        switch age {
        case .days(0): return "today"
        case .days(let count): return "\(count) d ago"
        case .months(let count): return "\(count) mo ago"
        case .years(let count): return "\(count) yr ago"
        }
    }

    /// An age in the largest whole unit that is at least one.
    private enum Age {
        case days(Int), months(Int), years(Int)

        init?(_ date: SimpleDate, today: SimpleDate) {
            let days = today.dayNumber - date.dayNumber
            guard days >= 0 else { return nil }
            let months = (today.year - date.year) * 12 + today.month - date.month
                - (today.day < date.day ? 1 : 0)
            if months < 1 {
                self = .days(days)
            } else if months < 12 {
                self = .months(months)
            } else {
                self = .years(months / 12)
            }
        }
    }
}
