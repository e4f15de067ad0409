/// Finds the article in a web page the way Mozilla's Readability does: drop clutter, score
/// paragraphs by length and commas, hand the scores to their parents and grandparents, weigh
/// candidates by class hints and link density, take the best one with its related siblings,
/// then clean what was taken.
struct ArticleExtractor {
    /// The article found: a detached `div` in `tree` holding the content, and a byline seen
    /// in the content (removed from it), if any.
    struct Result {
        var tree: HTMLTree
        var article: Int
        var byline: String?
    }

    /// Readability's passes: each retry drops one more filter when too little text was found.
    struct Flags: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Flags(rawValue: 1)
        static let weightClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let all: Flags = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    /// Text shorter than this makes Readability retry with fewer filters.
    static let minimumTextLength = 500

    /// Extracts the article from `tree`; `title` is the page's title (headings repeating it
    /// are dropped). The first pass works on `tree` itself (no copy); a retry asks `reparse`
    /// for a fresh tree, which is rarer and cheaper than copying every page.
    static func extract(from tree: consuming HTMLTree, title: String, reparse: () -> HTMLTree) -> Result {
        var flags = Flags.all
        var best: (result: Result, length: Int)?
        var unused: HTMLTree? = consume tree
        while true {
            var pass = ReadabilityPass(tree: unused ?? reparse(), title: title, flags: flags)
            unused = nil
            let article = pass.grabArticle()
            let result = Result(tree: pass.tree, article: article, byline: pass.byline)
            let length = pass.tree.innerTextLength(article)
            if length >= minimumTextLength { return result }
            if best.map({ length > $0.length }) ?? true { best = (result, length) }
            if flags.contains(.stripUnlikely) {
                flags.remove(.stripUnlikely)
            } else if flags.contains(.weightClasses) {
                flags.remove(.weightClasses)
            } else if flags.contains(.cleanConditionally) {
                flags.remove(.cleanConditionally)
            } else {
                return best?.result ?? result
            }
        }
    }
}
