import CZlib

/// A gzip body that inflates to 1 GiB of zeros from about 1 MB: 1,024 copies of one deflate
/// segment of 1 MiB of zeros (each ends on a full flush, so the copies chain), a final empty
/// block and the true CRC and length. Built in a few milliseconds.
enum GzipBomb {
    /// The inflated size.
    static let inflatedSize = 1 << 30

    static let bytes: [UInt8] = {
        let chunk = [UInt8](repeating: 0, count: 1 << 20)
        let segment = deflate(chunk, flush: Z_FULL_FLUSH)
        let end = deflate([], flush: Z_FINISH)
        // The CRC of 1 GiB of zeros, by doubling the CRC of 1 MiB.
        var crc = chunk.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        var length = chunk.count
        while length < inflatedSize {
            crc = crc32_combine(crc, crc, off_t(length))
            length *= 2
        }
        var body: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        body.reserveCapacity(10 + segment.count * 1024 + end.count + 8)
        for _ in 0..<(inflatedSize / chunk.count) { body += segment }
        body += end
        for value in [UInt32(crc), UInt32(truncatingIfNeeded: inflatedSize)] {
            body += (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
        }
        return body
    }()

    /// Raw deflate of `input` in a fresh stream, ended with `flush`.
    private static func deflate(_ input: [UInt8], flush: Int32) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: input.count / 100 + 1024)
        var input = input
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                CZlib.deflate(&stream, flush)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output[..<written])
    }
}
