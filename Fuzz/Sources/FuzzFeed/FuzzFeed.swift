import FolioKit
import FuzzInvariants

/// Reads the input as an RSS or Atom feed and checks every item's article and layout.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let result = FeedReader.read(input.bytes, path: "fuzz.xml")
    if let title = result.title { ArticleInvariants.requireLine(title, "feed title") }
    for warning in result.warnings { ArticleInvariants.requireLine(warning, "feed warning") }
    for article in result.articles {
        ArticleInvariants.require(article.format == .feed, "a feed item read as \(article.format)")
        ArticleInvariants.require(article.feed == result.title, "an item's feed is \(article.feed ?? "nil"), not the feed's title")
        ArticleInvariants.check(article, width: input.width)
    }
    return 0
}
