/// File names read as bytes.
enum FileName {
    /// The lower-case extension (ASCII letters folded) of the file name `name`: nil when the
    /// name has no dot past its first byte (`notes`, `.bashrc`), else the bytes after the
    /// last dot, possibly none.
    static func lowercasedExtension(ofName name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let dot = name.lastIndex(of: 0x2E), dot > 0 else { return nil }
        return name[(dot + 1)...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// `lowercasedExtension(ofName:)` of the last component of `path`.
    static func lowercasedExtension(ofPath path: String) -> [UInt8]? {
        var path = path
        return path.withUTF8 { bytes in
            let nameStart = bytes.lastIndex(of: 0x2F).map { $0 + 1 } ?? 0
            return lowercasedExtension(ofName: UnsafeBufferPointer(rebasing: bytes[nameStart...]))
        }
    }

    /// A title made of a file's name, for an article without one: `saved/my-page.html` →
    /// `my page` (the last extension dropped, `-` and `_` read as spaces), or `Untitled`; bytes
    /// that are not UTF-8 shown escaped (`\xff`).
    static func readableTitle(ofPath path: String) -> String {
        var path = PathBytes.text(path)
        return path.withUTF8 { bytes in
            let nameStart = bytes.lastIndex(of: 0x2F).map { $0 + 1 } ?? 0
            let name = bytes[nameStart...]
            let end = name.lastIndex(of: 0x2E).flatMap { $0 > nameStart ? $0 : nil } ?? bytes.count
            let words = name[..<end].map { $0 == 0x2D || $0 == 0x5F ? 0x20 : $0 }
            return words.isEmpty ? "Untitled" : String(decoding: words, as: UTF8.self)
        }
    }

    /// The folder part of `path`, as `dirname` gives it but empty for a bare name: `a/b/c` →
    /// `a/b`, `/a` → `/`, `name` → ``, trailing slashes ignored. (Foundation's
    /// `deletingLastPathComponent` traps on a one-character name such as `a`.)
    static func folder(ofPath path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var folder = trimmed[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }
}
