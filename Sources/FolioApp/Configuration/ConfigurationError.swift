import FolioKit

/// A mistake in the configuration file, or a file that cannot be read: one line naming the
/// file, line and column, what is wrong and, where it can, what would be right
/// (`config.toml:12:9: unknown action 'nextsection'; did you mean 'next-section'?`).
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as named (the path given, or the default one).
    public var file: String
    /// The place of the mistake; nil when the file could not be read at all.
    public var place: TOMLPositions.Place?
    /// What is wrong (and what would be right).
    public var message: String

    /// A mistake at `place` of `file`.
    public init(file: String, place: TOMLPositions.Place?, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    /// `FILE:LINE:COLUMN: MESSAGE`, or `FILE: MESSAGE` without a place.
    public var description: String {
        let name = PathBytes.escaped(file)
        guard let place else { return "\(name): \(message)" }
        return "\(name):\(place.line):\(place.column): \(message)"
    }
}
