import Foundation
import Testing

/// `add`, `feed`, `fetch` and `config` are command names that never shadow a path: `folio add` and `folio
/// config` open a file or folder of that name in the current directory, as they did before the
/// commands came. What only the command can mean still runs it: addresses after `add`
/// (`AddCommandTests`), `--config` or `--no-config` after `config`.
@Suite("command names never shadow a path", .serialized)
struct CommandNameTests {
    /// The shell command that runs `folio ARGUMENTS` in `folder`.
    private func inFolder(_ folder: ScratchFolder, _ arguments: String) -> String {
        "cd \(TmuxSession.quote(folder.path)) && exec \(TmuxSession.quote(FolioBinary.path)) \(arguments)"
    }

    /// Runs `folio ARGUMENTS` in `folder` in a terminal and waits for `text` on its screen.
    private func expectReader(_ arguments: String, in folder: ScratchFolder, showing text: String) throws {
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote(inFolder(folder, arguments)))", width: 100, height: 30)
        try tmux.waitFor(text)
        try tmux.send("q")
    }

    @Test("folio NAME with ./NAME present opens it in the reader", arguments: ["add", "feed", "fetch"])
    func opensFileNamedLikeCommand(name: String) throws {
        let folder = try ScratchFolder()
        try folder.file(name, "Alpha notes\n\nThe alpha body paragraph of a file that is named \(name).\n")
        try expectReader(name, in: folder, showing: "alpha body paragraph of a file that is named \(name)")
    }

    @Test("folio config with a folder ./config present opens it; folio config --no-config still prints")
    func opensFolderNamedConfig() throws {
        let folder = try ScratchFolder()
        try folder.file("config/notes.txt", "Config notes\n\nThe body paragraph of an article in a folder named config.\n")
        try expectReader("config", in: folder, showing: "body paragraph of an article in a folder named config")
        let printed = try FolioBinary.run(["-c", inFolder(folder, "config --no-config")], executable: "/bin/sh")
        #expect(printed.status == 0, "\(printed.errors)")
        #expect(printed.text.contains("\n# measure = 80\n"), "\(printed.text)")
    }
}
