import Foundation
import FolioKit

/// One page to fetch, and what is wanted of it.
public struct FetchRequest: Sendable {
    /// The page's address.
    public var address: PageAddress
    /// The kinds of content wanted; another kind stops the fetch before its body is read.
    public var wanted: WantedContent
    /// The `ETag` of the copy already kept: an unchanged page then answers `notModified`.
    public var etag: String?
    /// The `Last-Modified` of the copy already kept, for the same.
    public var lastModified: String?

    /// A request for `address`, wanting `wanted`, conditional on `etag` and `lastModified`
    /// when given.
    public init(_ address: PageAddress, wanted: WantedContent, etag: String? = nil, lastModified: String? = nil) {
        self.address = address
        self.wanted = wanted
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// The kinds of content a fetch wants, by media type.
public struct WantedContent: Sendable {
    /// The media types taken (lower case, without parameters); a response without a type is
    /// taken too.
    public var mediaTypes: Set<String>
    /// What is wanted, for the error about anything else: `an article`.
    public var noun: String
    /// The `Accept` header sent.
    public var acceptHeader: String

    /// Content of `mediaTypes`, called `noun`, asked for with `acceptHeader`.
    public init(mediaTypes: Set<String>, noun: String, acceptHeader: String) {
        self.mediaTypes = mediaTypes
        self.noun = noun
        self.acceptHeader = acceptHeader
    }

    /// What folio's readers read: web pages, plain text, Markdown, and feeds (so that a feed
    /// can be told from an article and the user pointed to `folio feed add`).
    public static let article = WantedContent(
        mediaTypes: [
            "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
            "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
        ],
        noun: "an article",
        acceptHeader: "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.5")

    /// True when a response of `contentType` (a `Content-Type` header, or nil) is wanted.
    public func accepts(_ contentType: String?) -> Bool {
        guard let type = Self.mediaType(contentType) else { return true }
        return mediaTypes.contains(type)
    }

    /// The media type of a `Content-Type` header, lower case and without parameters
    /// (`Text/HTML; charset=utf-8` → `text/html`); nil when there is none.
    public static func mediaType(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        return type?.isEmpty == false ? type : nil
    }
}
