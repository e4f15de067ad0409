import Foundation

/// Finds every hit of a query in an article: title, byline, headings and blocks, in reading
/// order. Dropped debris is not part of the article, so it is never searched.
public struct ArticleSearch: Sendable {
    /// The query being run.
    public let query: SearchQuery
    private let regex: NSRegularExpression

    /// Compiles a query; throws `SearchError.invalidRegex` for a bad regular expression.
    public init(_ query: SearchQuery) throws(SearchError) {
        self.query = query
        var pattern = query.isRegex ? query.pattern : NSRegularExpression.escapedPattern(for: query.pattern)
        if query.wholeWord { pattern = "(?<![\\p{L}\\p{N}_\\p{M}])(?:\(pattern))(?![\\p{L}\\p{N}_\\p{M}])" }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: query.ignoresCase ? [.caseInsensitive] : [])
        } catch {
            throw .invalidRegex(error.localizedDescription)
        }
    }

    /// Every hit in the article, in reading order.
    public func hits(in article: Article) -> [SearchHit] {
        var result: [SearchHit] = []
        result += hits(in: article.title, place: .title)
        if let byline = article.header.bylineLine?.text { result += hits(in: byline, place: .byline) }
        for (sectionIndex, section) in article.sections.enumerated() {
            if let heading = section.heading { result += hits(in: heading, place: .heading(section: sectionIndex)) }
            for (blockIndex, block) in section.blocks.enumerated() {
                result += hits(in: block.text, place: .block(section: sectionIndex, block: blockIndex))
            }
        }
        return result
    }

    /// Every hit in one piece of text, as UTF-8 ranges.
    public func hits(in text: String, place: TextPlace) -> [SearchHit] {
        guard !query.pattern.isEmpty else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            guard match.range.length > 0, let range = Range(match.range, in: text) else { return nil }
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
            return SearchHit(place: place, range: start..<end)
        }
    }
}
