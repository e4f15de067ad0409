import FolioKit

/// Makes untrusted article text safe to print on a terminal, as `UntrustedText` has plain
/// text: control characters (C0, DEL, C1, so ESC, CSI, OSC and BEL too) become visible symbols
/// such as `␛`, and bidirectional overrides are dropped, so no escape sequence from an article
/// reaches the terminal.
enum SafeText {
    /// Appends `text` (valid UTF-8) to `output`, made safe as `UntrustedText` has plain text:
    /// newlines are kept when `keepsNewlines` is set; tabs become a space.
    static func append(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], keepsNewlines: Bool = false) {
        UntrustedText.append(text, to: &output, as: keepsNewlines ? .lines : .line)
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
}
