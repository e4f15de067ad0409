import Foundation
import Testing

@testable import FolioKit

/// Folders read with `readdir`, whatever the length of their names: a `dirent` record is as long
/// as its name, so reading one as a whole struct reads past the kernel's buffer (under
/// AddressSanitizer, the walk of a folder of thousands of files stopped folio).
@Suite struct DirectoryEntryTests {
    @Test("every file of a folder of 3,000 names of every length is walked, listed and named exactly")
    func namesOfEveryLength() throws {
        let folder = NSTemporaryDirectory() + "folio-entries-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var expected: [String] = []
        for number in 0..<3_000 {
            let name = String(repeating: "n", count: number % 200) + "\(number).txt"
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("Title\n\nText.\n".utf8)))
            expected.append(folder + "/" + name)
        }
        var walk = ArticleWalk([folder])
        #expect(walk.rest() == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(FolderNames.names(in: folder).sorted() == expected.map { ($0 as NSString).lastPathComponent }.sorted())
    }
}
