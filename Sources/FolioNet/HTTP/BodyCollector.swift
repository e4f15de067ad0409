import NIOCore

/// A response body gathered as it arrives, held to a size limit.
///
/// The bytes go into chunks of 1 MiB (or one chunk of the declared length), joined once at the
/// end: a body of n bytes never takes more than n plus a chunk while it is read, where an array
/// grown by doubling would copy itself at each step and hold half as much again for a moment.
struct BodyCollector {
    /// The size of a chunk when the length is not known.
    static let chunkSize = 1 << 20

    /// The most bytes accepted.
    let limit: Int
    /// The bytes gathered so far.
    private(set) var count = 0
    private var chunks: [[UInt8]] = []
    private var nextChunkSize: Int

    /// A collector of at most `limit` bytes; `expectedLength` (a `Content-Length`) sizes the
    /// first chunk.
    init(limit: Int, expectedLength: Int?) {
        self.limit = limit
        nextChunkSize = expectedLength.map { min(max($0, 1), limit) } ?? min(Self.chunkSize, limit)
    }

    /// Adds `buffer`'s bytes; throws `tooLarge` when they pass the limit.
    mutating func append(_ buffer: ByteBuffer) throws(FetchError) {
        guard count + buffer.readableBytes <= limit else { throw .tooLarge(limit: limit) }
        count += buffer.readableBytes
        buffer.withUnsafeReadableBytes { raw in
            var rest = raw[...]
            while !rest.isEmpty {
                if chunks.isEmpty || chunks[chunks.count - 1].count == chunks[chunks.count - 1].capacity {
                    var chunk: [UInt8] = []
                    chunk.reserveCapacity(nextChunkSize)
                    chunks.append(chunk)
                    nextChunkSize = Self.chunkSize
                }
                let last = chunks.count - 1
                let room = chunks[last].capacity - chunks[last].count
                chunks[last].append(contentsOf: rest.prefix(room))
                rest = rest.dropFirst(room)
            }
        }
    }

    /// The whole body.
    mutating func bytes() -> [UInt8] {
        if chunks.count == 1 { return chunks.removeFirst() }
        var body: [UInt8] = []
        body.reserveCapacity(count)
        for chunk in chunks { body += chunk }
        chunks = []
        return body
    }
}
