import Testing

@testable import FolioKit

/// Which documents declare entities that would expand without bound, and which do not: the
/// billion laughs and its kin are refused as files and as fetched feeds; honest entities are
/// read as before.
@Suite struct EntityExpansionTests {
    static func exceeds(_ text: String) -> Bool { EntityExpansion.exceedsLimit(Array(text.utf8)) }

    /// A document whose type declares `subset`.
    static func document(_ subset: String) -> String {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(subset)]>\n<rss version=\"2.0\"><channel><title>T</title></channel></rss>"
    }

    /// `levels` entities of `copies` references each to the one before, over `"ha"`.
    static func laughs(levels: Int, copies: Int, quote: Character = "\"") -> String {
        "<!ENTITY l0 \(quote)ha\(quote)>" + (1...levels).map { level in
            "<!ENTITY l\(level) \(quote)" + String(repeating: "&l\(level - 1);", count: copies) + "\(quote)>"
        }.joined()
    }

    @Test func billionLaughsExceeds() {
        #expect(Self.exceeds(Self.document(Self.laughs(levels: 9, copies: 10))))
        #expect(Self.exceeds(Self.document(Self.laughs(levels: 9, copies: 10, quote: "'"))))
        // 2 × 10^5 bytes stays under 1 MiB; 2 × 10^6 does not.
        #expect(!Self.exceeds(Self.document(Self.laughs(levels: 5, copies: 10))))
        #expect(Self.exceeds(Self.document(Self.laughs(levels: 6, copies: 10))))
        // After a byte-order mark, comments and other declarations with quoted `>`.
        let hidden = "<!-- <!ENTITY x \"y\"> --><!ELEMENT rss ANY><!ATTLIST rss a CDATA \"<>\">" + Self.laughs(levels: 9, copies: 10)
        #expect(EntityExpansion.exceedsLimit([0xEF, 0xBB, 0xBF] + Array(Self.document(hidden).utf8)))
    }

    @Test func loopsAndDeepChainsExceed() {
        #expect(Self.exceeds(Self.document("<!ENTITY a \"&b;\"><!ENTITY b \"x&a;\">")))
        #expect(Self.exceeds(Self.document("<!ENTITY a \"&a;\">")))
        // 10,000 entities each naming the one before: too deep, and read without recursing.
        let chain = "<!ENTITY e0 \"x\">" + (1..<10_000).map { "<!ENTITY e\($0) \"&e\($0 - 1);\">" }.joined()
        #expect(Self.exceeds(Self.document(chain)))
    }

    @Test func honestEntitiesPass() {
        #expect(!Self.exceeds(Self.document("<!ENTITY co \"Harbour Co\"><!ENTITY tagged \"<b>&co;</b> &#169; &amp;\">")))
        #expect(!Self.exceeds(Self.document("<!ENTITY x SYSTEM \"file:///etc/passwd\"><!ENTITY % p \"&#37;\">")))
        #expect(!Self.exceeds(Self.document(String(repeating: "<!ENTITY a \"&undeclared;\">", count: 3))))
        #expect(!Self.exceeds("<rss version=\"2.0\"><channel><title>&amp;</title></channel></rss>"))
        #expect(!Self.exceeds("Plain text with <!DOCTYPE rss [<!ENTITY a \"&a;\">]> in it"))
        #expect(!Self.exceeds(""))
    }

    @Test func theLoaderRefusesItByName() {
        let bomb = Array(Self.document(Self.laughs(levels: 9, copies: 10)).utf8)
        #expect(throws: LoadError.entityBomb(path: "laughs.rss")) { try ArticleLoader.check(bomb, path: "laughs.rss") }
        #expect(LoadError.entityBomb(path: "laughs.rss").description
            == "'laughs.rss' declares XML entities that expand past 1 MiB (a \"billion laughs\"): refused")
        guard case .failure(let failure) = FeedContent.read(bomb, source: "http://x.example/feed") else {
            Issue.record("the feed was read")
            return
        }
        #expect(failure.refusal == EntityExpansion.refusal)
        #expect(failure.reason == "http://x.example/feed " + EntityExpansion.refusal)
    }
}
