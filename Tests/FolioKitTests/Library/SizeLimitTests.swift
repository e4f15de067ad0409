import Foundation
import Testing

@testable import FolioKit

/// The size limit of files and standard input (`--max-file-size`): how sizes are written, and
/// that a file past the limit is refused without being read.
@Suite struct SizeLimitTests {
    static let written: [(String, Int)] = [
        ("100M", 100 << 20), ("100m", 100 << 20), ("100MB", 100 << 20), ("100MiB", 100 << 20), ("1G", 1 << 30),
        ("512K", 512 << 10), ("4096", 4096), ("4096b", 4096), (" 2g ", 2 << 30), ("1T", 1 << 40),
    ]

    @Test("sizes as people write them", arguments: written)
    func parsing(text: String, bytes: Int) {
        #expect(SizeLimit(parsing: text)?.bytes == bytes)
    }

    @Test("nonsense, zero and sizes that do not fit are refused", arguments: ["", "M", "0", "0M", "-1", "1.5G", "10Q", "1MM", "99999999999999999999"])
    func refused(text: String) {
        #expect(SizeLimit(parsing: text) == nil)
    }

    @Test func describedInTheLargestUnitThatDividesIt() {
        #expect(SizeLimit.standard.description == "100M")
        #expect(SizeLimit(bytes: 1 << 30).description == "1G")
        #expect(SizeLimit(bytes: 1536).description == "1536 bytes")
        #expect(SizeLimit(bytes: 3 << 10).description == "3K")
        #expect(SizeLimit(parsing: SizeLimit.standard.description) == .standard)
    }

    @Test("a file past the limit is refused with one line naming it; one at the limit is read")
    func fileOverTheLimit() throws {
        let folder = NSTemporaryDirectory() + "folio-limit-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/big.txt"
        let text = "Title\n\n" + String(repeating: "word ", count: 400) + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let limit = SizeLimit(bytes: text.utf8.count - 1)
        #expect(throws: LoadError.tooLarge(path: path, limit: limit)) { try ArticleLoader.load(path, limit: limit) }
        #expect(LoadError.tooLarge(path: path, limit: SizeLimit(bytes: 2048)).description
            == "'\(path)' is larger than 2K: not read (a larger --max-file-size reads it)")
        #expect(try ArticleLoader.load(path, limit: SizeLimit(bytes: text.utf8.count)).first?.title == "Title")
        #expect(throws: LoadError.tooLarge(path: path, limit: limit)) {
            try ArticleSearch(SearchQuery("word")).hitCounts(inFileAt: path, limit: limit)
        }
    }
}
