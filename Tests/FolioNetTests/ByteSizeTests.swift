import Testing

@testable import FolioNet

/// Sizes as `--max-size` takes them and as error lines say them.
@Suite struct ByteSizeTests {
    @Test("sizes with K, M and G (binary), with or without B", arguments: [
        ("500", 500), ("512K", 512 << 10), ("20M", 20 << 20), ("20mb", 20 << 20), ("1G", 1 << 30), (" 3 M ", 3 << 20),
    ])
    func parses(text: String, bytes: Int) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test("what is not a size", arguments: ["", "M", "0", "-5", "1.5M", "20X", "99999999999999999999G"])
    func refuses(text: String) {
        #expect(ByteSize.parse(text) == nil)
    }

    @Test("sizes in words")
    func text() {
        #expect(ByteSize.text(20 << 20) == "20 MB")
        #expect(ByteSize.text(512 << 10) == "512 KB")
        #expect(ByteSize.text(1 << 30) == "1 GB")
        #expect(ByteSize.text(1500) == "1500 bytes")
    }
}
