import FolioKit
import FuzzInvariants

/// Loads the input as a file named with one of the extensions folio knows (or none): the check
/// for binary, empty and entity-bomb input, format detection and the chosen reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let path = input.pick(["a.txt", "a.md", "a.html", "a.xml", "a", "-"])
    let articles: [Article]
    let format: ArticleFormat
    do {
        // UTF-16 and UTF-32 are decoded first; the format is the decoded text's.
        format = FormatDetector.format(of: try ArticleLoader.text(input.bytes, path: path), path: path)
        articles = try ArticleLoader.load(bytes: input.bytes, path: path)
    } catch {
        switch error {
        case .binary:
            // A NUL character in the first 8 KiB: of the bytes, or of UTF-16 or UTF-32 text once
            // decoded (which fits more characters in 8 KiB than the bytes did).
            let wide = [[0xFF, 0xFE], [0xFE, 0xFF], [0, 0, 0xFE, 0xFF]].contains { input.bytes.starts(with: $0) }
            ArticleInvariants.require(FileHead.isBinary(input.bytes) || wide, "rejected as binary, but no NUL character starts it")
        case .empty:
            let blank = input.bytes.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
            ArticleInvariants.require(blank, "rejected as empty, but not blank")
        case .entityBomb:
            // Checked on the decoded text: UTF-16 and UTF-32 markup holds NUL bytes.
            let declares = EntityExpansion.exceedsLimit(input.bytes) || input.bytes.contains(0)
            ArticleInvariants.require(declares, "rejected as an entity bomb, but declares no entity past the limit")
        case .unreadable, .tooLarge:
            // A fuzz input is far below the default size limit, and bytes in memory are read.
            ArticleInvariants.require(false, "bytes in memory rejected as \(error)")
        }
        return 0
    }
    ArticleInvariants.require(format == .feed || articles.count == 1, "\(articles.count) articles read as \(format)")
    for article in articles {
        ArticleInvariants.require(article.format == format, "detected \(format), read as \(article.format)")
        ArticleInvariants.check(article, width: input.width)
    }
    return 0
}
