import FolioKit
import Testing

@testable import FolioStore

/// The index's rank of a whole-word search's articles: the results of an all-articles search
/// are ordered by it.
@Suite struct TextIndexRankingTests {
    @Test func candidatesComeWithTheirBM25ScoresTitlesWeighingMost() throws {
        let store = LibraryStore.disabled()
        try store.index(
            [
                article("/body", title: "Harbour log", sections: [["At noon the tide turned, and the tide came in fast."]]),
                article("/headline", title: "Tide tables", sections: [["When to sail."]]),
                article("/mention", title: "Fishing", sections: [["Boats wait for the tide."], ["Nets, hooks and lines."]]),
                article("/other", title: "Lighthouses", sections: [["A beam across the bay."]]),
            ].map { ($0, stamp($0.path)) })
        let files = ["/other", "/mention", "/headline", "/body", "/new"].map { stamp($0) }
        let ranked = try #require(try store.ranked(files, for: SearchQuery("tide", wholeWord: true)))
        #expect(ranked.files.map(\.path) == ["/mention", "/headline", "/body", "/new"], "the candidates and the file not indexed")
        #expect(Set(ranked.scores.keys) == ["/mention", "/headline", "/body"])
        let order = ranked.scores.sorted { $0.value < $1.value }.map(\.key)
        #expect(order == ["/headline", "/body", "/mention"], "the title first, then the most hits in the shortest text")
        #expect(try store.candidates(forWords: "tide") == order)
        #expect(try store.narrowed(files, for: SearchQuery("tide", wholeWord: true)) == ranked.files)
        #expect(try store.ranked(files, for: SearchQuery("tide")) == nil, "a substring query is not narrowed, nor ranked")
    }
}
