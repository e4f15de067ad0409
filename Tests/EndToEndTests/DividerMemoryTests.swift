import Foundation
import Testing

/// Where `<` and `>` put the divider between the list and the reader stays for the next start,
/// like the theme and the sort order; `--no-state` neither reads nor keeps it.
@Suite("divider kept", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DividerMemoryTests {
    /// The column of the divider on the screen's first row (the list at 120 columns is 37 wide).
    static func divider(_ screen: String) -> Int? {
        screen.split(separator: "\n").first.flatMap { line in line.firstIndex(of: "│").map { line.distance(from: line.startIndex, to: $0) } }
    }

    @Test("> twice and < once move the divider 4 columns right; the next start has it there")
    func kept() throws {
        let library = try StateBetweenRunsTests.library(), state = try ScratchFolder()
        try RememberedChoicesTests.run(library, state: state) { tmux in
            let screen = try tmux.capture()
            #expect(Self.divider(screen) == 37)
            try tmux.send(">", ">", "<")
            try tmux.waitFor("List 41 columns, reader 76")
        }
        try RememberedChoicesTests.run(library, state: state) { tmux in
            try tmux.waitFor(timeout: 10, "the divider where it was left") { Self.divider($0) == 41 }
        }
        // Without state, the divider starts where the width puts it, and is not kept.
        try RememberedChoicesTests.run(library, state: state, ["--no-state"]) { tmux in
            let screen = try tmux.capture()
            #expect(Self.divider(screen) == 37)
            try tmux.send("<")
            try tmux.waitFor("List 33 columns, reader 80")
        }
        try RememberedChoicesTests.run(library, state: state) { tmux in
            let screen = try tmux.capture()
            #expect(Self.divider(screen) == 41)
        }
    }
}
