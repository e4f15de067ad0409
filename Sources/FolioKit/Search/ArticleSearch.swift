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

    /// Every hit in the article, in reading order (as far as `boundedHits(in:)` gets).
    public func hits(in article: Article) -> [SearchHit] { boundedHits(in: article).hits }

    /// Every hit in the article, in reading order, and whether the search got to the end: a
    /// regular expression that runs out of its `SearchBudget` (about half a second for the
    /// article, see there) stops with the hits found so far, and so does a search
    /// `isCancelled` says is no longer wanted.
    public func boundedHits(
        in article: Article, isCancelled: @escaping @Sendable () -> Bool = { false }
    ) -> (hits: [SearchHit], finished: Bool) {
        var budget = SearchBudget(isCancelled: isCancelled)
        var result: [SearchHit] = []
        func add(_ text: String, _ place: TextPlace) {
            guard !budget.isExhausted else { return }
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
        return (result, !budget.isExhausted)
    }

    /// Every hit in one piece of text, as UTF-8 ranges.
    public func hits(in text: String, place: TextPlace) -> [SearchHit] {
        ranges(in: text).map { SearchHit(place: place, range: $0) }
    }

    /// The UTF-8 byte ranges of every hit in `text` (a regular expression within a
    /// `SearchBudget` of its own).
    public func ranges(in text: String) -> [Range<Int>] {
        var budget = SearchBudget()
        return ranges(in: text, budget: &budget)
    }

    private func ranges(in text: String, budget: inout SearchBudget) -> [Range<Int>] {
        switch matcher {
        case .nothing:
            return []
        case .regex(let regex):
            return regex.ranges(in: text, budget: &budget)
        case .literal(let literal):
            // A literal search cannot run away: only whether it is still wanted is checked.
            guard budget.beginLiteral() else { return [] }
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
