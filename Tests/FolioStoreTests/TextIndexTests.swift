import FolioKit
import Foundation
import GRDB
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

    @Test func canonicallyEquivalentWordsFindEachOther() throws {
        let store = LibraryStore.disabled()
        try store.index(article("/jamo", title: "Notes", sections: [["\u{1100}\u{1161}\u{11A8} and cafe\u{301}"]]), stamp: stamp("/jamo"))
        try store.index(article("/syllable", title: "More", sections: [["\u{AC01} only"]]), stamp: stamp("/syllable"))
        #expect(try Set(store.candidates(forWords: "\u{AC01}")) == ["/jamo", "/syllable"])
        #expect(try Set(store.candidates(forWords: "\u{1100}\u{1161}\u{11A8}")) == ["/jamo", "/syllable"])
        #expect(try store.candidates(forWords: "caf\u{E9}") == ["/jamo"])
    }

    /// Every token of the index as (path, column, position, token), and each path's BM25 score
    /// for `query`: what searches and their ranking see.
    private func contents(of store: LibraryStore, scoring query: String) throws -> (tokens: [String], scores: [String: Double]) {
        try store.read { db in
            let tokens = try Row.fetchAll(
                db, sql: "SELECT path, col, offset, term FROM article_tokens JOIN text_doc ON docid = doc"
            ).map { "\($0[0] as String) \($0[1] as String) \($0[2] as Int) \($0[3] as String)" }.sorted()
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT path, bm25(article_text, 10.0, 5.0, 1.0) FROM article_text JOIN text_doc ON docid = article_text.rowid
                    WHERE article_text MATCH ?
                    """, arguments: [query])
            return (tokens, Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as Double) }))
        }
    }

    static let unicodeTexts = [
        "Ο Οδυσσεύς and ΟΔΥΣΣΕΥΣ sailed; 東京 and Straße, the \u{FB01}nal café 🙂nato.",
        "Whales sing: whale songs, whale calls, a whale.", "Zoë Ångström wrote of cafe\u{301} culture and \u{AC01}.",
    ]

    @Test func changedAndRemovedFilesLeaveTheIndexAsIfBuiltAfresh() throws {
        let store = LibraryStore.disabled()
        let first = Self.unicodeTexts.enumerated().map { article("/\($0.offset)", title: "Doc \($0.offset) whale", sections: [[$0.element]]) }
        try store.index(first.map { ($0, stamp($0.path)) })
        // /0 changes, /1 goes, /3 comes.
        let changed = article("/0", title: "Doc 0 changed", author: "Ann", sections: [["A whale, then another whale."], ["More text"]])
        try store.index(changed, stamp: stamp("/0", size: 7))
        try store.remove(paths: ["/1"])
        let added = article("/3", title: "Doc 3", sections: [["whale and dolphin"]])
        try store.index(added, stamp: stamp("/3"))
        // Orphans are never found, before they are purged as after.
        #expect(try Set(store.candidates(forWords: "whale")) == ["/0", "/2", "/3"])
        #expect(try store.candidates(forWords: "sing").isEmpty)
        try store.purgeOrphans()
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM text_orphan") } == 0)

        let fresh = LibraryStore.disabled()
        try fresh.index([changed, first[2], added].map { ($0, stamp($0.path)) })
        for query in ["whale", "cafe", "doc", "ann"] {
            let (kept, scores) = try contents(of: store, scoring: query)
            let (expected, expectedScores) = try contents(of: fresh, scoring: query)
            #expect(kept == expected)
            #expect(scores.keys == expectedScores.keys)
            for (path, score) in scores { #expect(abs(score - (expectedScores[path] ?? 0)) < 1e-9, "\(query) \(path)") }
        }
        #expect(try store.candidates(forWords: "whale") == fresh.candidates(forWords: "whale"))
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article_text_docsize") } == 3)
    }

    @Test func twoProcessesPurgingAtOnceDeleteEachOrphanOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (first, second) = (try openStore(folder.database).store, try openStore(folder.database).store)
        let articles = Self.unicodeTexts.enumerated().map { article("/\($0.offset)", title: "Doc \($0.offset)", sections: [[$0.element]]) }
        try first.index(articles.map { ($0, stamp($0.path)) })
        try first.remove(paths: ["/0", "/1"])
        // The first reads the orphans' texts, the second purges them all, then the first deletes.
        let found = try first.read(LibraryStore.orphanTexts)
        #expect(found.count == 2)
        try second.purgeOrphans()
        try first.deleteOrphans(found)
        let fresh = LibraryStore.disabled()
        try fresh.index(article("/2", title: "Doc 2", sections: [[Self.unicodeTexts[2]]]), stamp: stamp("/2"))
        let (kept, scores) = try contents(of: first, scoring: "cafe")
        let (expected, expectedScores) = try contents(of: fresh, scoring: "cafe")
        #expect(kept == expected)
        #expect(scores.keys == expectedScores.keys)
        for (path, score) in scores { #expect(abs(score - (expectedScores[path] ?? 0)) < 1e-9) }
    }

    @Test func manyOrphansArePurgedByIndexingItself() throws {
        let store = LibraryStore.disabled()
        let limit = LibraryStore.orphansBeforePurge
        func orphans() throws -> Int { try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM text_orphan") ?? 0 } }
        try store.index((0..<300).map { (article("/\($0)", sections: [["text \($0)"]]), stamp("/\($0)")) })
        try store.index((0..<limit - 1).map { (article("/\($0)", sections: [["new text \($0)"]]), stamp("/\($0)", size: 5)) })
        #expect(try orphans() == limit - 1)
        try store.index(article("/\(limit - 1)", sections: [["new text"]]), stamp: stamp("/\(limit - 1)", size: 5))
        #expect(try orphans() == 0)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article_text_docsize") } == 300)
        #expect(try store.candidates(forWords: "new").count == limit)
    }

    @Test func theIndexKeepsNoCopyOfTheText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try openStore(folder.database).store
        var textBytes = 0
        for start in stride(from: 0, to: 2000, by: 250) {
            let batch = (start..<start + 250).map { index -> (Article, FileStamp) in
                let body = SchemaUpgradeTests.text(index, words: 700)
                textBytes += body.utf8.count
                return (article("/lib/\(index).txt", title: "Article \(index)", sections: [[body]]), stamp("/lib/\(index).txt"))
            }
            try store.index(batch)
        }
        let size = try store.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0) * (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
        }
        // The index of such text takes about 0.7 of its size; with a copy of the text it took 1.7.
        #expect(Double(size) <= 0.8 * Double(textBytes), "\(size) bytes for \(textBytes) bytes of text")
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
