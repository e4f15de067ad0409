import Foundation
import Testing

/// `add`, `feed` and `fetch` are command names that never shadow a path: `folio add` opens a
/// file or folder named `add` in the current directory, as it did before the command came (with
/// addresses after it, it adds them: `AddCommandTests`; `FeedCommandTests` for the others).
@Suite("add never shadows a path", .serialized)
struct CommandNameTests {
    @Test("folio NAME with ./NAME present opens it in the reader", arguments: ["add", "feed", "fetch"])
    func opensFileNamedLikeCommand(name: String) throws {
        let folder = try ScratchFolder()
        try folder.file(name, "Alpha notes\n\nThe alpha body paragraph of a file that is named \(name).\n")
        let command = "cd \(TmuxSession.quote(folder.path)) && exec \(TmuxSession.quote(FolioBinary.path)) \(name)"
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote(command))", width: 100, height: 30)
        try tmux.waitFor("alpha body paragraph of a file that is named \(name)")
        try tmux.send("q")
    }
}
