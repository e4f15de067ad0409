import ArgumentParser

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A fast, keyboard-driven terminal reader for articles.",
        subcommands: []
    )

    func run() throws {}
}
