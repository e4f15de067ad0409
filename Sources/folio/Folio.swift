import ArgumentParser

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A fast, keyboard-driven terminal reader for articles.",
        subcommands: [OpenCommand.self, DumpCommand.self, SearchCommand.self, ThemesCommand.self, KeyTimingCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command; usage errors exit with status 2.
    static func main() {
        do {
            if let plain = PlainInvocation(Array(CommandLine.arguments.dropFirst())) {
                try plain.run()
                return
            }
            var command = try parseAsRoot()
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
