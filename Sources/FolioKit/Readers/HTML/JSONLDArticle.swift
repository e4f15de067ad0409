import Foundation

/// The article object of a page's JSON-LD (schema.org) data: headline, authors, date.
struct JSONLDArticle {
    private let name: String?
    private let headline: String?
    /// Author names joined with `, `.
    let byline: String?
    /// `datePublished` as written.
    let datePublished: String?

    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
        "AskPublicQuestionArticle", "BackgroundNewsArticle", "BlogPosting", "DiscussionForumPosting",
        "LiveBlogPosting", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting",
        "TechArticle",
    ]

    /// Reads the first schema.org article in a JSON-LD script; nil when there is none.
    init?(json: String) {
        guard let parsed = try? JSONSerialization.jsonObject(with: Self.withoutCDATAMarkers(json)),
            Self.isSchemaOrg(parsed), let article = Self.findArticle(parsed)
        else { return nil }
        name = article["name"] as? String
        headline = article["headline"] as? String
        if let author = article["author"] as? [String: Any] {
            byline = author["name"] as? String
        } else if let authors = article["author"] as? [[String: Any]] {
            let names = authors.compactMap { ($0["name"] as? String)?.trimmingCharacters(in: .whitespaces) }
            byline = names.isEmpty ? nil : names.joined(separator: ", ")
        } else {
            byline = nil
        }
        datePublished = article["datePublished"] as? String
    }

    /// The title: `name`, or `headline` when only it (and not the name) matches the page's
    /// own title.
    func title(pageTitle: String?) -> String? {
        guard let name, let headline, name != headline else { return name ?? headline }
        let page = pageTitle ?? ""
        let headlineMatches = TextSimilarity.similarity(headline, page) > 0.75
        let nameMatches = TextSimilarity.similarity(name, page) > 0.75
        return headlineMatches && !nameMatches ? headline : name
    }

    /// The script's bytes without the `<![CDATA[` and `]]>` that wrap some pages' JSON.
    static func withoutCDATAMarkers(_ json: String) -> Data {
        var json = json
        return json.withUTF8 { bytes in
            var result = Data(capacity: bytes.count)
            var index = 0
            var kept = 0
            while index < bytes.count {
                if ByteText.hasPrefix("<![cdata[", in: bytes, at: index, end: bytes.count) {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept..<index]))
                    index += 9
                    kept = index
                } else if ByteText.hasPrefix("]]>", in: bytes, at: index, end: bytes.count) {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept..<index]))
                    index += 3
                    kept = index
                } else {
                    index += 1
                }
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept...]))
            return result
        }
    }

    /// Whether the data declares the schema.org vocabulary (`@context`), as Readability requires.
    private static func isSchemaOrg(_ value: Any) -> Bool {
        if let list = value as? [Any] { return list.contains(where: isSchemaOrg) }
        guard let context = (value as? [String: Any])?["@context"] as? String else { return false }
        let trimmed = context.hasSuffix("/") ? String(context.dropLast()) : context
        return trimmed == "http://schema.org" || trimmed == "https://schema.org"
    }

    private static func findArticle(_ value: Any) -> [String: Any]? {
        if let list = value as? [Any] { return list.lazy.compactMap(findArticle).first }
        guard let object = value as? [String: Any] else { return nil }
        if isArticle(object["@type"]) { return object }
        if let graph = object["@graph"] as? [Any] { return graph.lazy.compactMap(findArticle).first }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let type = type as? String { return articleTypes.contains(type) }
        if let types = type as? [String] { return types.contains(where: articleTypes.contains) }
        return false
    }
}
