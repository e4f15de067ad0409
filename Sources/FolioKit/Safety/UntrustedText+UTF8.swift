extension UntrustedText {
    /// The scalar that starts at `index` of valid UTF-8 `text`, and how many bytes it takes;
    /// nil where no whole scalar starts there.
    public static func scalar(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = text[index]
        guard lead < 0x80 || (0xC2...0xF4).contains(lead) else { return nil }
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= text.count else { return nil }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let byte = text[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Appends valid UTF-8 `text` to `output`, each character as plain text `destination`
    /// (`.line` or `.lines`) has it: kept, shown as another character, or dropped. (What
    /// the policy escapes or refuses in the other outputs, should one be given, shows as U+FFFD.)
    public static func append(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], as destination: Output) {
        var index = 0
        var runStart = 0
        while index < text.count {
            guard mayChange(leadByte: text[index], for: destination), let decoded = scalar(at: index, in: text) else {
                index += 1
                continue
            }
            let replacement: Unicode.Scalar?
            switch treatment(of: decoded.scalar, for: destination) {
            case .kept:
                index += decoded.length
                continue
            case .shown(let shown): replacement = shown
            case .dropped: replacement = nil
            case .escaped, .refused: replacement = "\u{FFFD}"
            }
            if index > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            if let replacement { UTF8.encode(replacement) { output.append($0) } }
            index += decoded.length
            runStart = index
        }
        if text.count > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...])) }
    }
}
