import Foundation
import FolioKit

/// Fetches the full text of feed items: the page behind an item's link, checked as `folio add`
/// checks a page (`PageReading`: not a feed, not binary, not empty) and kept beside the item
/// (`FeedItemPage`), so that the item then reads as the whole article (the Readability pass
/// for a web page, when the item is read), offline too.
///
/// `folio fetch` keeps the pages of a full-text feed's new items (`FeedRefresh`); the reader's
/// `F` keeps one item's page on demand (`fetch(itemPath:link:settings:)`).
public enum FeedItemFullText {
    /// Fetches the page at `link` with `fetcher` (within its limits) and keeps it for the item
    /// file at `itemPath`. Errors are `folio add`'s: only http and https links are fetched, a
    /// feed, binary data and an empty page are refused.
    public static func fetch(itemPath: String, link: String?, fetcher: PageFetcher) async throws(AddError) {
        guard let link, let address = PageAddress(link) else { throw .fetch(.invalidAddress) }
        guard address.isWeb else { throw .fetch(.unsupportedScheme(address.scheme)) }
        let result: FetchResult
        do {
            result = try await fetcher.fetch(FetchRequest(address, wanted: .article))
        } catch {
            throw .fetch(error)
        }
        guard case .page(let page) = result else { throw .fetch(.other("not modified, though nothing was asked conditionally")) }
        // The page is read when the item is (`FeedItemPage.article`); here only its format is
        // learnt: reading it here as well made a fetch of many pages wait on the CPU.
        let format = try PageReading.format(of: page)
        do {
            try FeedItemPage.keep(page.body, fileExtension: PageReading.fileExtension(format), forItemFile: itemPath)
        } catch {
            throw .save(error)
        }
    }

    /// Fetches the page at `link` with a fetcher of its own made from `settings`, and keeps it
    /// for the item file at `itemPath` (the reader's `F`).
    public static func fetch(itemPath: String, link: String?, settings: FetchSettings) async throws(AddError) {
        let fetcher: PageFetcher
        do {
            fetcher = try PageFetcher(settings: settings)
        } catch {
            throw .fetch(error)
        }
        let result: Result<Void, AddError>
        do throws(AddError) {
            try await fetch(itemPath: itemPath, link: link, fetcher: fetcher)
            result = .success(())
        } catch {
            result = .failure(error)
        }
        await fetcher.shutdown()
        try result.get()
    }
}
