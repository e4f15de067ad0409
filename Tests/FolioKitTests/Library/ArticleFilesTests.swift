import Foundation
import Testing

@testable import FolioKit

/// Expanding command-line paths into article files.
@Suite struct ArticleFilesTests {
    private let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "folio-files-\(UUID().uuidString)"
        let files: [String: [UInt8]] = [
            "b.txt": Array("b".utf8), "a.md": Array("a".utf8), "sub/c.HTML": Array("c".utf8),
            "sub/deeper/d.rss": Array("d".utf8), "notes": Array("plain words\n".utf8),
            "data.json": Array("{}".utf8), "image.png": [0x89, 0x50, 0x4E, 0x47, 0, 0, 0],
            "blob": [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2], ".hidden/e.txt": Array("e".utf8),
        ]
        for (name, bytes) in files {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
    }

    private func expanded(_ paths: [String]) -> [String] {
        ArticleFiles.expand(paths).map { entry in
            switch entry {
            case .success(let path): return path.replacingOccurrences(of: folder + "/", with: "")
            case .failure(let error): return "error: " + error.description.replacingOccurrences(of: folder + "/", with: "")
            }
        }
    }

    @Test func folderGivesArticleFilesRecursivelySortedByPath() {
        #expect(expanded([folder]) == ["a.md", "b.txt", "notes", "sub/c.HTML", "sub/deeper/d.rss"])
    }

    @Test func fileIsTakenAsGivenAndOrderKept() {
        #expect(expanded([folder + "/data.json", folder + "/b.txt", "-"]) == ["data.json", "b.txt", "-"])
    }

    @Test func missingPathIsAnError() {
        #expect(expanded([folder + "/missing.txt", folder + "/b.txt"])
            == ["b.txt", "error: cannot read 'missing.txt': no such file or directory"])
    }

    @Test func pathBelowAFileIsAnError() {
        #expect(expanded([folder + "/b.txt/x.txt"]) == ["error: cannot read 'b.txt/x.txt': not a directory"])
    }

    @Test("the walk a few files at a time gives expand's order: whole paths by bytes, b.txt before b/x.txt")
    func walkInStepsKeepsPathOrder() throws {
        for name in ["b/x.txt", "b-c/y.txt", "a b.txt", "b0.md", "B/z.txt", "sub/c.txt", "sub.txt", "é.txt", "e/f/g/h.txt"] {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        }
        let byBytes = expanded([folder]).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(expanded([folder]) == byBytes)
        #expect(byBytes.firstIndex(of: "b.txt")! < byBytes.firstIndex(of: "b/x.txt")!)
        #expect(byBytes.firstIndex(of: "b-c/y.txt")! < byBytes.firstIndex(of: "b.txt")!)
        for step in [1, 2, 5] {
            var walk = ArticleWalk([folder, folder + "/b.txt", "-"])
            var files: [String] = []
            while !walk.isFinished { files += walk.next(step).map { $0.replacingOccurrences(of: folder + "/", with: "") } }
            #expect(files == byBytes + ["b.txt", "-"], "in steps of \(step)")
        }
    }

    @Test("a missing path is known before the walk hands out any file")
    func walkReportsBadPathsAtOnce() {
        var walk = ArticleWalk([folder, folder + "/missing.txt"])
        #expect(walk.errors.map(\.path) == [folder + "/missing.txt"])
        #expect(walk.next(1).count == 1)
        #expect(!walk.isFinished)
    }
}
