/// Counts words the way `wc -w` does: runs of bytes that are not ASCII white space.
public enum WordCounter {
    /// The number of words in `text`.
    public static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if space {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
