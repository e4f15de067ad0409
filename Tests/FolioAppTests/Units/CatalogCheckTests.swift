import FolioKit
import FolioStore
import FolioUI
import Testing

@testable import FolioApp

/// Files checked against the catalog: those it knows unchanged come with its details, the
/// others are to be read.
@Suite("CatalogCheck")
struct CatalogCheckTests {
    @Test("files the catalog knows at their stamp come with its details; new, changed and missing files are to read")
    func freshAndStale() throws {
        let library = try TestLibrary()
        let a = try library.articles.file("a.txt", "Alpha\n\nText of alpha.\n")
        let b = try library.articles.file("b.txt", "Bravo\n\nText of bravo.\n")
        let c = try library.articles.file("c.txt", "Charlie\n\nText of charlie.\n")
        let gone = library.articles.path + "/gone.txt"
        let (store, warning) = LibraryStore.open(environment: library.environment)
        #expect(warning == nil)
        func entry(_ path: String, title: String, stamp: FileStamp) -> CatalogEntry {
            CatalogEntry(article: PlainTextReader.read(Array("\(title)\n\nText.\n".utf8), path: path), stamp: stamp)
        }
        for (path, title) in [(a, "Alpha"), (b, "Bravo")] {
            try store.update([entry(path, title: title, stamp: try #require(FileStamp(path: StorePath.key(path))))])
        }
        // Charlie is known at another size: changed since.
        let now = try #require(FileStamp(path: StorePath.key(c)))
        try store.update([entry(c, title: "Charlie", stamp: FileStamp(path: now.path, size: now.size + 1, modifiedNanoseconds: now.modifiedNanoseconds))])

        let checked = CatalogCheck([a, b, c, gone], store: store)
        #expect(Set(checked.cached.keys) == [a, b])
        #expect(checked.stale == [c, gone], "in the order given")
        #expect(Set(checked.stamps.keys) == [a, b, c], "a missing file has no stamp")
        let entries = checked.entries(readPaths: [StorePath.key(b)])
        #expect(entries.map(\.source) == [.file(a), .file(b), .file(c), .file(gone)])
        #expect(entries.map(\.title) == ["Alpha", "Bravo", "c", "gone"], "details from the catalog, else the file's name")
        #expect(entries.map(\.isUnread) == [true, false, true, true])
        #expect(entries.allSatisfy { $0.isOnDisk && $0.article == nil })
    }

    @Test("without a store every file is to read; stamps taken already are used as they are")
    func noStore() throws {
        let library = try TestLibrary()
        let a = try library.articles.file("a.txt", "Alpha\n\nText.\n")
        #expect(CatalogCheck([a], store: nil).stale == [a])
        let given = FileStamp(path: StorePath.key(a), size: 1, modifiedNanoseconds: 2)
        #expect(CatalogCheck([a], stamped: [a: given], store: nil).stamps == [a: given])
        #expect(CatalogCheck.stamps(of: [a, library.articles.path + "/none.txt"]).keys.sorted() == [a])
    }
}
