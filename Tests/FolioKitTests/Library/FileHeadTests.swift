import Foundation
import Testing

@testable import FolioKit

/// "Binary" is decided from a file's first bytes, and a binary file is never read whole.
@Suite struct FileHeadTests {
    private let folder = TemporaryFolder()

    /// A 4 GB sparse file costs no disk; read whole it would take 4 GB of memory (8 GB made
    /// folio abort). Its first bytes are NULs, so it is binary before the rest is read.
    @Test func aHugeSparseFileIsBinaryFromItsHead() throws {
        let path = try folder.file("sparse.txt", [])
        defer { folder.remove() }
        let descriptor = open(path, O_WRONLY)
        #expect(descriptor >= 0)
        #expect(ftruncate(descriptor, 4 << 30) == 0)
        close(descriptor)
        #expect(throws: LoadError.binary(path: path)) { try ArticleLoader.load(path) }
        #expect(throws: LoadError.binary(path: path)) { try ArticleLoader.bytes(of: path) }
    }

    @Test func theHeadIsReadWithoutMovingTheOffset() throws {
        let text = Array(String(repeating: "words and more words\n", count: 1_000).utf8)
        let path = try folder.file("long.txt", text)
        defer { folder.remove() }
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        #expect(try FileHead.read(descriptor).get() == Array(text.prefix(FileHead.size)))
        #expect(lseek(descriptor, 0, SEEK_CUR) == 0)
        #expect(try FileHead.read(descriptor, size: 5).get() == Array("words".utf8))
    }

    @Test func nulCharactersDecideInTheEncodingTheMarkAnnounces() {
        #expect(FileHead.isBinary(Array("text".utf8) + [0] + Array("more".utf8)))
        #expect(!FileHead.isBinary(Array("plain text".utf8)))
        // UTF-16 and UTF-32 text is full of NUL bytes, but holds no NUL character.
        #expect(!FileHead.isBinary([0xFF, 0xFE] + Array("text".utf16).flatMap { [UInt8($0), 0] }))
        #expect(!FileHead.isBinary([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41]))
        #expect(FileHead.isBinary([0xFE, 0xFF, 0x00, 0x41, 0x00, 0x00, 0x00, 0x42]))
        // Only the head counts: a NUL past it does not make a file binary.
        #expect(!FileHead.isBinary(Array(repeating: 0x61, count: FileHead.size) + [0]))
    }
}
