import Foundation

/// A `Retry-After` header's time: seconds (`120`) or an HTTP date (`Wed, 21 Oct 2015 07:28:00
/// GMT`), held to at most a week from now.
enum RetryAfter {
    /// The longest wait honoured.
    static let longest: TimeInterval = 7 * 24 * 3600

    /// The time `header` names, relative to `now`; nil when it is neither form.
    static func date(_ header: String, now: Date) -> Date? {
        let text = header.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return now.addingTimeInterval(min(Double(seconds), longest)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return min(max(date, now), now.addingTimeInterval(longest)) }
        }
        return nil
    }
}
