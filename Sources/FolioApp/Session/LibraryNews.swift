import FolioKit
import FolioStore
import FolioUI

/// What background work tells the event loop.
enum LibraryNews: Sendable {
    /// Files were read: their entries (several for a feed, one with `loadError` for a file
    /// that could not be read); `progress` is nil when the reading is done.
    case parsed([SourceEntries], progress: IndexingProgress?)
    /// The background walk of a big library listed more files (by name, or with the details
    /// the catalog has), with their stamps; `progress` counts the files still to read.
    case found([SourceEntries], stamps: [String: FileStamp], progress: IndexingProgress)
    /// A rescan found these files gone, and these stamps for the files there now.
    case rescanned(removed: [ArticleSource], stamps: [String: FileStamp])
    /// A rescan read the files it found new or changed: what it found.
    case rescanDone(RescanSummary)
    /// Hits of library search `generation`.
    case hits(generation: Int, SearchQuery, [LibraryHits], done: Bool)
    /// The state database could not be written.
    case failure(StoreError)
    /// Folders the walk could not read (their files are missing from the list).
    case unreadable([LoadError])
    /// What became of the page at an address the reader asked to save, with its file's stamp
    /// when it is in the library.
    case pageSaved(String, PageSaveResult, stamp: FileStamp?)
    /// What became of the full text of the item file the reader asked for, with the file's
    /// stamp once it was read again.
    case fullTextFetched(ArticleSource, FullTextResult, stamp: FileStamp?)
    /// How far the fetch of the subscriptions has got.
    case feedFetchProgress(FeedFetchProgress)
    /// The fetch of the subscriptions is over (its new and changed items reported before as
    /// `parsed`), with the stamps of the item files it looked at.
    case feedsFetched(FeedFetchReport, stamps: [String: FileStamp])
    /// Each feed's last error, by address, as the subscriptions file has them, and each
    /// subscription's name when the list shows the feeds folder (else none).
    case feedErrors([String: String], names: [String: String])
}
