/// A small deterministic random number generator for generated test inputs (xorshift64; the
/// state must not be 0).
struct XorShift {
    var state: UInt64

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
