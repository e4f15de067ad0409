import FolioKit
import FuzzInvariants

/// Loads the input as a file named with one of the extensions folio knows (or none): the check
/// for binary and empty input, format detection and the chosen reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let path = input.pick(["a.txt", "a.md", "a.html", "a.xml", "a", "-"])
    let format = FormatDetector.format(of: input.bytes, path: path)
    let articles: [Article]
    do {
        articles = try ArticleLoader.load(bytes: input.bytes, path: path)
    } catch {
        let binary = input.bytes.prefix(8192).contains(0)
        let blank = input.bytes.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
        ArticleInvariants.require(binary || blank, "rejected as \(error) though neither binary nor blank")
        return 0
    }
    ArticleInvariants.require(format == .feed || articles.count == 1, "\(articles.count) articles read as \(format)")
    for article in articles {
        ArticleInvariants.require(article.format == format, "detected \(format), read as \(article.format)")
        ArticleInvariants.check(article, width: input.width)
    }
    return 0
}
