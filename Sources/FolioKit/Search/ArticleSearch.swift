import Foundation

/// Finds every hit of a query in an article: title, byline, headings and blocks, in reading
/// order. Dropped debris is not part of the article, so it is never searched; nor is the
/// dateline.
///
/// Literal queries match on UTF-8 bytes (memchr/memmem, with Unicode case folding and
/// canonical composition only for text that needs them); regular expressions use
/// NSRegularExpression. Both match canonically equivalent text alike (`CanonicalComposition`).
public struct ArticleSearch: Sendable {
    /// The query being run.
    public let query: SearchQuery
    let matcher: Matcher
    private let prescan: FilePrescan
    /// Whether the query is letters only, and whether it is ASCII (see `plainTextHitCount(in:)`).
    let isLettersOnly: Bool, isASCII: Bool

    enum Matcher: Sendable {
        case nothing
        case literal(LiteralMatcher)
        case regex(RegexMatcher)
    }

    /// Compiles a query; throws `SearchError.invalidRegex` for a bad regular expression.
    public init(_ query: SearchQuery) throws(SearchError) {
        self.query = query
        if query.pattern.isEmpty {
            matcher = .nothing
        } else if query.isRegex {
            matcher = .regex(try RegexMatcher(query.pattern, ignoresCase: query.ignoresCase, wholeWord: query.wholeWord))
        } else {
            matcher = .literal(LiteralMatcher(query.pattern, ignoresCase: query.ignoresCase, wholeWord: query.wholeWord))
        }
        prescan = FilePrescan(query)
        let composed = CanonicalComposition.composed(query.pattern)
        isLettersOnly = !composed.isEmpty && composed.allSatisfy { $0.isLetter }
        isASCII = composed.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Progress reports a regular expression may use on one article (or one text), beyond
    /// those of a plain scan of its text, before its search stops: about half a second of work
    /// (see `RegexMatcher.ranges(in:budget:)`).
    public static let regexBudget = 1_500

    /// Every hit in the article, in reading order (as far as `boundedHits(in:)` gets).
    public func hits(in article: Article) -> [SearchHit] { boundedHits(in: article).hits }

    /// Every hit in the article, in reading order, and whether the search got to the end: a
    /// regular expression that runs out of `regexBudget` stops with the hits found so far.
    public func boundedHits(in article: Article) -> (hits: [SearchHit], finished: Bool) {
        var budget = Self.regexBudget
        var result: [SearchHit] = []
        func add(_ text: String, _ place: TextPlace) {
            guard budget > 0 else { return }
            result += ranges(in: text, budget: &budget).map { SearchHit(place: place, range: $0) }
        }
        add(article.title, .title)
        if let byline = article.header.bylineLine?.text { add(byline, .byline) }
        for (sectionIndex, section) in article.sections.enumerated() {
            if let heading = section.heading { add(heading, .heading(section: sectionIndex)) }
            for (blockIndex, block) in section.blocks.enumerated() {
                add(block.text, .block(section: sectionIndex, block: blockIndex))
            }
        }
        return (result, budget > 0)
    }

    /// Every hit in one piece of text, as UTF-8 ranges.
    public func hits(in text: String, place: TextPlace) -> [SearchHit] {
        ranges(in: text).map { SearchHit(place: place, range: $0) }
    }

    /// The UTF-8 byte ranges of every hit in `text` (a regular expression within `regexBudget`).
    public func ranges(in text: String) -> [Range<Int>] {
        var budget = Self.regexBudget
        return ranges(in: text, budget: &budget)
    }

    private func ranges(in text: String, budget: inout Int) -> [Range<Int>] {
        switch matcher {
        case .nothing:
            return []
        case .regex(let regex):
            return regex.ranges(in: text, budget: &budget)
        case .literal(let literal):
            var text = text
            return text.withUTF8 { literal.ranges(in: $0) }
        }
    }

    /// False only when the raw bytes of the file at `path` cannot give a hit, whatever the
    /// reader makes of them: a fast check that lets a search over many files skip parsing.
    /// Only valid for formats whose text is the file's own bytes (plain text).
    public func mightMatch(fileBytes: UnsafeBufferPointer<UInt8>, path: String) -> Bool {
        if case .nothing = matcher { return false }
        return prescan.mightMatch(fileBytes, path: path)
    }
}
