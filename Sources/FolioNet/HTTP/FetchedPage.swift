import FolioKit

/// A page as fetched.
public struct FetchedPage: Sendable {
    /// The address asked for.
    public var address: PageAddress
    /// The address the page came from, after redirects.
    public var finalAddress: PageAddress
    /// The `Content-Type` header, when the server gave one.
    public var contentType: String?
    /// The `ETag` header, when given.
    public var etag: String?
    /// The `Last-Modified` header, when given.
    public var lastModified: String?
    /// The body, decompressed.
    public var body: [UInt8]
    /// The HTTP version the page came over, e.g. `HTTP/2` or `HTTP/1.1`.
    public var httpVersion: String
    /// Where the page has moved for good: the end of the redirects when every one of them was
    /// permanent (301, 308); nil when there was none or one was temporary.
    public var permanentAddress: PageAddress?
}

/// What a fetch gave.
public enum FetchResult: Sendable {
    /// The page.
    case page(FetchedPage)
    /// The page has not changed since the copy named by the request's `etag` or
    /// `lastModified`; `finalAddress` is where the server said so, `permanentAddress` where
    /// the page has moved for good (as `FetchedPage.permanentAddress`).
    case notModified(finalAddress: PageAddress, permanentAddress: PageAddress? = nil)
}
