import Foundation
import FolioKit

/// `folio add`: fetches pages, reads them with folio's readers and keeps them in the home
/// library, each address at most once.
public struct PageAdder: Sendable {
    /// The library the pages go to.
    public let library: HomeLibrary
    /// How pages are fetched.
    public let settings: FetchSettings
    /// Fetch pages already saved again (conditionally, on their ETag and Last-Modified) and
    /// replace them.
    public let refresh: Bool

    /// An adder into `library`, fetching with `settings`.
    public init(library: HomeLibrary, settings: FetchSettings, refresh: Bool = false) {
        self.library = library
        self.settings = settings
        self.refresh = refresh
    }

    /// Adds every address of `urls`, concurrently within the settings' limits, and hands each
    /// outcome to `report` as it comes (one at a time, from one task). An address given twice
    /// is fetched once. Throws only when the library's folders cannot be made or a certificate
    /// file cannot be used.
    public func add(_ urls: [String], report: @Sendable (AddOutcome) -> Void) async throws(AddError) {
        do {
            try library.create()
        } catch {
            throw .save(error)
        }
        AtomicFile.removeStale(in: library.pages.path)
        let index = SavedPageIndex(library.pages)
        // Each address once; the same address typed again is answered with the first's result.
        var firsts: [String: Int] = [:]
        var repeats: [Int: [String]] = [:]
        var work: [(Int, String, PageAddress?)] = []
        for (position, url) in urls.enumerated() {
            let address = PageAddress(url)
            if let key = address?.text, let first = firsts[key] {
                repeats[first, default: []].append(url)
                continue
            }
            if let key = address?.text { firsts[key] = position }
            work.append((position, url, address))
        }
        // Pages already saved are answered without the network.
        var toFetch: [(Int, String, PageAddress, SavedPage?)] = []
        for (position, url, address) in work {
            guard let address else {
                report(AddOutcome(url: url, status: .failed, error: .fetch(.invalidAddress)))
                continue
            }
            let saved = await index.find(address)
            if let saved, !refresh {
                report(.exists(url, saved))
                for again in repeats[position] ?? [] { report(.exists(again, saved)) }
                continue
            }
            toFetch.append((position, url, address, saved))
        }
        guard !toFetch.isEmpty else { return }
        let fetcher: PageFetcher
        do {
            fetcher = try PageFetcher(settings: settings)
        } catch {
            throw .fetch(error)
        }
        var savedAny = false
        await withTaskGroup(of: (Int, AddOutcome).self) { group in
            for (position, url, address, saved) in toFetch {
                group.addTask {
                    (position, await self.add(url, address, saved: saved, fetcher: fetcher, index: index))
                }
            }
            for await (position, outcome) in group {
                if outcome.status == .saved { savedAny = true }
                report(outcome)
                for again in repeats[position] ?? [] {
                    var repeated = outcome
                    repeated.url = again
                    if repeated.status == .saved { repeated.status = .exists }
                    report(repeated)
                }
            }
        }
        await fetcher.shutdown()
        // The new names, made durable at once.
        if savedAny { AtomicFile.syncFolder(library.pages.path) }
    }

    /// Fetches, reads and saves one page; `saved` is the copy already in the library (refreshed).
    private func add(
        _ url: String, _ address: PageAddress, saved: SavedPage?, fetcher: PageFetcher, index: SavedPageIndex
    ) async -> AddOutcome {
        func failed(_ error: AddError, finalURL: String? = nil) -> AddOutcome {
            AddOutcome(url: url, finalURL: finalURL, status: .failed, error: error)
        }
        let result: FetchResult
        do {
            result = try await fetcher.fetch(FetchRequest(
                address, wanted: .article, etag: saved?.record.etag, lastModified: saved?.record.lastModified))
        } catch {
            return failed(.fetch(error))
        }
        let page: FetchedPage
        switch result {
        case .notModified:
            guard let saved else { return failed(.fetch(.other("not modified, but nothing was saved"))) }
            return .exists(url, saved)
        case .page(let fetched):
            page = fetched
        }
        let reading: PageReading.Reading
        do {
            reading = try PageReading.read(page)
        } catch {
            return failed(error, finalURL: page.finalAddress.text)
        }
        let record = SavedPageRecord(
            url: address.text, finalURL: page.finalAddress.text, fetched: Date(), title: reading.title,
            contentType: page.contentType, etag: page.etag, lastModified: page.lastModified)
        do {
            let prepared = try await Self.prepare(page.body, record: record, in: index.folder).get()
            let (kept, isNew) = try await index.save(
                prepared, fileExtension: reading.fileExtension, existing: saved, refresh: refresh)
            return isNew
                ? AddOutcome(url: url, finalURL: record.finalURL, status: .saved, path: kept.path, title: reading.title)
                : .exists(url, kept)
        } catch {
            return failed(.save(error), finalURL: page.finalAddress.text)
        }
    }

    /// Writes and flushes a page and its record to temporary files on a thread of their own:
    /// a flush blocks for milliseconds, and the pool that runs the fetches has a thread per core.
    private static func prepare(
        _ body: [UInt8], record: SavedPageRecord, in folder: SavedPageFolder
    ) async -> Result<PreparedPage, SaveError> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(returning: Result { () throws(SaveError) in try folder.prepare(body, record: record) })
            }
        }
    }
}
