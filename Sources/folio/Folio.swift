import ArgumentParser
import FolioKit

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A fast, keyboard-driven terminal reader for articles.",
        version: "folio \(FolioVersion.current)",
        subcommands: [
            OpenCommand.self, DumpCommand.self, SearchCommand.self, AddCommand.self, ThemesCommand.self,
            KeyTimingCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command; usage errors exit with status 2.
    static func main() {
        do {
            let arguments = PlainInvocation.yieldingToPaths(Array(CommandLine.arguments.dropFirst()))
            if let plain = PlainInvocation(arguments) {
                try plain.run()
                return
            }
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardOutput.error(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
