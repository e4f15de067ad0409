import Foundation

/// The file folio keeps one feed item in: an RSS 2.0 document with the feed's channel (title,
/// site, `atom:link rel="self"` to the feed's address, which groups the items of one feed in
/// the reader) and the one item, so that `FeedReader` reads it as that feed's item. The item's
/// identity goes in `folio:id`, which readers ignore and the item folder reads back.
public enum FeedItemDocument {
    /// The namespace of folio's own elements.
    static let namespace = "https://folio.invalid/ns/feed-item/1"

    /// The document for `item` of the feed titled `feedTitle` at `feedURL`.
    public static func bytes(_ item: FeedItem, identity: String, feedTitle: String?, feedURL: String, siteLink: String?) -> [UInt8] {
        var xml = XMLText()
        xml.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        xml.raw("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:folio=\"\(namespace)\">\n<channel>\n")
        xml.element("title", feedTitle)
        xml.element("link", siteLink)
        xml.raw("<atom:link rel=\"self\" href=\"")
        xml.text(feedURL)
        xml.raw("\"/>\n")
        if let base = item.base {
            xml.raw("<item xml:base=\"")
            xml.text(base)
            xml.raw("\">\n")
        } else {
            xml.raw("<item>\n")
        }
        xml.element("title", item.title)
        xml.element("link", item.link)
        if let guid = item.guid {
            xml.raw("<guid isPermaLink=\"false\">")
            xml.text(guid)
            xml.raw("</guid>\n")
        }
        xml.element("pubDate", item.dateText)
        xml.element("author", item.author)
        xml.element("description", item.contentHTML)
        xml.element("folio:id", identity)
        xml.raw("</item>\n</channel>\n</rss>\n")
        return xml.bytes
    }

    /// The identity written in an item file (`folio:id`), read without a parser: folio wrote
    /// the file, and only its own element is looked for. Nil when there is none.
    public static func identity(in bytes: [UInt8]) -> String? {
        let open = Array("<folio:id>".utf8), close = Array("</folio:id>".utf8)
        guard let start = bytes.firstRange(of: open), let end = bytes[start.upperBound...].firstRange(of: close) else { return nil }
        return XMLText.unescaped(Array(bytes[start.upperBound..<end.lowerBound]))
    }
}

/// XML text built up with escaping.
struct XMLText {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes += text.utf8 }

    /// `<name>TEXT</name>` and a newline, nothing when `text` is nil.
    mutating func element(_ name: String, _ text: String?) {
        guard let text else { return }
        raw("<\(name)>")
        self.text(text)
        raw("</\(name)>\n")
    }

    /// `text` escaped for element content and attribute values; characters XML 1.0 does not
    /// allow (most control characters, unpaired surrogates cannot occur in a String) are dropped.
    mutating func text(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": raw("&amp;")
            case "<": raw("&lt;")
            case ">": raw("&gt;")
            case "\"": raw("&quot;")
            case "\t", "\n", "\r": bytes += String(scalar).utf8
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                bytes += String(scalar).utf8
            }
        }
    }

    /// Text written by `text(_:)` read back.
    static func unescaped(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
