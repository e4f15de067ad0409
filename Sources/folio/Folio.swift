import ArgumentParser
import FolioApp
import FolioKit

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A fast, keyboard-driven terminal reader for articles.",
        version: "folio \(FolioVersion.current)",
        subcommands: [
            OpenCommand.self, DumpCommand.self, SearchCommand.self, AddCommand.self, FeedCommand.self, FetchCommand.self,
            ThemesCommand.self, ConfigCommand.self,
            KeyTimingCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command; usage errors exit with status 2.
    static func main() {
        do {
            let arguments = PlainInvocation.yieldingToPaths(Folio.arguments())
            if let plain = PlainInvocation(arguments) {
                try plain.run()
                return
            }
            if let error = SingleDashOptions.error(in: arguments) {
                StandardOutput.error(error, keepsNewlines: true)
                exit(withError: ExitCode(2))
            }
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardOutput.error(fullMessage(for: error), keepsNewlines: true)
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    /// The command-line arguments (without the program's name) as their bytes say: a path that
    /// is not UTF-8 is kept exactly (`PathBytes`), where `CommandLine.arguments` would replace
    /// its bytes with U+FFFD and name a file that does not exist.
    static func arguments() -> [String] {
        (0..<Int(CommandLine.argc)).dropFirst().compactMap { index in CommandLine.unsafeArgv[index].map { PathBytes.string(cString: $0) } }
    }
}
