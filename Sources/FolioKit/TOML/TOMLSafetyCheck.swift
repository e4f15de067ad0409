/// Finds in TOML text what toml++ 3.4 cannot be given: a NUL character, a table header
/// (`[name]` or `[[name]]`) whose name does not start with a bare-key character, a quote or
/// `]`, a `}` or a line break that is not TOML's (U+0085, U+2028, U+2029) where an array
/// expects a value (`a = [}]`, `a = [1, }`), and a date followed by a space and a lone digit
/// (`a = 2024-01-01 1`): toml++ asserts at all but the first instead of reporting an error.
///
/// Headers are found as toml++ finds them: at the start of a statement, outside strings
/// (multi-line ones too), arrays (which span lines) and comments. The rest of the syntax is
/// left to toml++, which reports it.
enum TOMLSafetyCheck {
    /// The first such problem, nil when there is none.
    static func firstProblem(in text: String) -> TOMLSyntaxError? {
        var scanner = Scanner(Array(text.unicodeScalars))
        return scanner.run()
    }

    /// `text` with every control, format or line-separator character shown as `U+XXXX`.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) { result += shown(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// A character as a message shows it: a control, format or line-separator character as
    /// `U+XXXX`, any other quoted.
    static func shown(_ scalar: Unicode.Scalar) -> String {
        guard isInvisible(scalar) else { return "'\(scalar)'" }
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func run() -> TOMLSyntaxError? {
            if let nul = scalars.firstIndex(of: "\0") { return error(at: nul, "a NUL character is not allowed") }
            if current == "\u{FEFF}" { index += 1 }  // toml++ skips a byte-order mark
            while index < scalars.count {
                skip(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                switch current {
                case nil: return nil
                case "#": skipComment()
                case "[":
                    if let problem = header() { return problem }
                default:
                    if let problem = keyValue() { return problem }
                }
            }
            return nil
        }

        /// `[` or `[[`, blanks, then what may start a key; the rest of the line is toml++'s.
        private mutating func header() -> TOMLSyntaxError? {
            index += 1
            if current == "[" { index += 1 }
            skip(while: { $0 == " " || $0 == "\t" })
            guard let first = current, !Self.isBareKey(first), first != "\"", first != "'", first != "]" else {
                skipLine()
                return nil
            }
            return error(at: index, "a table name must start with a letter, digit, '-', '_' or a quote, not \(TOMLSafetyCheck.shown(first))")
        }

        /// A key, `=` and a value; whatever else stands on the line is toml++'s to report.
        private mutating func keyValue() -> TOMLSyntaxError? {
            while let scalar = current, scalar != "=", scalar != "\n" {
                if scalar == "\"" || scalar == "'" { skipString() } else { index += 1 }
            }
            guard current == "=" else { return nil }
            index += 1
            skip(while: { $0 == " " || $0 == "\t" })
            if let problem = value() { return problem }
            skipLine()
            return nil
        }

        /// A value: a string, an array or inline table (with everything nested in it, over
        /// any number of lines), or a scalar to the end of its line. Finds a `}` inside an
        /// array, where toml++ would take it for the start of a value, and a date followed by a
        /// space and a lone digit.
        private mutating func value() -> TOMLSyntaxError? {
            var open: [Unicode.Scalar] = []
            var valueStarts = true
            while let scalar = current {
                if valueStarts, let problem = dateWithLoneDigit() { return problem }
                switch scalar {
                case "\"", "'":
                    skipString()
                    valueStarts = false
                case "#": skipComment()
                case _ where open.last == "[" && Self.endsValueUnseen(scalar):
                    return error(at: index, "expected a value, ',' or ']' in an array, not \(TOMLSafetyCheck.shown(scalar))")
                case "[", "{":
                    open.append(scalar)
                    index += 1
                    valueStarts = scalar == "["
                case "]", "}":
                    open.removeLast(open.isEmpty ? 0 : 1)
                    index += 1
                    if open.isEmpty { return nil }
                    valueStarts = false
                case "\n" where open.isEmpty: return nil
                case ",", "=":
                    index += 1
                    valueStarts = true
                case " ", "\t", "\n", "\r": index += 1
                default:
                    index += 1
                    valueStarts = false
                }
            }
            return nil
        }

        /// A value of ten characters with `-` as the fifth and eighth (a date, to toml++), a
        /// space and one digit: toml++ reads on for a time and fails an assertion when the
        /// value ends after that digit. Never valid TOML, so always an error.
        private func dateWithLoneDigit() -> TOMLSyntaxError? {
            guard let first = current, first == "+" || first == "-" || Self.isDigit(first) else { return nil }
            var characters: [Unicode.Scalar] = []
            var end = index
            while end < scalars.count, characters.count <= 10, !Self.endsValue(scalars[end]) {
                if scalars[end] != "_" { characters.append(scalars[end]) }
                end += 1
            }
            guard characters.count == 10, characters[4] == "-", characters[7] == "-", end + 1 < scalars.count,
                scalars[end] == " ", Self.isDigit(scalars[end + 1]),
                end + 2 == scalars.count || !Self.isDigit(scalars[end + 2])
            else { return nil }
            return error(at: end + 1, "a date and a space must be followed by a time such as 07:32:00")
        }

        /// What ends a value for toml++: white space (U+180E and U+FEFF too), `]`, `}`, `,` and
        /// `#`.
        private static func endsValue(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "]" || scalar == "}" || scalar == "," || scalar == "#" || scalar.properties.isWhitespace
                || scalar == "\u{180E}" || scalar == "\u{FEFF}"
        }

        private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

        /// A basic or literal string, single- or multi-line.
        private mutating func skipString() {
            guard let quote = current else { return }
            let multiLine = index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote
            index += multiLine ? 3 : 1
            while let scalar = current {
                if scalar == "\\", quote == "\"" {
                    index += 2
                } else if scalar == quote, !multiLine || (index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote) {
                    index += multiLine ? 3 : 1
                    // A closing """ may be followed by up to two more quotes of the content.
                    if multiLine { skip(while: { $0 == quote }) }
                    return
                } else if scalar == "\n", !multiLine {
                    return
                } else {
                    index += 1
                }
            }
        }

        private mutating func skipComment() { skipLine() }

        /// To the end of the line, whatever it holds: after a header or a value, toml++ takes
        /// only a comment there (quotes in it start no string), and reports anything else.
        private mutating func skipLine() {
            while let scalar = current, scalar != "\n" { index += 1 }
        }

        private mutating func skip(while test: (Unicode.Scalar) -> Bool) {
            while let scalar = current, test(scalar) { index += 1 }
        }

        /// What toml++ takes for the end of a value but does not look for inside an array: `}`,
        /// and the line breaks that are not TOML's (U+0085, U+2028, U+2029).
        private static func endsValueUnseen(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "}" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
        }

        private static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
        }

        /// An error at `position`, with its line and column counted in characters.
        private func error(at position: Int, _ message: String) -> TOMLSyntaxError {
            var line = 1, column = 1
            let start = scalars.first == "\u{FEFF}" ? 1 : 0
            for scalar in scalars[start..<max(start, position)] {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return TOMLSyntaxError(line: line, column: column, message: message)
        }
    }
}
