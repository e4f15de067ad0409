import FolioKit
import Foundation
import Testing

@testable import FolioStore

@Suite struct CatalogTests {
    @Test func unchangedFilesComeFromTheCatalogAndChangedOnesAreStale() throws {
        let store = LibraryStore.disabled()
        var parsed = article("/lib/a.txt", title: "Peace talks", author: "Kimberly", sections: [["One two three."]])
        parsed.published = SimpleDate(year: 2024, month: 6, day: 15)
        parsed.publishedText = "June 15, 2024"
        let a = stamp("/lib/a.txt", size: 120, modified: 5_000_000_001)
        let b = stamp("/lib/b.txt")
        try store.update([CatalogEntry(article: parsed, stamp: a), CatalogEntry(article: article("/lib/b.txt", sections: [[]]), stamp: b)])

        let same = try store.cachedEntries(for: [b, a])
        #expect(same.stale.isEmpty)
        #expect(same.fresh.map(\.path) == ["/lib/b.txt", "/lib/a.txt"])
        let entry = try #require(same.fresh.last)
        #expect(entry == CatalogEntry(
            stamp: a, format: .plainText, title: "Peace talks", author: "Kimberly",
            published: SimpleDate(year: 2024, month: 6, day: 15), publishedText: "June 15, 2024",
            readingMinutes: 1, wordCount: 5))  // the title counts: "Peace talks" + "One two three."

        let grown = stamp("/lib/a.txt", size: 121, modified: 5_000_000_001)
        let touched = stamp("/lib/a.txt", size: 120, modified: 5_000_000_002)  // one nanosecond later
        let new = stamp("/lib/c.txt")
        for changed in [grown, touched] {
            let result = try store.cachedEntries(for: [changed, b, new])
            #expect(result.fresh.map(\.path) == ["/lib/b.txt"])
            #expect(result.stale == [changed, new])
        }
    }

    @Test("files looked up by path (in batches, on either connection) and many in one pass give the same split")
    func lookupsAgreeAtAnySize() throws {
        let store = LibraryStore.disabled()
        let count = LibraryStore.lookedUpByPath + 10
        let stamps = (0..<count).map { stamp("/lib/\($0).txt", size: 100 + Int64($0)) }
        // Every third file is catalogued; every ninth then changes size.
        let kept = stride(from: 0, to: count, by: 3).map { CatalogEntry(article: article("/lib/\($0).txt", sections: [[]]), stamp: stamps[$0]) }
        try store.update(kept)
        let files = stamps.enumerated().map { index, stamp in index % 9 == 0 ? FileStamp(path: stamp.path, size: 1, modifiedNanoseconds: stamp.modifiedNanoseconds) : stamp }
        let all = try store.cachedEntries(for: files)
        #expect(all.fresh.count == kept.count - (count + 8) / 9)
        #expect(all.fresh.count + all.stale.count == count)
        for start in stride(from: 0, to: count, by: 1000) {
            let some = Array(files[start..<min(count, start + 1000)])
            let split = try store.cachedEntries(for: some)
            let paths = Set(some.map(\.path))
            #expect(split.fresh == all.fresh.filter { paths.contains($0.path) })
            #expect(split.stale == all.stale.filter { paths.contains($0.path) })
            let beforePaint = try store.cachedEntries(for: some, beforePaint: true)
            #expect(beforePaint.fresh == split.fresh && beforePaint.stale == split.stale)
        }
    }

    @Test func updateReplacesAndRemoveForgets() throws {
        let store = LibraryStore.disabled()
        let a = stamp("/lib/a.txt")
        try store.update([CatalogEntry(article: article("/lib/a.txt", title: "Old", sections: [[]]), stamp: a)])
        let newer = stamp("/lib/a.txt", size: 200)
        try store.update([CatalogEntry(article: article("/lib/a.txt", title: "New", sections: [[]]), stamp: newer)])
        #expect(try store.cachedEntries(for: [newer]).fresh.map(\.title) == ["New"])
        #expect(try store.cachedEntries(for: [a]).stale == [a])
        try store.remove(paths: ["/lib/a.txt"])
        #expect(try store.cachedEntries(for: [newer]).stale == [newer])
    }

    @Test func statReadsSizeAndNanosecondModificationTime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("a.txt")
        try Data("hello".utf8).write(to: file)
        let modified = Date(timeIntervalSince1970: 1_700_000_000.123456)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        let stamp = try #require(FileStamp(path: file.path))
        #expect(stamp.size == 5)
        #expect(abs(stamp.modifiedNanoseconds - 1_700_000_000_123_456_000) < 2_000)
        #expect(FileStamp(path: folder.url.appendingPathComponent("missing").path) == nil)
    }

    @Test func pruningDropsVanishedFilesButKeepsTheirReadingState() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try openStore(folder.database).store
        let kept = folder.url.appendingPathComponent("kept.txt")
        try Data("x".utf8).write(to: kept)
        let gone = folder.url.appendingPathComponent("gone.txt").path
        let keptStamp = try #require(FileStamp(path: kept.path))
        try store.update([
            CatalogEntry(article: article(kept.path, sections: [[]]), stamp: keptStamp),
            CatalogEntry(article: article(gone, sections: [[]]), stamp: stamp(gone)),
        ])
        try store.index(article(gone, sections: [["Vanishing whales"]]), stamp: stamp(gone))
        try store.setRead(true, paths: [gone])

        #expect(try store.pruneMissing() == [gone])
        #expect(try store.cachedEntries(for: [keptStamp, stamp(gone)]).stale == [stamp(gone)])
        #expect(try store.candidates(forWords: "whales").isEmpty)
        #expect(try store.readPaths() == [gone])
    }
}
