import FolioKit
import Foundation
import FuzzInvariants

/// Compiles the input's query and runs it on the input's text, as a string and as a plain-text
/// article, checking each hit and that the shortcuts `folio search` takes (the prescan of raw
/// bytes, the hit count without a parse) agree with the full search.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearch(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let fuzz = FuzzInput(data, size)
    let input = SearchInput(fuzz.bytes)
    // Regular expressions can backtrack for exponential time; keep their texts short.
    if input.query.isRegex && input.text.count > 512 { return 0 }
    let search: ArticleSearch
    do {
        search = try ArticleSearch(input.query)
    } catch {
        ArticleInvariants.require(input.query.isRegex, "a literal query failed: \(error)")
        return 0
    }
    let text = String(decoding: input.text, as: UTF8.self)
    let ranges = search.ranges(in: text)
    SearchChecks.requireHits(ranges, in: text, for: input.query)
    if !input.query.isRegex { SearchChecks.requireSameAsRegex(ranges, in: text, for: input.query) }

    let path = "fuzz.txt"
    let article = PlainTextReader.read(input.text, path: path)
    let hits = search.hits(in: article)
    let layout = ArticleLayout(article: article, width: fuzz.width, today: ArticleInvariants.today)
    SearchChecks.requireShown(hits, in: layout)
    input.text.withUnsafeBufferPointer { bytes in
        if !search.mightMatch(fileBytes: bytes, path: path) {
            ArticleInvariants.require(hits.isEmpty, "the prescan ruled out a file with \(hits.count) hits")
        }
        if let count = search.plainTextHitCount(in: bytes) {
            ArticleInvariants.require(count == hits.count, "plainTextHitCount says \(count), the article has \(hits.count) hits")
        }
    }
    return 0
}
