/// Makes untrusted article text safe to print on a terminal: control characters (C0, DEL,
/// C1, so ESC, CSI, OSC and BEL too) become visible symbols such as `␛`, and bidirectional
/// overrides are dropped, so no escape sequence from an article reaches the terminal.
enum SafeText {
    /// Appends `text` (valid UTF-8) to `output`, made safe. Newlines are kept when
    /// `keepsNewlines` is set; tabs become a space.
    static func append(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], keepsNewlines: Bool = false) {
        var index = 0
        var runStart = 0
        func flush(upTo end: Int) {
            if end > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<end])) }
        }
        while index < text.count {
            let byte = text[index]
            var length = 1
            var replacement: UInt32?
            switch byte {
            case 0x0A where keepsNewlines:
                index += 1
                continue
            case 0x09:
                replacement = 0x20
            case 0x00..<0x20:
                replacement = 0x2400 + UInt32(byte)  // ␀ … ␟; ESC shows as ␛
            case 0x7F:
                replacement = 0x2421  // ␡
            case 0xC2 where index + 1 < text.count && (0x80...0x9F).contains(text[index + 1]):
                replacement = 0xFFFD  // a C1 control: CSI, OSC, …
                length = 2
            case 0xE2 where index + 2 < text.count && isBidiControl(text[index + 1], text[index + 2]):
                length = 3  // dropped
            default:
                index += 1
                continue
            }
            flush(upTo: index)
            if let replacement, let scalar = Unicode.Scalar(replacement) {
                UTF8.encode(scalar) { output.append($0) }
            }
            index += length
            runStart = index
        }
        flush(upTo: text.count)
    }

    /// Appends `text` made safe.
    static func append(_ text: some StringProtocol, to output: inout [UInt8], keepsNewlines: Bool = false) {
        var copy = Substring(text)
        copy.withUTF8 { append($0, to: &output, keepsNewlines: keepsNewlines) }
    }

    /// `text` made safe, as a string.
    static func string(_ text: some StringProtocol, keepsNewlines: Bool = false) -> String {
        var output: [UInt8] = []
        append(text, to: &output, keepsNewlines: keepsNewlines)
        return String(decoding: output, as: UTF8.self)
    }

    /// U+202A–U+202E and U+2066–U+2069, after their lead byte E2.
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }
}
