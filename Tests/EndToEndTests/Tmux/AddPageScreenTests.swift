import Foundation
import TestServers
import Testing

/// `a` in the reader, in a real terminal: an address pasted (bracketed paste), Enter, and the
/// page saved into the home library appears in the list, selected.
@Suite("a saves a page", .serialized)
struct AddPageScreenTests {
    @Test("folio with an empty home library, a, a pasted address, Enter: the page is listed and selected")
    func pasteAndSave() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let command = TmuxSession.quote(FolioBinary.path)
        let tmux = try TmuxSession(command: command, width: 120, height: 30, environment: library.environment)
        try tmux.waitFor("No saved articles yet: press a to add a URL, or run folio add URL")
        try tmux.send("a")
        try tmux.waitFor("Save URL:")
        try tmux.paste(nginx.base + "/a.html")
        try tmux.waitFor("Save URL: \(nginx.base)/a.html")
        try tmux.send("Enter")
        try tmux.waitFor("saved  Alpha story")
        #expect(FileManager.default.fileExists(atPath: library.pages + "/Alpha story.html"))
        // Selected: Enter opens it (undated, it is listed after the samples, by date).
        try tmux.send("Enter")
        try tmux.waitFor("The body paragraph talks about café culture")
        try tmux.send("Q")
    }
}
