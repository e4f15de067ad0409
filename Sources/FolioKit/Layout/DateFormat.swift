/// How a date is written, as a `strftime` pattern of the directives a calendar date has:
/// `%Y` (2024), `%y` (24), `%m` (06), `%-m` (6), `%d` (05), `%-d` (5), `%e` (` 5`), `%B` (June),
/// `%b` (Jun), `%A` (Saturday), `%a` (Sat), `%j` (day of the year, 157), `%F` (2024-06-05) and
/// `%%`. Anything else is written as it stands.
public struct DateFormat: Sendable, Equatable {
    /// The pattern as written.
    public let pattern: String
    private let pieces: [Piece]

    /// `June 5, 2024`: the reader's date line.
    public static let long = DateFormat(valid: "%B %-d, %Y")
    /// `2024-06-05`.
    public static let iso = DateFormat(valid: "%F")

    /// A directive that a pattern cannot use: where it starts (in characters from 0) and what
    /// it is.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Where the directive starts in the pattern, in characters from 0.
        public var offset: Int
        /// The directive, e.g. `%H`, or `%` at the end of the pattern.
        public var directive: String

        /// The directive `directive` at `offset`.
        public init(offset: Int, directive: String) {
            self.offset = offset
            self.directive = directive
        }

        /// `unknown date directive '%H' (use %Y %y %m %-m %d %-d %e %B %b %A %a %j %F %%)`.
        public var description: String {
            let known = DateFormat.directives.map { "%" + $0 }.joined(separator: " ")
            if directive == "%" { return "a '%' ends the date format (write %% for a percent sign; directives: \(known))" }
            return "unknown date directive '\(directive)' (directives: \(known))"
        }
    }

    /// The directives a pattern may use, without their `%`.
    public static let directives = ["Y", "y", "m", "-m", "d", "-d", "e", "B", "b", "A", "a", "j", "F", "%"]

    private enum Piece: Sendable, Equatable {
        case text(String)
        case directive(String)
    }

    /// Reads `pattern`, or says which directive it cannot use.
    public init(parsing pattern: String) throws(Problem) {
        self.pattern = pattern
        var pieces: [Piece] = []
        var text = ""
        var characters = Array(pattern)[...]
        var offset = 0
        while let character = characters.popFirst() {
            guard character == "%" else {
                text.append(character)
                offset += 1
                continue
            }
            var directive = characters.popFirst().map(String.init) ?? ""
            if directive == "-", let next = characters.popFirst() { directive.append(next) }
            guard DateFormat.directives.contains(directive) else { throw Problem(offset: offset, directive: "%" + directive) }
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(.directive(directive))
            offset += 1 + directive.count
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    private init(valid pattern: String) {
        do { try self.init(parsing: pattern) } catch { preconditionFailure("\(pattern): \(error)") }
    }

    /// `date` written in this format.
    public func string(_ date: SimpleDate) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .directive(let directive): result += Self.value(directive, date)
            }
        }
        return result
    }

    private static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    private static func value(_ directive: String, _ date: SimpleDate) -> String {
        func padded(_ value: Int, _ width: Int, with pad: Character = "0") -> String {
            let digits = String(value)
            return String(repeating: pad, count: max(0, width - digits.count)) + digits
        }
        // 1970-01-01, day 0, was a Thursday.
        let weekday = ((date.dayNumber % 7 + 7) % 7 + 3) % 7
        switch directive {
        case "Y": return padded(date.year, 4)
        case "y": return padded(date.year % 100, 2)
        case "m": return padded(date.month, 2)
        case "-m": return String(date.month)
        case "d": return padded(date.day, 2)
        case "-d": return String(date.day)
        case "e": return padded(date.day, 2, with: " ")
        case "B": return SimpleDate.monthNames[date.month - 1]
        case "b": return String(SimpleDate.monthNames[date.month - 1].prefix(3))
        case "A": return dayNames[weekday]
        case "a": return String(dayNames[weekday].prefix(3))
        case "j":
            let first = SimpleDate(year: date.year, month: 1, day: 1)?.dayNumber ?? date.dayNumber
            return padded(date.dayNumber - first + 1, 3)
        case "F": return date.iso
        default: return "%"
        }
    }
}
