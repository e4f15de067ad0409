import Foundation
import Testing

@testable import FolioKit

/// File names are bytes: a name that is not UTF-8 is found, walked and opened like any other,
/// and every name is shown without control characters.
@Suite struct PathBytesTests {
    /// `bytes` through a path string and back.
    private func roundTrip(_ bytes: [UInt8]) -> [UInt8] {
        PathBytes.bytes(PathBytes.string(bytes))
    }

    @Test("any bytes survive the trip to a path string and back, exactly")
    func generatedBytesRoundTrip() {
        var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        // Bytes weighted towards the interesting ones: UTF-8 lead and continuation bytes, F4
        // (the escape scalars' lead), and ASCII.
        let alphabet: [UInt8] = [0x61, 0x2F, 0x2E, 0x80, 0x8F, 0xBA, 0xBF, 0xC2, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFE, 0xFF]
        for _ in 0..<5000 {
            let count = Int(random.next() % 12)
            let bytes = (0..<count).map { _ in
                random.next() % 3 == 0 ? UInt8(truncatingIfNeeded: random.next() % 255 + 1) : alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            #expect(roundTrip(bytes) == bytes, "\(bytes)")
        }
    }

    @Test("bytes that are not UTF-8 are kept; valid UTF-8 reads as itself")
    func examples() {
        let cases: [[UInt8]] = [
            Array("bad".utf8) + [0xFF, 0xFE] + Array(".txt".utf8),
            [0xC0, 0x80],  // overlong NUL
            [0xED, 0xA0, 0x80],  // a UTF-16 surrogate
            [0xE2, 0x82],  // cut short
            [0xF4, 0x8F, 0xBA, 0x80],  // valid UTF-8 of U+10FE80, an escape scalar itself
        ]
        for bytes in cases { #expect(roundTrip(bytes) == bytes, "\(bytes)") }
        #expect(PathBytes.string(Array("notes/é 日本.md".utf8)) == "notes/é 日本.md")
        #expect(PathBytes.string(Array("bad".utf8) + [0xFF, 0xFE] + Array(".txt".utf8)) != "bad\u{FFFD}\u{FFFD}.txt")
    }

    @Test("a name is shown with its odd bytes as \\xff and its control characters as symbols")
    func escapedForPeople() {
        let bad = PathBytes.string(Array("dir/bad".utf8) + [0xFF, 0xFE] + Array(".txt".utf8))
        #expect(PathBytes.escaped(bad) == "dir/bad\\xff\\xfe.txt")
        #expect(PathBytes.text(bad) == "dir/bad\\xff\\xfe.txt")
        #expect(PathBytes.escaped("fake:1: injected\n.txt") == "fake:1: injected␊.txt")
        #expect(PathBytes.escaped("x\u{1B}]0;PWNED\u{07}\u{7F}.txt") == "x␛]0;PWNED␇␡.txt")
        #expect(PathBytes.escaped("a\u{202E}b\u{9B}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(PathBytes.escaped("plain/é.txt") == "plain/é.txt")
        // Text for programs keeps control characters (JSON escapes them its own way).
        #expect(PathBytes.text("a\u{1B}b") == "a\u{1B}b")
    }

    @Test("a file whose name is not UTF-8 is listed by the walk and opened by the loader")
    func nonUTF8FileIsWalkedAndOpened() throws {
        let folder = NSTemporaryDirectory() + "folio-bytes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = Array("bad".utf8) + [0xFF, 0xFE] + Array(".txt".utf8)
        let path = Array(folder.utf8) + [0x2F] + name
        let descriptor = (path + [0]).withUnsafeBytes { open($0.bindMemory(to: CChar.self).baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        #expect(descriptor >= 0)
        _ = Array("A title\n\nThe text of a file with a name that is not UTF-8.\n".utf8).withUnsafeBytes {
            write(descriptor, $0.baseAddress, $0.count)
        }
        close(descriptor)

        var walk = ArticleWalk([folder])
        let files = walk.rest()
        #expect(walk.errors.isEmpty)
        #expect(files.map(PathBytes.bytes) == [path])
        let articles = try ArticleLoader.load(try #require(files.first))
        #expect(articles.first?.title == "A title")
        // The same path, as a command-line argument's bytes would give it.
        #expect(try ArticleLoader.load(PathBytes.string(path)).count == 1)
        // Errors name it escaped.
        let missing = PathBytes.string(Array(folder.utf8) + Array("/gone".utf8) + [0xFF] + Array(".txt".utf8))
        #expect(throws: LoadError.unreadable(path: missing, reason: "no such file or directory")) { try ArticleLoader.load(missing) }
        #expect(LoadError.unreadable(path: missing, reason: "x").description == "cannot read '\(folder)/gone\\xff.txt': x")
    }

    @Test("a folder that cannot be read is named in the walk's errors, and the walk goes on")
    func unreadableFolderIsNamed() throws {
        let folder = NSTemporaryDirectory() + "folio-unreadable-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a.txt", "gone/b.txt", "z.txt"] {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("Title\n\nText.\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        var walk = ArticleWalk([folder])
        #expect(walk.next(1) == [folder + "/a.txt"])
        // The subfolder goes between its listing and its reading: opendir fails, as for a
        // folder without read permission (which root, running these tests, could still read).
        try FileManager.default.removeItem(atPath: folder + "/gone")
        #expect(walk.rest() == [folder + "/z.txt"])
        #expect(walk.errors == [.unreadable(path: folder + "/gone", reason: "no such file or directory")])
    }
}
