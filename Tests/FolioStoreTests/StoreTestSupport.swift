import FolioKit
import Foundation
import Testing

@testable import FolioStore

/// A fresh temporary folder, removed when the test ends (`defer { folder.remove() }`).
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The database path the store uses under this folder as `XDG_STATE_HOME`.
    var database: URL { url.appendingPathComponent("folio/library.sqlite") }

    /// Names in `folder` (relative to this folder).
    func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(folder).path).sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Opens the store at `database`, failing the test when it cannot.
func openStore(_ database: URL) throws -> (store: LibraryStore, warning: String?) {
    try LibraryStore.open(at: database.path)
}

/// The permission bits of the file at `path`.
func permissions(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
}

/// An article made of paragraphs, one section per list of paragraphs (the first is the lead).
func article(
    _ path: String, title: String = "A title", author: String? = nil, sections: [[String]]
) -> Article {
    Article(
        path: path, format: .plainText, title: title, author: author,
        sections: sections.enumerated().map { index, paragraphs in
            Section(
                heading: index == 0 ? nil : "Section \(index)", level: index == 0 ? 0 : 2,
                blocks: paragraphs.map { Block(kind: .paragraph, text: $0) })
        })
}

/// A stamp for tests.
func stamp(_ path: String, size: Int64 = 100, modified: Int64 = 1_700_000_000_000_000_000) -> FileStamp {
    FileStamp(path: path, size: size, modifiedNanoseconds: modified)
}
