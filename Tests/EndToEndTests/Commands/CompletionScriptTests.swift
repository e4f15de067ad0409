import Foundation
import Testing

/// Shell completions as swift-argument-parser generates them from folio's commands
/// (`folio --generate-completion-script SHELL`), tried in the shells themselves: subcommands,
/// options, option values, theme names (asked of folio as the user types) and file names.
@Suite("completion scripts")
struct CompletionScriptTests {
    static func shell(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A scratch library and the completion script for `shell`, written to a file there.
    static func script(for shell: String) throws -> (folder: ScratchFolder, path: String) {
        let folder = try ScratchFolder()
        try folder.file("alpha.md", "# Alpha\n\nText.\n")
        try folder.file("almanac.txt", "Almanac\n\nText.\n")
        let run = try FolioBinary.run(["--generate-completion-script", shell])
        #expect(run.status == 0 && run.errors.isEmpty, "\(run.errors)")
        return (folder, try folder.file("folio.\(shell)", run.output))
    }

    /// Runs `command` in `shell` with the folio binary's folder first on the PATH.
    static func run(_ shell: String, _ arguments: [String]) throws -> String {
        let folder = (FolioBinary.path as NSString).deletingLastPathComponent
        let path = folder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try FolioBinary.run(arguments, executable: shell, environment: ["PATH": path])
        #expect(run.status == 0, "\(run.errors)")
        return run.text
    }

    @Test("bash: commands, options, values, theme names and files", .enabled(if: shell("bash") != nil, "bash is not installed"))
    func bash() throws {
        let (folder, script) = try Self.script(for: "bash")
        // What `_folio` offers for a command line, the cursor at its end, sorted on one line.
        let harness = """
            source "$1"
            offer() {
                COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                COMPREPLY=()
                _folio folio "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
                printf '%s\\n' "${COMPREPLY[@]}" | sort | paste -sd ' '
            }
            offer folio se
            offer folio search --co
            offer folio dump --format j
            offer folio open --no-m
            offer folio open --theme so
            offer folio open "$2/al"
            """
        let lines = try Self.run("/usr/bin/bash", ["-c", harness, "bash", script, folder.path]).split(separator: "\n")
        #expect(lines == [
            "search", "--color --count", "json", "--no-mouse", "solarized-dark solarized-light",
            "\(folder.path)/almanac.txt \(folder.path)/alpha.md",
        ])
    }

    @Test("fish: commands, options and files", .enabled(if: shell("fish") != nil, "fish is not installed"))
    func fish() throws {
        let (folder, script) = try Self.script(for: "fish")
        let harness = """
            source $argv[1]
            for line in 'folio se' 'folio open --no-m' "folio dump $argv[2]/alp"
                complete -C $line | string split -f 1 \\t | string join ' '
            end
            # (`string split` fails on a line with nothing to split: a file has no description.)
            true
            """
        let fish = try #require(Self.shell("fish"))
        let lines = try Self.run(fish, ["-c", harness, script, folder.path]).split(separator: "\n")
        #expect(lines == ["search", "--no-mouse", "\(folder.path)/alpha.md"])
    }

    @Test("zsh: the script loads under compinit and defines every command's function", .enabled(if: shell("zsh") != nil, "zsh is not installed"))
    func zsh() throws {
        let (folder, script) = try Self.script(for: "zsh")
        let harness = """
            autoload -Uz compinit && compinit -u -d "$2/.zcompdump"
            source "$1"
            whence -w _folio _folio_open _folio_dump _folio_search _folio_themes
            """
        let zsh = try #require(Self.shell("zsh"))
        let output = try Self.run(zsh, ["-c", harness, "zsh", script, folder.path])
        #expect(output == "_folio: function\n_folio_open: function\n_folio_dump: function\n_folio_search: function\n_folio_themes: function\n")
    }
}
