import ArgumentParser
import FolioApp

/// `folio key-timing --script FILE PATH...` (hidden; used by `scripts/bench`): times keys fed
/// to the reader without a terminal (see `KeyTiming`).
struct KeyTimingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key-timing",
        abstract: "Time keys fed to the reader without a terminal (for scripts/bench).",
        shouldDisplay: false
    )

    @Option(help: "The key script.")
    var script: String

    @Option(help: "Screen width.")
    var width = 120

    @Option(help: "Screen height.")
    var height = 40

    @Argument(help: "Article files or folders.")
    var paths: [String]

    func run() throws {
        try exiting {
            do {
                try KeyTiming.run(script: script, width: width, height: height, paths: paths)
            } catch let error as KeyTiming.UnknownKey {
                throw ValidationError(error.description)
            }
        }
    }
}
