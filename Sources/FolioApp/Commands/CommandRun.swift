import FolioKit
import FolioNet
import Foundation
import Synchronization

/// What the commands that fetch share: the home library, and async work waited for.
enum CommandRun {
    /// Runs `work` on the concurrency pool and waits for it on this thread.
    static func wait<Value: Sendable, Failure: Error>(
        _ work: @escaping @Sendable () async throws(Failure) -> Value
    ) -> Result<Value, Failure> {
        let result = Mutex<Result<Value, Failure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do throws(Failure) {
                let value = try await work()
                result.withLock { $0 = .success(value) }
            } catch {
                result.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        // Set before the signal.
        return result.withLock { $0! }
    }

    /// What a command that fetches works with: the home library, and how to fetch (the
    /// environment's proxies and trust store, then the configuration file's `[fetch]`, then the
    /// command line's options through `adjust`), with the file's `[fetch]` for what it says
    /// beyond the client's settings (full text).
    struct Fetching {
        let library: HomeLibrary
        let settings: FetchSettings
        let file: FetchConfiguration
    }

    /// The configuration file `source` names read (a mistake: its line, exit status 2) and the
    /// home library found (none: exit status 2), for a command that fetches.
    static func fetching(
        _ environment: [String: String], configuration source: ConfigurationSource = .standard,
        adjust: (inout FetchSettings) -> Void
    ) throws(ExitStatus) -> Fetching {
        let configuration = try source.loadForCommand(environment: environment, themes: ThemeCatalog(environment: environment))
        let library = try homeLibrary(environment)
        var settings = FetchSettings(environment: environment)
        configuration.fetch.apply(to: &settings)
        adjust(&settings)
        return Fetching(library: library, settings: settings, file: configuration.fetch)
    }

    /// Why nothing can be saved or read when the environment names no home library.
    static let noHomeLibrary = "no home library: neither XDG_DATA_HOME nor HOME is an absolute path"

    /// The home library `environment` names; exit status 2 when it names none.
    static func homeLibrary(_ environment: [String: String]) throws(ExitStatus) -> HomeLibrary {
        guard let library = HomeLibrary(environment: environment) else {
            StandardOutput.error(noHomeLibrary)
            throw ExitStatus(2)
        }
        return library
    }

    /// Tells the user that another process holds the library (`LibraryLock`), and that this
    /// one waits for it.
    @Sendable static func sayWaiting(_ pid: Int32?) {
        StandardOutput.error("another folio\(pid.map { " (process \($0))" } ?? "") is fetching or changing the subscriptions; waiting for it to finish")
    }
}
