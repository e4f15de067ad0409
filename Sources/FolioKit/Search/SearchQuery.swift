import Foundation

/// What to look for, and how: the pattern with its options, as typed in the search bar or
/// given to `folio search`.
public struct SearchQuery: Sendable, Equatable {
    /// The text or regular expression typed.
    public var pattern: String
    /// Whole words only (Unicode letters, digits and `_` are word characters).
    public var wholeWord: Bool
    /// Match case exactly. When false, matching is smart-case: case-insensitive unless the
    /// pattern has a capital letter.
    public var caseSensitive: Bool
    /// Read the pattern as a regular expression.
    public var isRegex: Bool

    /// Creates a query.
    public init(_ pattern: String, wholeWord: Bool = false, caseSensitive: Bool = false, isRegex: Bool = false) {
        self.pattern = pattern
        self.wholeWord = wholeWord
        self.caseSensitive = caseSensitive
        self.isRegex = isRegex
    }

    /// True when the search ignores case: not forced case-sensitive and no capital letter in
    /// the pattern (smart case). In a regular expression, escapes such as `\W` or `\p{Lu}`
    /// are not capital letters of the text sought.
    public var ignoresCase: Bool {
        guard !caseSensitive else { return false }
        guard isRegex else { return !pattern.unicodeScalars.contains { $0.properties.isUppercase } }
        var escaped = false
        var afterProperty = false
        var inProperty = false
        for scalar in pattern.unicodeScalars {
            if inProperty {
                inProperty = scalar != "}"
            } else if afterProperty {
                afterProperty = false
                inProperty = scalar == "{"
            } else if escaped {
                escaped = false
                afterProperty = scalar == "p" || scalar == "P"
            } else if scalar == "\\" {
                escaped = true
            } else if scalar.properties.isUppercase {
                return false
            }
        }
        return true
    }
}

/// Why a query cannot run.
public enum SearchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The regular expression does not compile; the message says why.
    case invalidRegex(String)

    public var description: String {
        switch self {
        case .invalidRegex(let message): return "invalid regular expression: \(message)"
        }
    }
}
