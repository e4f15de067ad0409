import ArgumentParser
import FolioKit

/// `--max-file-size 100M`: a size as `SizeLimit(parsing:)` reads it.
extension SizeLimit: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    public var defaultValueDescription: String { description }
}
