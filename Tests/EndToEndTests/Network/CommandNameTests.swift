import Foundation
import Testing

/// `add` is a command name that never shadows a path: `folio add` opens a file or folder named
/// `add` in the current directory, as it did before the command came (with addresses after it,
/// it adds them: `AddCommandTests`).
@Suite("add never shadows a path", .serialized)
struct CommandNameTests {
    @Test("folio add with ./add present opens it in the reader")
    func opensFileNamedAdd() throws {
        let folder = try ScratchFolder()
        try folder.file("add", "Alpha notes\n\nThe alpha body paragraph of a file that is named add.\n")
        let command = "cd \(TmuxSession.quote(folder.path)) && exec \(TmuxSession.quote(FolioBinary.path)) add"
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote(command))", width: 100, height: 30)
        try tmux.waitFor("alpha body paragraph of a file that is named add")
        try tmux.send("q")
    }
}
