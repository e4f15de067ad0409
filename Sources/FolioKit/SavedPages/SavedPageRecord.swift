import Foundation

/// What folio keeps about a saved page beside it: where it came from and when.
public struct SavedPageRecord: Codable, Equatable, Sendable {
    /// The address as it was typed, in its normal form.
    public var url: String
    /// The address the page was finally fetched from, after redirects.
    public var finalURL: String
    /// When the page was fetched.
    public var fetched: Date
    /// The title folio read from the page when it saved it.
    public var title: String
    /// The server's `Content-Type`, e.g. `text/html; charset=utf-8`.
    public var contentType: String?
    /// The server's `ETag`, for a conditional fetch later.
    public var etag: String?
    /// The server's `Last-Modified`, for a conditional fetch later.
    public var lastModified: String?

    /// Creates a record.
    public init(
        url: String, finalURL: String, fetched: Date, title: String, contentType: String? = nil,
        etag: String? = nil, lastModified: String? = nil
    ) {
        self.url = url
        self.finalURL = finalURL
        self.fetched = fetched
        self.title = title
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
    }

    enum CodingKeys: String, CodingKey {
        case url, finalURL = "final_url", fetched, title, contentType = "content_type", etag
        case lastModified = "last_modified"
    }

    /// True when the page was saved from `address`, as typed or as the final address.
    public func matches(_ address: PageAddress) -> Bool {
        url == address.text || finalURL == address.text
    }

    /// The record as JSON: an object with `url`, `final_url`, `fetched` (ISO 8601, UTC),
    /// `title`, `content_type`, `etag` and `last_modified`, keys sorted.
    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)).map(Array.init) ?? []) + [0x0A]
    }

    /// Reads a record written by `json()`; nil when `bytes` are not one.
    public init?(json bytes: [UInt8]) {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let record = try? decoder.decode(SavedPageRecord.self, from: Data(bytes)) else { return nil }
        self = record
    }
}
