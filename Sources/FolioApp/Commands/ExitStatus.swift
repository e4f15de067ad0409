/// How a command ends when it does not succeed: the process's exit status. What went wrong has
/// been said on standard error by then.
public struct ExitStatus: Error, Equatable, Sendable {
    /// The status: 1 for "nothing found", 2 for an error, 128 + N for signal N.
    public var code: Int32

    /// An exit status of `code`.
    public init(_ code: Int32) {
        self.code = code
    }
}
