/// A conservative check on a file's raw bytes: can a query hit anywhere in the article read
/// from it?
///
/// The plain-text reader changes only white space (joining wrapped lines, dropping
/// indentation), decodes non-UTF-8 files as Windows-1252 (which keeps ASCII bytes), and may
/// make the title from the file's path. So every ASCII run of the query without white space
/// appears in the raw bytes, or its letters and digits in the path, whenever the article has
/// a hit. The check
/// looks for the longest such run; queries with none (all non-ASCII) and regular
/// expressions always pass. Both sides are matched composed (`LiteralMatcher`), as the search
/// itself does, so a run the composition makes (the Kelvin sign's `K`) is found too.
struct FilePrescan: Sendable {
    private let token: LiteralMatcher?
    /// The longest run of ASCII letters and digits in the token, looked for in the path.
    private let nameToken: LiteralMatcher?

    init(_ query: SearchQuery) {
        guard !query.isRegex else {
            token = nil
            nameToken = nil
            return
        }
        // Hits are found in composed text: the runs are those of the composed pattern.
        let bytes = Array(CanonicalComposition.composed(query.pattern).utf8)
        let isWhole: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x7F }
        let run = Self.longestRun(in: bytes, where: isWhole)
        token = run.isEmpty ? nil : LiteralMatcher(String(decoding: run, as: UTF8.self), ignoresCase: query.ignoresCase, wholeWord: false)
        let isAlphanumeric: (UInt8) -> Bool = { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
        let name = Self.longestRun(in: run, where: isAlphanumeric)
        nameToken = name.isEmpty ? nil : LiteralMatcher(String(decoding: name, as: UTF8.self), ignoresCase: true, wholeWord: false)
    }

    /// False only when the file cannot give a hit.
    func mightMatch(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Bool {
        guard let token else { return true }
        if !token.ranges(in: bytes, limit: 1).isEmpty { return true }
        guard let nameToken else { return true }
        var name = path
        return name.withUTF8 { !nameToken.ranges(in: $0, limit: 1).isEmpty }
    }

    private static func longestRun(in bytes: [UInt8], where belongs: (UInt8) -> Bool) -> [UInt8] {
        var best = 0..<0
        var start = 0
        for index in 0...bytes.count {
            if index < bytes.count, belongs(bytes[index]) { continue }
            if index - start > best.count { best = start..<index }
            start = index + 1
        }
        return Array(bytes[best])
    }
}
