import FolioKit
import FolioNet
import FolioStore
import FolioUI
import Foundation
import Synchronization

/// Saves web pages into the home library for the reader (`a`, and `a` in the links popup), as
/// `folio add URL` does: each in a task of its own, so the reader never waits for the network.
/// The page saved (or found saved before) is read for the list and kept in the state database
/// there too, and what became of it goes to the session's inbox (`LibraryNews.pageSaved`).
struct ReaderPageSaver: Sendable {
    /// The home library; nil when there is none (neither `XDG_DATA_HOME` nor `HOME` is an
    /// absolute path).
    let library: HomeLibrary?
    /// How pages are fetched: proxies and trust store from the environment, limits as `folio
    /// add` has them (the configuration file's `[fetch]` over the defaults).
    let settings: FetchSettings

    /// A saver into the home library `environment` names, fetching as `fetch` says.
    init(environment: [String: String], fetch: FetchConfiguration? = nil) {
        library = HomeLibrary(environment: environment)
        settings = FetchSettings.reader(environment: environment, fetch: fetch)
    }

    /// Fetches and saves the page at `url` in the background; `session` hears how it went.
    func save(_ url: String, for session: LibrarySession) {
        let inbox = session.inbox, opening = session.opening, limit = session.sizeLimit
        guard let library else {
            inbox.post(.pageSaved(url, .failed(CommandRun.noHomeLibrary), stamp: nil))
            return
        }
        let adder = PageAdder(library: library, settings: settings)
        Task(executorPreference: NetworkExecutor.pageSaving) {
            let reported = Mutex<AddOutcome?>(nil)
            do throws(AddError) {
                try await adder.add([url]) { result in reported.withLock { $0 = result } }
            } catch {
                inbox.post(.pageSaved(url, .failed(AddOutput.failure(url, error)), stamp: nil))
                return
            }
            let outcome = reported.withLock { $0 }
            guard let outcome, outcome.status != .failed, let path = outcome.path else {
                let reason = outcome?.error.map { AddOutput.failure(url, $0) } ?? "\(url): not saved"
                inbox.post(.pageSaved(url, .failed(reason), stamp: nil))
                return
            }
            // The page joins the list as the background reading would have read it.
            let store = opening.wait().store
            let key = StorePath.key(path)
            let readPaths = (try? store.readPaths()) ?? []
            let reading = FileReading.details(of: path, readPaths: readPaths, limit: limit)
            do throws(StoreError) {
                try FileReading.keep([reading], in: store)
            } catch {
                inbox.post(.failure(error))
            }
            let title = outcome.title ?? (path as NSString).lastPathComponent
            let result: PageSaveResult =
                outcome.status == .saved ? .saved(title: title, file: reading.file) : .exists(title: title, file: reading.file)
            inbox.post(.pageSaved(url, result, stamp: FileStamp(path: key)))
        }
    }
}
