import Foundation
import Testing

@testable import FolioKit

/// Reading article files and rejecting what is not an article.
@Suite struct ArticleLoaderTests {
    private let folder = NSTemporaryDirectory() + "folio-loader-\(UUID().uuidString)"

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func loadError(_ path: String) -> LoadError? {
        do {
            _ = try ArticleLoader.load(path)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsATextFile() throws {
        let path = try file("a.txt", Array("A Title\n\nSome words here.\n".utf8))
        let articles = try ArticleLoader.load(path)
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article.format == .plainText)
        #expect(article.path == path)
        #expect(article.title == "A Title")
        #expect(article.allBlocks.map(\.block.text) == ["Some words here."])
    }

    @Test func nulBytesMakeABinaryFile() throws {
        let path = try file("x.bin", Array("text".utf8) + [0] + Array("more".utf8))
        #expect(loadError(path) == .binary(path: path))
        #expect(loadError(path)?.description == "'\(path)' is a binary file")
    }

    @Test func emptyAndBlankFilesAreEmpty() throws {
        let empty = try file("empty.txt", [])
        let blank = try file("blank.txt", Array(" \n\t\r\n".utf8))
        #expect(loadError(empty)?.description == "'\(empty)' is empty")
        #expect(loadError(blank) == .empty(path: blank))
    }

    @Test func missingFileSaysSo() {
        let path = folder + "/missing.txt"
        #expect(loadError(path)?.description == "cannot read '\(path)': no such file or directory")
    }

    @Test func folderIsNotReadAsAFile() throws {
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        #expect(loadError(folder + "/sub")?.description == "cannot read '\(folder)/sub': is a directory")
    }

    /// A FIFO with no writer would block a plain open; it must fail at once instead.
    @Test(.timeLimit(.minutes(5))) func fifoFailsWithoutHanging() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/pipe.txt"
        #expect(mkfifo(path, 0o644) == 0)
        #expect(loadError(path)?.description == "cannot read '\(path)': not a regular file")
    }

    @Test func invalidUTF8IsNotAnError() throws {
        let path = try file("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8, 0x6D, 0x65, 0x0A])
        #expect(loadError(path) == nil)
    }
}
