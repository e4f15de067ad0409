/// Finds in TOML text what toml++ 3.4 cannot be given: a NUL character, and a table header
/// (`[name]` or `[[name]]`) whose name does not start with a bare-key character, a quote or
/// `]` (toml++ asserts there instead of reporting an error).
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

    /// `text` with every control or format character shown as `U+XXXX`.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) { result += shown(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// A character as a message shows it: a control or format character as `U+XXXX`, any
    /// other quoted.
    static func shown(_ scalar: Unicode.Scalar) -> String {
        guard isInvisible(scalar) else { return "'\(scalar)'" }
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar.properties.generalCategory == .format
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
                    keyValue()
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
        private mutating func keyValue() {
            while let scalar = current, scalar != "=", scalar != "\n" {
                if scalar == "\"" || scalar == "'" { skipString() } else { index += 1 }
            }
            guard current == "=" else { return }
            index += 1
            skip(while: { $0 == " " || $0 == "\t" })
            value()
            skipLine()
        }

        /// A value: a string, an array or inline table (with everything nested in it, over
        /// any number of lines), or a scalar to the end of its line.
        private mutating func value() {
            var depth = 0
            while let scalar = current {
                switch scalar {
                case "\"", "'": skipString()
                case "#": skipComment()
                case "[", "{":
                    depth += 1
                    index += 1
                case "]", "}":
                    depth -= 1
                    index += 1
                    if depth <= 0 { return }
                case "\n" where depth == 0: return
                default: index += 1
                }
            }
        }

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
