import FolioKit
import Foundation
import FuzzInvariants

/// What every search result must satisfy.
enum SearchChecks {
    /// Hits are non-empty, in order, do not overlap and lie on scalar boundaries of `text`; a
    /// case-sensitive literal hit holds the pattern, both composed (a hit takes in the whole
    /// stretch of text its composition came from: `e` + U+0301 + U+0323 for `ẹ`).
    static func requireHits(_ ranges: [Range<Int>], in text: String, for query: SearchQuery) {
        let utf8 = Array(text.utf8)
        var previousEnd = 0
        for range in ranges {
            ArticleInvariants.require(!range.isEmpty && range.lowerBound >= previousEnd, "hit \(range) after \(previousEnd)")
            ArticleInvariants.require(ArticleInvariants.isBoundary(range.lowerBound, in: utf8) && ArticleInvariants.isBoundary(range.upperBound, in: utf8),
                                      "hit \(range) is not on scalar boundaries of \(utf8.count) bytes")
            previousEnd = range.upperBound
            if !query.isRegex && !query.ignoresCase {
                let hit = Array(CanonicalComposition.composed(String(decoding: utf8[range], as: UTF8.self)).utf8)
                let pattern = Array(CanonicalComposition.composed(query.pattern).utf8)
                let holds = hit.count >= pattern.count && (0...(hit.count - pattern.count)).contains { hit[$0..<$0 + pattern.count].elementsEqual(pattern) }
                ArticleInvariants.require(holds, "hit \(range) does not hold the pattern")
            }
        }
    }

    /// A literal query finds what the same text as an escaped regular expression finds, where
    /// the two agree on case and word characters: exact matching, or ASCII text and pattern.
    static func requireSameAsRegex(_ ranges: [Range<Int>], in text: String, for query: SearchQuery) {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 } && query.pattern.utf8.allSatisfy { $0 < 0x80 }
        guard ascii || (!query.ignoresCase && !query.wholeWord) else { return }
        var regexQuery = query
        regexQuery.isRegex = true
        regexQuery.pattern = NSRegularExpression.escapedPattern(for: query.pattern)
        regexQuery.caseSensitive = !query.ignoresCase
        guard let regex = try? ArticleSearch(regexQuery) else {
            fatalError("invariant broken: the escaped pattern \(regexQuery.pattern.debugDescription) does not compile")
        }
        let regexRanges = regex.ranges(in: text)
        ArticleInvariants.require(ranges == regexRanges, "literal \(query) finds \(ranges), as a regular expression \(regexRanges)")
    }

    /// Every hit lies in its place's text and the layout shows it: a line holds it and the
    /// columns to highlight lie within the width.
    static func requireShown(_ hits: [SearchHit], in layout: ArticleLayout) {
        for hit in hits {
            guard let text = layout.text(of: hit.place) else {
                fatalError("invariant broken: hit in \(hit.place), which the layout does not have")
            }
            ArticleInvariants.require(hit.range.upperBound <= text.utf8.count, "hit \(hit.range) beyond the \(text.utf8.count) bytes of \(hit.place)")
            guard let line = layout.line(of: hit.place, offset: hit.range.lowerBound) else {
                fatalError("invariant broken: no line shows the hit \(hit.range) in \(hit.place)")
            }
            if let columns = layout.columns(of: hit.range, onLine: line) {
                ArticleInvariants.require(columns.lowerBound >= 0 && columns.upperBound <= layout.width,
                                          "hit \(hit.range) in \(hit.place) highlights columns \(columns) at width \(layout.width)")
            }
        }
    }
}
