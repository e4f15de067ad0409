import ArgumentParser

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A fast, keyboard-driven terminal reader for articles.",
        subcommands: [ThemesCommand.self]
    )

    func run() throws {}
}
