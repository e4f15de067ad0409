/// Counts words the way `wc -w` does: runs of bytes that are not ASCII white space.
public enum WordCounter {
    /// The number of words in `text`.
    public static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { count($0) }
    }

    /// The number of words in UTF-8 bytes: the bytes that are not space but follow one (or
    /// start the text). Branch-free, as word boundaries are too frequent to predict.
    public static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var previousSpace = 1
        for byte in bytes {
            let value = Int(byte)
            let space = (value == 0x20 ? 1 : 0) | ((value &- 0x09) & 0xFF <= 4 ? 1 : 0)
            count &+= previousSpace & (space ^ 1)
            previousSpace = space
        }
        return count
    }
}
