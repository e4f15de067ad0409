import FolioApp
import Foundation

/// The two commands people type most, recognised without ArgumentParser: `folio [PATH...]` and
/// `folio dump PATH...` with no option. ArgumentParser's parse reflects over every command and
/// its options, which costs about 1.5 ms of a start that is otherwise 5 ms; a command run once
/// per file, or a reader that should paint at once, feels it. Anything else (an option, a `-`,
/// another subcommand, `help`) goes to ArgumentParser, and a test checks that both read every
/// recognised command line the same way.
enum PlainInvocation: Equatable {
    /// `folio [PATH...]` or `folio open PATH...`.
    case open(paths: [String])
    /// `folio dump PATH...` with the default format and width.
    case dump(paths: [String])

    /// The subcommand names (and ArgumentParser's `help`): a first argument with one of these
    /// names is not a path. Taken from `Folio`'s configuration, so a new subcommand is known.
    static let commandNames = Set(Folio.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])

    /// Whether `argument` names a subcommand. One with a `/` is a path: no subcommand is
    /// named so, and the names are not worked out for it (ArgumentParser builds every
    /// command's configuration to give them).
    static func isCommandName(_ argument: String) -> Bool {
        !argument.utf8.contains(UInt8(ascii: "/")) && commandNames.contains(argument)
    }

    /// The subcommand names that give way to a file or folder of the same name: newer than
    /// the reader, they must not change what `folio NAME` did before they came. Each has what,
    /// after it, says the command is meant after all: an address (`://`) or `-` for `add`, a
    /// subcommand or an option for `feed`, an option or an address for `fetch`, `--config` or
    /// `--no-config` for `config`.
    static let yieldingNames: [String: @Sendable (String) -> Bool] = [
        "add": { $0 == "-" || $0.contains("://") },
        "feed": { ["add", "list", "remove", "import", "export"].contains($0) || $0.hasPrefix("--") },
        "fetch": { $0.hasPrefix("--") || $0.contains("://") },
        "config": { $0 == "--no-config" || $0 == "--config" || $0.hasPrefix("--config=") },
    ]

    /// `arguments` with `open` put first when the first one is a yielding subcommand's name
    /// that names an existing file or folder, and nothing after it says the command is meant:
    /// `folio add` opens `./add` when there is one, and `folio add https://…` still adds;
    /// `folio config` opens `./config`, and `folio config --no-config` still prints.
    static func yieldingToPaths(_ arguments: [String]) -> [String] {
        guard let first = arguments.first, let meansCommand = yieldingNames[first],
            !arguments.dropFirst().contains(where: meansCommand)
        else { return arguments }
        var status = stat()
        return stat(first, &status) == 0 ? ["open"] + arguments : arguments
    }

    /// Recognises `arguments` (without the program name), or nil when ArgumentParser must read
    /// them.
    init?(_ arguments: [String]) {
        // An option, `-` (standard input), `--` or an empty argument: ArgumentParser decides.
        guard !arguments.contains(where: { $0.isEmpty || $0.utf8.first == UInt8(ascii: "-") }) else { return nil }
        guard let first = arguments.first else {
            self = .open(paths: [])
            return
        }
        let rest = Array(arguments.dropFirst())
        // A path named like a subcommand after the first: ArgumentParser decides.
        guard !rest.contains(where: PlainInvocation.isCommandName) else { return nil }
        if !PlainInvocation.isCommandName(first) {
            self = .open(paths: arguments)
        } else if rest.isEmpty {
            return nil
        } else if first == "open" {
            self = .open(paths: rest)
        } else if first == "dump" {
            self = .dump(paths: rest)
        } else {
            return nil
        }
    }

    /// Runs the command as its ArgumentParser command would.
    func run() throws {
        switch self {
        case .open(let paths): try exiting { try TerminalReader.run(ReaderOptions(paths: paths)) }
        case .dump(let paths): try exiting { try ArticleDump.run(paths: paths, format: .text, width: nil) }
        }
    }
}
