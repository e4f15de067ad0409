import Foundation
import TestFiles
import Testing

/// A theme that cannot be loaded is an error before the screen opens. (The choices kept between
/// runs, the theme given on the command line and a read-only state database are tested
/// in-process: `FolioAppTests`.)
@Suite("remembered choices", .serialized)
struct RememberedChoicesTests {
    @Test("an unknown theme is one error line before the screen opens, exit status 2")
    func unknownThemeBeforeTheScreen() throws {
        let library = try LibraryFixtures.threeArticles()
        let folio = [FolioBinary.path, "--theme", "nosuch", library.path].map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote("\(folio); echo \"rc=$?\"; sleep 60"))")
        defer { tmux.kill() }
        let screen = try tmux.waitFor("folio's exit") { $0.contains("rc=") }
        // The one line (wrapped by the terminal), at the top of the screen, then the status.
        let text = screen.replacingOccurrences(of: "\n", with: "")
        #expect(text.hasPrefix("folio: theme: no theme named \"nosuch\" (themes: default, ansi,"), "\(screen)")
        #expect(text.contains("solarized-light)rc=2"), "\(screen)")
        #expect(!screen.contains("Alpha article"), "the list never showed")
    }
}
