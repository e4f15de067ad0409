import FolioKit
import Foundation
import Testing

@testable import FolioStore

@Suite struct ReadingStateTests {
    @Test func readMarksPositionsAndLastArticleSurviveAReopen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try openStore(folder.database).store
        try first.setRead(true, paths: ["/a", "/b", "/c"])
        try first.setRead(false, paths: ["/b"])
        let anchor = ReadingAnchor(section: 2, block: 1, snippet: "Putin’s demands were", offset: 17)
        try first.savePosition(anchor, for: "/a")
        try first.savePosition(ReadingAnchor(section: 0, block: 0, snippet: "", offset: 0), for: "/c")
        try first.setLastArticle("/a")

        let second = try openStore(folder.database).store
        #expect(try second.readPaths() == ["/a", "/c"])
        #expect(try second.position(for: "/a") == anchor)
        #expect(try second.position(for: "/b") == nil)
        #expect(try second.lastArticle() == "/a")
        try second.setLastArticle(nil)
        #expect(try second.lastArticle() == nil)
    }

    @Test func savingAPositionKeepsTheReadMark() throws {
        let store = LibraryStore.disabled()
        try store.setRead(true, paths: ["/a"])
        try store.savePosition(ReadingAnchor(section: 0, block: 3, snippet: "x", offset: 0), for: "/a")
        #expect(try store.readPaths() == ["/a"])
    }

    @Test func bookmarksAreAddedListedAndDeleted() throws {
        let store = LibraryStore.disabled()
        let anchor = ReadingAnchor(section: 1, block: 0, snippet: "Context", offset: 4)
        let first = try store.addBookmark(path: "/a", anchor: anchor, label: "context", created: Date(timeIntervalSince1970: 100))
        let second = try store.addBookmark(path: "/b", anchor: anchor, label: "", created: Date(timeIntervalSince1970: 50))
        let third = try store.addBookmark(path: "/a", anchor: anchor, label: "again", created: Date(timeIntervalSince1970: 200))
        #expect(Set([first.id, second.id, third.id]).count == 3)
        #expect(try store.bookmarks(for: "/a") == [first, third])
        #expect(try store.bookmarks() == [second, first, third])
        try store.deleteBookmark(id: first.id)
        #expect(try store.bookmarks(for: "/a").map(\.label) == ["again"])
    }
}
