import Testing

@testable import FolioNet

/// Sizes as error lines say them.
@Suite struct ByteSizeTests {
    @Test("sizes in words")
    func text() {
        #expect(ByteSize.text(20 << 20) == "20 MB")
        #expect(ByteSize.text(512 << 10) == "512 KB")
        #expect(ByteSize.text(1 << 30) == "1 GB")
        #expect(ByteSize.text(1500) == "1500 bytes")
    }
}
