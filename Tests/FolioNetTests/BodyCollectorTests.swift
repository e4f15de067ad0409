import NIOCore
import Testing

@testable import FolioNet

/// A body gathered in chunks, held to its limit.
@Suite struct BodyCollectorTests {
    private func buffer(_ bytes: some Sequence<UInt8>) -> ByteBuffer { ByteBuffer(bytes: Array(bytes)) }

    @Test("pieces of any size come back as one body, in order, across chunks")
    func joins() throws {
        var collector = BodyCollector(limit: 5 << 20, expectedLength: nil)
        var expected: [UInt8] = []
        for size in [1, 1000, BodyCollector.chunkSize - 1001, 2, BodyCollector.chunkSize + 17, 0, 5] {
            let piece = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
            try collector.append(buffer(piece))
            expected += piece
        }
        #expect(collector.count == expected.count)
        #expect(collector.bytes() == expected)
    }

    @Test("a declared length fills one chunk")
    func declaredLength() throws {
        var collector = BodyCollector(limit: 100, expectedLength: 10)
        try collector.append(buffer(0..<6))
        try collector.append(buffer(6..<10))
        #expect(collector.bytes() == Array(0..<10))
    }

    @Test("the byte past the limit throws tooLarge")
    func limit() throws {
        var collector = BodyCollector(limit: 10, expectedLength: nil)
        try collector.append(buffer(0..<10))
        #expect(throws: FetchError.tooLarge(limit: 10)) { try collector.append(buffer([1])) }
    }
}
