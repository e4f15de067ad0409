import TOMLKit

/// TOML text (a theme, the configuration file) parsed with TOMLKit, whatever its bytes.
///
/// TOMLKit's parser, toml++ 3.4, fails an assertion and ends the process on a table header
/// whose name starts with a character that can start no key (`[é]`, `[\u{1}]`, `[ =]`, `[`
/// and a line break), and reads text only up to a NUL character. `TOMLSafetyCheck` finds those
/// first; every problem comes back as one `TOMLSyntaxError` with its line and column.
public enum TOMLDocument {
    /// The table `text` holds.
    public static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        if let problem = TOMLSafetyCheck.firstProblem(in: text) { throw problem }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLSyntaxError(
                line: error.source.begin.line, column: error.source.begin.column,
                message: TOMLSafetyCheck.printable(error.description))
        } catch {
            throw TOMLSyntaxError(line: 1, column: 1, message: "\(error)")
        }
    }
}

/// Why TOML text could not be read, and where: 1-based line and column (in characters).
public struct TOMLSyntaxError: Error, Equatable, Sendable {
    /// The line of the problem.
    public var line: Int
    /// The column of the problem, in characters from 1.
    public var column: Int
    /// What is wrong, on one printable line, e.g. `a table name must start with a letter,
    /// digit, '-', '_' or a quote, not 'é'`.
    public var message: String

    /// Creates an error.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
