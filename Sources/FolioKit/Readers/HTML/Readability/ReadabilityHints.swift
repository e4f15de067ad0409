/// The class/id hints Readability uses to tell content from clutter, matched as lowercase
/// substrings of an element's `class` and `id` (no regular expressions).
enum ReadabilityHints {
    /// Clutter: removed before scoring unless `maybeCandidate` also matches.
    static let unlikely = BytePatterns([
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
        "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
        "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote",
    ])
    /// Words that save an element the unlikely hints would remove.
    static let maybeCandidate = BytePatterns([
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    ])
    /// Content hints: +25 to the class weight.
    static let positive = BytePatterns([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
        "post", "text", "blog", "story",
    ])
    /// Clutter hints: -25 to the class weight.
    static let negative = BytePatterns([
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
    ])
    /// Byline hints.
    static let byline = BytePatterns(["byline", "author", "dateline", "writtenby", "p-author"])
    /// Share widgets, removed from the article when short.
    static let share = BytePatterns(["share", "sharedaddy"])

    /// ARIA roles of page furniture.
    static let unlikelyRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    ]

    /// Readability's class weight: ±25 for content/clutter hints in `class`, and again in `id`.
    static func classWeight(_ node: HTMLNode) -> Double {
        var weight = 0.0
        for value in [node.attribute("class"), node.attribute("id")] {
            guard let value, !value.isEmpty else { continue }
            let lowered = value.lowercased()
            if negative.matches(lowered) || hasHidToken(lowered) { weight -= 25 }
            if positive.matches(lowered) { weight += 25 }
        }
        return weight
    }

    /// The short `hid` class some sites use for hidden blocks, as a whole word.
    private static func hasHidToken(_ value: String) -> Bool {
        value.utf8.split(separator: 0x20).contains { $0.elementsEqual("hid".utf8) }
    }
}

/// A set of lowercase ASCII words searched for as substrings of UTF-8 text.
struct BytePatterns: Sendable {
    private let words: [[UInt8]]

    init(_ words: [String]) { self.words = words.map { Array($0.utf8) } }

    /// Whether any word occurs in `text`, ignoring ASCII case.
    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { haystack in words.contains { contains($0, in: haystack) } }
    }

    private func contains(_ word: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, haystack.count >= word.count else { return false }
        var index = 0
        let last = haystack.count - word.count
        while index <= last {
            if Self.lowered(haystack[index]) == first {
                var offset = 1
                while offset < word.count, Self.lowered(haystack[index + offset]) == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            index += 1
        }
        return false
    }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
