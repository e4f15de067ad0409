import FolioKit
import Foundation
import TestCorpus
import Testing

@testable import FolioStore

/// The hits a scan of `articles` finds for `query`: per path, the hit count (paths without hits left out).
private func scanHits(_ query: SearchQuery, in articles: [Article]) throws -> [String: Int] {
    let search = try ArticleSearch(query)
    var result: [String: Int] = [:]
    for article in articles {
        let count = search.hits(in: article).count
        if count > 0 { result[article.path] = count }
    }
    return result
}

@Suite struct TextIndexTests {
    @Test func candidatesAreRankedByBM25WithTitlesFirst() throws {
        let store = LibraryStore.disabled()
        let articles = [
            article("/once", title: "Notes", sections: [["The whale surfaced once near the boat."]]),
            article("/title", title: "Whale songs", sections: [["Recordings from the deep ocean."]]),
            article("/often", title: "Diary", sections: [["A whale, another whale, and a third whale passed the whale watchers."]]),
            article("/none", title: "Dolphins", sections: [["No large mammals here."]]),
        ]
        try store.index(articles.map { ($0, stamp($0.path)) })
        #expect(try store.candidates(forWords: "whale") == ["/title", "/often", "/once"])
        #expect(try store.candidates(forWords: "WHALE", limit: 2) == ["/title", "/often"])
        #expect(try store.candidates(forWords: "whale boat") == ["/once"])
        #expect(try store.candidates(forWords: "\"whale\" OR") == [])
        #expect(try store.candidates(forWords: "   ") == [])
    }

    @Test func authorAndDiacriticsAreIndexedAndReindexingReplaces() throws {
        let store = LibraryStore.disabled()
        var byline = article("/a", title: "Report", author: "Zoë Ångström", sections: [["Café culture."]])
        byline.header.bylineLine = SourceLine(line: 2, text: "by Zoë Ångström")
        try store.index(byline, stamp: stamp("/a"))
        #expect(try store.candidates(forWords: "zoe angstrom") == ["/a"])
        #expect(try store.candidates(forWords: "cafe") == ["/a"])

        let edited = article("/a", title: "Report", sections: [["Tea culture."]])
        try store.index(edited, stamp: stamp("/a", size: 90))
        #expect(try store.candidates(forWords: "cafe").isEmpty)
        #expect(try store.candidates(forWords: "tea") == ["/a"])
        #expect(try store.unindexed([stamp("/a"), stamp("/a", size: 90), stamp("/b")]) == [stamp("/a"), stamp("/b")])
    }

    @Test(arguments: [
        ("nato", true, false, true), ("NATO", true, false, true), ("climate change", true, false, true),
        ("2024", true, false, true), ("nato", false, false, false), ("na", true, false, false),
        ("nato*", true, false, false), ("nato", true, true, false), ("café", true, false, false),
        ("climate  change", true, false, false), (" nato", true, false, false), ("U.S.", true, false, false),
        ("self-help", true, false, false),
    ])
    func narrowingRule(pattern: String, wholeWord: Bool, isRegex: Bool, narrows: Bool) {
        #expect(LibraryStore.canNarrow(SearchQuery(pattern, wholeWord: wholeWord, isRegex: isRegex)) == narrows)
    }

    @Test func narrowedSearchFindsExactlyTheScansHits() throws {
        let texts = [
            "NATO’s summit and the senator's natoish plans.", "\u{FB01}nd the \u{FB02}ag", "Die Straße ist lang. STRASSE",
            "🙂nato and \u{E000}nato", "nato_x only", "\u{212A}elvin scale and \u{017F}top", "Climate change, climate-change",
            "Nothing relevant", "café and cafe\u{301}", "The year 2024 and 20245",
        ]
        let articles = texts.enumerated().map { article("/\($0.offset)", title: "Doc \($0.offset)", sections: [[$0.element]]) }
        let store = LibraryStore.disabled()
        try store.index(articles.map { ($0, stamp($0.path)) })
        let files = articles.map { stamp($0.path) }
        var narrowedAny = false
        for pattern in ["nato", "find", "flag", "strasse", "kelvin", "stop", "climate change", "natoish", "cafe", "2024", "Doc", "senator"] {
            for caseSensitive in [false, true] {
                let query = SearchQuery(pattern, wholeWord: true, caseSensitive: caseSensitive)
                let narrowed = try #require(try store.narrowed(files, for: query), "\(pattern) narrows")
                let chosen = Set(narrowed.map(\.path))
                narrowedAny = narrowedAny || chosen.count < files.count
                #expect(try scanHits(query, in: articles.filter { chosen.contains($0.path) }) == scanHits(query, in: articles), "\(pattern)")
            }
        }
        #expect(narrowedAny)
        #expect(try store.narrowed(files, for: SearchQuery("nato")) == nil)
    }

    @Test func filesNotIndexedAtTheirStampAreAlwaysSearched() throws {
        let store = LibraryStore.disabled()
        try store.index(article("/old", sections: [["nothing"]]), stamp: stamp("/old"))
        try store.index(article("/hit", sections: [["whales"]]), stamp: stamp("/hit"))
        let files = [stamp("/old", size: 5), stamp("/new"), stamp("/hit"), stamp("/miss")]
        try store.index(article("/miss", sections: [["dolphins"]]), stamp: stamp("/miss"))
        let narrowed = try store.narrowed(files, for: SearchQuery("whales", wholeWord: true))
        #expect(narrowed == [stamp("/old", size: 5), stamp("/new"), stamp("/hit")])
    }

    @Test func narrowedSearchMatchesTheScanOnTheCorpus() throws {
        let files = try SharedCorpus.names(in: SharedCorpus.plainText, endingIn: ".txt").map { try SharedCorpus.url(SharedCorpus.plainText + "/" + $0) }
        let articles = try files.map { url in
            let text = try String(contentsOf: url, encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
            return article(url.path, title: url.lastPathComponent, sections: [paragraphs])
        }
        let store = LibraryStore.disabled()
        try store.index(articles.map { ($0, stamp($0.path)) })
        let stamps = articles.map { stamp($0.path) }
        // Every 97th ASCII word of the corpus, as a whole-word query.
        let words = articles.flatMap { $0.allBlocks.flatMap { $0.block.text.split(separator: " ") } }
            .map(String.init).filter { $0.utf8.count >= 3 && $0.utf8.allSatisfy { $0 < 0x80 && (Character(UnicodeScalar($0)).isLetter || Character(UnicodeScalar($0)).isNumber) } }
        let queries = stride(from: 0, to: words.count, by: 97).map { SearchQuery(words[$0], wholeWord: true) }
        #expect(queries.count > 50)
        var fewer = 0
        for query in queries {
            let chosen = Set(try #require(try store.narrowed(stamps, for: query)).map(\.path))
            if chosen.count < stamps.count { fewer += 1 }
            #expect(try scanHits(query, in: articles.filter { chosen.contains($0.path) }) == scanHits(query, in: articles), "\(query.pattern)")
        }
        #expect(fewer > queries.count / 2)
    }
}
