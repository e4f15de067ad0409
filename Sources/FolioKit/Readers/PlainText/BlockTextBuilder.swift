/// Builds a block's text from its source lines: lines joined with one space, each line's
/// start recorded as a `SourceSegment`.
struct BlockTextBuilder {
    /// The cleaned UTF-8 text.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The scanned lines of `bytes`.
    let lines: [ScannedLine]
    /// Reused between blocks to avoid an allocation per block.
    private var buffer: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, lines: [ScannedLine]) {
        self.bytes = bytes
        self.lines = lines
    }

    /// The block for a body item.
    mutating func block(for item: PlainTextBody.Item) -> Block {
        buffer.removeAll(keepingCapacity: true)
        var source: [SourceSegment] = []
        source.reserveCapacity(item.lines.count)
        for index in item.lines {
            let line = lines[index]
            let isFirst = index == item.lines.lowerBound
            let start = isFirst ? item.firstTextStart : line.textStart
            if !isFirst { buffer.append(0x20) }
            source.append(
                SourceSegment(
                    textOffset: buffer.count, line: line.number, column: isFirst ? item.firstColumn : line.column))
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<line.textEnd]))
        }
        return Block(kind: item.kind, text: String(decoding: buffer, as: UTF8.self), source: source)
    }
}
