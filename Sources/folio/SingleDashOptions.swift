import ArgumentParser

/// An option typed with one dash, `-escalate` for `--escalate`: ArgumentParser reads such a
/// word as a cluster of short flags and names only the first letter it does not know (`-a`),
/// which says nothing to someone who typed a long option. This check names the whole word.
enum SingleDashOptions {
    /// The usage error (as ArgumentParser words its own, with the command's usage) for the
    /// first of `arguments` (before `--`) that is a word of several letters after one dash,
    /// unless every letter is a short flag of the command the arguments run (`folio search -wc`
    /// stays `-w -c`); nil when there is none. Numbers (`-50`) are left alone.
    static func error(in arguments: [String]) -> String? {
        let words = arguments.prefix { $0 != "--" }.filter { word in
            word.count > 2 && word.hasPrefix("-") && !word.hasPrefix("--") && !word.dropFirst().allSatisfy(\.isNumber)
        }
        guard !words.isEmpty else { return nil }
        let command = command(for: arguments)
        let shortFlags = Self.shortFlags(in: command.helpMessage(columns: 1000))
        guard let word = words.first(where: { !$0.dropFirst().allSatisfy(shortFlags.contains) }) else { return nil }
        let name = "folio " + (command.configuration.commandName ?? "")
        return """
            Error: Unknown option '\(word)' (long options start with --)
            Usage: \(Folio.usageString(for: command))
              See '\(name) --help' for more information.
            """
    }

    /// The command `arguments` run: the subcommand named first, else the default (open).
    static func command(for arguments: [String]) -> any ParsableCommand.Type {
        let subcommands = Folio.configuration.subcommands
        if let first = arguments.first, let named = subcommands.first(where: { $0.configuration.commandName == first }) {
            return named
        }
        return Folio.configuration.defaultSubcommand ?? Folio.self
    }

    /// The letters of the short flags in a command's help (`-w, --word`, `-h, --help`).
    static func shortFlags(in help: String) -> Set<Character> {
        var letters: Set<Character> = []
        for line in help.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let first = words.first, first.count >= 2, first.count <= 3, first.hasPrefix("-"),
                first.dropFirst().first?.isLetter == true, first.count == 2 || first.hasSuffix(",")
            else { continue }
            letters.insert(first[first.index(after: first.startIndex)])
        }
        return letters
    }
}
