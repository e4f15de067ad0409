import FolioKit
import Testing

@testable import FolioStore

/// Greedy word wrap of `text` at `width` bytes: the UTF-8 offset where each line starts.
private func lineStarts(_ text: String, width: Int) -> [Int] {
    let bytes = Array(text.utf8)
    var starts = [0]
    var lineStart = 0
    var lastSpace: Int?
    for (index, byte) in bytes.enumerated() {
        if byte == UInt8(ascii: " ") { lastSpace = index }
        if index - lineStart >= width, let space = lastSpace, space > lineStart {
            lineStart = space + 1
            starts.append(lineStart)
            lastSpace = nil
        }
    }
    return starts
}

private let lead = "Russian President Vladimir Putin has outlined his conditions for peace talks with Ukraine."
private let stance = "Putin’s demands include the withdrawal of Ukrainian troops from four regions and an end to Ukraine’s bid to join NATO, the military alliance."
private let reaction = "Western leaders dismissed the proposal as a call for capitulation rather than a basis for negotiation."

@Suite struct ReadingAnchorTests {
    @Test func anchorFindsTheSameWordsAtAnotherWidth() throws {
        let original = article("/a", sections: [[lead], [stance, reaction]])
        // At 30 columns the reader's top line is the fourth line of the `stance` paragraph.
        let top = lineStarts(stance, width: 30)[3]
        let anchor = try #require(ReadingAnchor(in: original, section: 1, block: 0, offset: top))
        let store = LibraryStore.disabled()
        try store.savePosition(anchor, for: "/a")

        let saved = try #require(try store.position(for: "/a"))
        let resolved = try #require(saved.resolve(in: original))
        #expect(resolved.section == 1 && resolved.block == 0 && resolved.offset == top)
        // At 70 columns that offset lies in the line holding the same words.
        let wide = lineStarts(stance, width: 70)
        let line = try #require(wide.lastIndex { $0 <= resolved.offset })
        let lineEnd = line + 1 < wide.count ? wide[line + 1] : stance.utf8.count
        let wideLine = String(decoding: Array(stance.utf8)[wide[line]..<lineEnd], as: UTF8.self)
        let narrowWords = String(decoding: Array(stance.utf8)[top...].prefix(10), as: UTF8.self)
        #expect(wideLine.contains(narrowWords))
    }

    @Test func insertedParagraphsAndSectionsBeforeTheAnchorAreSkipped() throws {
        let original = article("/a", sections: [[lead], [stance, reaction]])
        let anchor = try #require(ReadingAnchor(in: original, section: 1, block: 1, offset: 9))
        #expect(anchor.snippet == String(reaction.prefix(40)))

        let paragraphBefore = article("/a", sections: [[lead], ["A new opening paragraph.", stance, reaction]])
        #expect(anchor.resolve(in: paragraphBefore).map { [$0.section, $0.block, $0.offset] } == [1, 2, 9])
        let sectionBefore = article("/a", sections: [[lead], ["Background."], [stance, reaction]])
        #expect(anchor.resolve(in: sectionBefore).map { [$0.section, $0.block, $0.offset] } == [2, 1, 9])
        let removedBefore = article("/a", sections: [[lead, stance, reaction]])
        #expect(anchor.resolve(in: removedBefore).map { [$0.section, $0.block, $0.offset] } == [0, 2, 9])
    }

    @Test func repeatedSnippetsResolveToTheNearestBlock() throws {
        let separator = "* * *"
        let original = article("/a", sections: [[separator, lead, separator, stance, separator]])
        let anchor = try #require(ReadingAnchor(in: original, section: 0, block: 4))
        #expect(anchor.occurrence == 2)
        let store = LibraryStore.disabled()
        try store.addBookmark(path: "/a", anchor: anchor, label: "end")
        let saved = try #require(try store.bookmarks(for: "/a").first?.anchor)
        let edited = article("/a", sections: [["New.", "Newer.", separator, lead, separator, stance, separator]])
        #expect(saved.resolve(in: edited).map { [$0.section, $0.block] } == [0, 6])
        // With a separator removed, the one nearest the old place is taken.
        let fewer = article("/a", sections: [[lead, separator, stance, "Tail."]])
        #expect(saved.resolve(in: fewer).map { [$0.section, $0.block] } == [0, 1])
    }

    @Test func editedBlockFallsBackToItsIndicesAndOffsetsStayInside() throws {
        let original = article("/a", sections: [[lead, "Café society gathered."]])
        let anchor = try #require(ReadingAnchor(in: original, section: 0, block: 1, offset: 400))
        #expect(anchor.offset == "Café society gathered.".utf8.count)
        let rewritten = article("/a", sections: [[lead, "Short."]])
        #expect(anchor.resolve(in: rewritten).map { [$0.section, $0.block, $0.offset] } == [0, 1, 6])
        // An offset inside `é` (bytes 3 and 4) moves back to the character's start.
        let inside = ReadingAnchor(section: 0, block: 1, snippet: "Café", offset: 4)
        #expect(inside.resolve(in: original)?.offset == 3)
        #expect(anchor.resolve(in: article("/a", sections: [[lead]])) == nil)
        #expect(ReadingAnchor(in: original, section: 3, block: 0) == nil)
    }
}
