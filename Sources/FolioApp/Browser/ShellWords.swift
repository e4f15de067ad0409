/// Splits a command line into words as a POSIX shell splits quoted words, and does nothing
/// else a shell does: no variables, globs, substitutions or redirections. `firefox --new-tab`
/// is two words, `'my browser' -x` two, `"a \"b\""` one (`a "b"`).
///
/// Outside quotes a backslash keeps the next character as it is; inside single quotes every
/// character is kept; inside double quotes a backslash keeps only `"`, `\`, `$` and a backtick
/// (a backslash before a newline drops both, as in a shell).
public enum ShellWords {
    /// Why a command line cannot be split.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A quote (`'` or `"`) opened and never closed.
        case unclosedQuote(Character)
        /// A backslash with nothing after it.
        case trailingBackslash

        /// The failure in words.
        public var description: String {
            switch self {
            case .unclosedQuote(let quote): "the quote \(quote) is not closed"
            case .trailingBackslash: "it ends with a backslash"
            }
        }
    }

    /// The words of `line`.
    public static func split(_ line: String) throws(Failure) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t", "\n":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                while true {
                    guard let next = characters.next() else { throw .unclosedQuote("'") }
                    if next == "'" { break }
                    word.append(next)
                }
            case "\"":
                inWord = true
                while true {
                    guard let next = characters.next() else { throw .unclosedQuote("\"") }
                    if next == "\"" { break }
                    guard next == "\\" else {
                        word.append(next)
                        continue
                    }
                    guard let escaped = characters.next() else { throw .unclosedQuote("\"") }
                    switch escaped {
                    case "\"", "\\", "$", "`": word.append(escaped)
                    case "\n": break
                    default: word += "\\" + String(escaped)
                    }
                }
            case "\\":
                guard let escaped = characters.next() else { throw .trailingBackslash }
                if escaped != "\n" {
                    word.append(escaped)
                    inWord = true
                }
            default:
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
