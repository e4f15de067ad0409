/// Sixteen bytes at a time, for the scans that look at every byte (search, UTF-8 checks).
///
/// The standard library's `any` and `all` on SIMD masks are not inlined on Linux and cost more
/// than the compare itself; the mask is read here as two 64-bit words instead, each lane one
/// byte (0xFF where true).
enum ByteBlock {
    typealias Bytes = SIMD16<UInt8>

    /// Bytes per block.
    static let size = 16

    /// The 16 bytes at `offset` from `base`, at any alignment.
    @inline(__always)
    static func load(_ base: UnsafeRawPointer, at offset: Int) -> Bytes {
        base.loadUnaligned(fromByteOffset: offset, as: Bytes.self)
    }

    /// A mask's lanes as two words: byte `i` of the pair is 0xFF when lane `i` is true.
    @inline(__always)
    static func words(_ mask: SIMDMask<SIMD16<Int8>>) -> (low: UInt64, high: UInt64) {
        unsafeBitCast(mask, to: (UInt64, UInt64).self)
    }

    /// Calls `body` with each true lane of `mask`, in order, until it returns false.
    @inline(__always)
    static func forEachLane(of mask: SIMDMask<SIMD16<Int8>>, _ body: (Int) -> Bool) {
        let (low, high) = words(mask)
        for (word, offset) in [(low, 0), (high, 8)] {
            var rest = word
            while rest != 0 {
                let lane = rest.trailingZeroBitCount / 8
                guard body(offset + lane) else { return }
                rest &= ~(UInt64(0xFF) << UInt64(lane * 8))
            }
        }
    }
}
