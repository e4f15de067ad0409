import Dispatch
import FolioKit
import FolioUI
import Foundation

/// Standard input read on a thread of its own as it arrives, up to the size limit: for
/// `(printf 'Title\n\nBody\n'; sleep 100) | folio -`, the reader shows what has come and keeps
/// reading, and `q` quits at once.
///
/// Input that ends soon (a file, a finished command) is read to its end before the screen
/// starts, as any file is (`readBriefly`), so that empty or binary input is reported on
/// standard error. Otherwise the screen starts with what has come, and `tick` (at each idle
/// tick of the event loop) parses it again, away from the loop, as more arrives: at most every
/// `interval`, and never more often than twice the last parse took, so a big input growing
/// slowly does not keep a core busy with parsing it over and over.
final class StandardInput: @unchecked Sendable {
    /// What has arrived so far.
    struct Arrived {
        var bytes: [UInt8]
        /// Grows with every chunk.
        var version: Int
        /// True once the input ended, or reading it stopped (`failure`).
        var isFinished: Bool
        /// Why reading stopped before the end: the input is larger than the limit, or a read
        /// failed.
        var failure: LoadError?
    }

    /// The shortest time between two parses of a growing input.
    static let interval = DispatchTimeInterval.milliseconds(250)
    /// How long the start waits for input to end before showing what has come.
    static let patience = DispatchTimeInterval.milliseconds(100)

    private let lock = NSLock()
    private var arrived = Arrived(bytes: [], version: 0, isFinished: false)
    private let ended = DispatchSemaphore(value: 0)
    private let limit: SizeLimit
    /// The file descriptor read (standard input's, or a test's pipe).
    private let descriptor: Int32
    /// Wakes the event loop when a chunk arrives.
    private var wakes: (@Sendable () -> Void)?
    /// The version parsed last (or being parsed), and when the next parse may start.
    private var parsedVersion = -1
    private var isParsing = false
    private var nextParse = DispatchTime.now()
    private var reportedEnd = false

    /// Starts reading standard input (or `descriptor`), at most `limit` bytes (one more tells
    /// it is larger).
    init(limit: SizeLimit, descriptor: Int32 = STDIN_FILENO) {
        self.limit = limit
        self.descriptor = descriptor
        let thread = Thread { [self] in read() }
        thread.name = "folio.standard-input"
        thread.start()
    }

    /// Wakes the event loop at each chunk from now on.
    func wake(with wake: @escaping @Sendable () -> Void) {
        lock.lock()
        wakes = wake
        lock.unlock()
    }

    /// Waits up to `patience` for the input to end; true when it did.
    func readBriefly() -> Bool {
        guard ended.wait(timeout: .now() + Self.patience) == .success else { return false }
        ended.signal()
        return true
    }

    /// What has arrived so far.
    var snapshot: Arrived {
        lock.lock()
        defer { lock.unlock() }
        return arrived
    }

    /// The reading thread: chunks of up to 64 KiB, until the end, an error or the limit.
    private func read() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            // Never more than one byte past the limit (only this thread changes the bytes).
            let wanted = min(buffer.count, limit.bytes + 1 - arrived.bytes.count)
            let count = Foundation.read(descriptor, &buffer, wanted)
            if count < 0, errno == EINTR { continue }
            lock.lock()
            if count > 0 {
                arrived.bytes += buffer[0..<count]
                arrived.version += 1
                if arrived.bytes.count > limit.bytes {
                    arrived.bytes.removeLast()
                    arrived.failure = .tooLarge(path: ArticleSource.standardInputArgument, limit: limit)
                }
            } else if count < 0 {
                arrived.failure = .unreadable(path: ArticleSource.standardInputArgument, reason: ArticleLoader.systemReason(errno))
            }
            let done = count <= 0 || arrived.failure != nil
            arrived.isFinished = done
            let wake = wakes
            lock.unlock()
            wake?()
            if done {
                ended.signal()
                return
            }
        }
    }

    // MARK: - Parsing as it grows

    /// At an idle tick: when more has arrived (or the input ended) and it is time, parses what
    /// has arrived away from the loop, laid out at the reader's width, and reports it through
    /// `jobs` as `Action.articleUpdated` for standard input's entry (the entry's article and a
    /// feed's further items once the input ended); an input that ends empty, binary or too
    /// large as `Action.loadFailed`.
    func tick(_ state: AppState, jobs: BackgroundJobs) {
        guard let id = state.entries.id(of: .standardInput) else { return }
        lock.lock()
        let now = DispatchTime.now()
        // The bytes are taken only to be parsed: a copy held meanwhile makes the next chunk
        // copy them all.
        guard !isParsing, !reportedEnd, arrived.version != parsedVersion || arrived.isFinished, now >= nextParse else {
            lock.unlock()
            return
        }
        let input = arrived
        isParsing = true
        parsedVersion = input.version
        reportedEnd = input.isFinished
        lock.unlock()
        let width = state.readerColumnWidth, today = state.today
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for action in Self.parse(input, entry: id, width: width, today: today) { jobs.actions.post(action) }
            let took = DispatchTime.now().uptimeNanoseconds - now.uptimeNanoseconds
            lock.lock()
            isParsing = false
            nextParse = max(.now() + Self.interval, .now() + .nanoseconds(Int(min(took * 2, UInt64(Int.max)))))
            let wake = wakes
            lock.unlock()
            // Something may have arrived while parsing: the next tick looks.
            wake?()
        }
    }

    /// The actions that show `input` in standard input's entry `id`.
    private static func parse(_ input: Arrived, entry id: EntryID, width: Int, today: SimpleDate) -> [Action] {
        var actions: [Action] = []
        do throws(LoadError) {
            let articles = try ArticleLoader.load(bytes: input.bytes, path: ArticleSource.standardInputArgument)
            // A feed's items are known only once the feed has ended.
            if let first = articles.first, first.format != .feed || input.isFinished {
                if articles.count > 1 {
                    let entries = articles.enumerated().map { LibraryEntry(article: $1, source: .standardInput, item: $0) }
                    actions.append(.libraryUpdated(LibraryUpdate(read: [SourceEntries(source: .standardInput, entries: entries)])))
                }
                actions.append(.articleUpdated(id, ArticleLayout(article: first, width: width, today: today)))
            } else if input.isFinished {
                actions.append(.loadFailed(id, "no article in it"))
            }
        } catch {
            // Nothing but white space so far: wait for more.
            if input.isFinished, input.failure == nil { actions.append(.loadFailed(id, error.reason)) }
        }
        if let failure = input.failure { actions.append(.loadFailed(id, failure.reason + ": the rest was not read")) }
        return actions
    }
}
