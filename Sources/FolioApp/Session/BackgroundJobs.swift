import Dispatch
import FolioKit
import FolioUI
import Foundation

/// The reader's work away from the thread that reads keys and signals: loading, parsing and
/// laying out articles, and searching the articles in memory. Results come back as actions
/// through `actions`, which wakes the event loop.
///
/// The caller waits for a job a little (`patience`): an ordinary article is loaded, or searched,
/// well within it, and its result is applied before the next frame, so nothing flickers
/// ("Loading…" for a frame). A job that takes longer goes on alone and reports when it is done,
/// while keys and signals are answered.
final class BackgroundJobs: Sendable {
    /// Results of jobs that outlasted the caller's patience.
    let actions = Inbox<Action>()
    /// The latest search of articles in memory (`SearchState.generation`): older jobs stop.
    private let searchGeneration = Generation()
    /// Searches, one at a time: a new one waits only for the old one to see it is stale.
    private let searching = DispatchQueue(label: "folio.article-search", qos: .userInitiated)
    /// The latest request to lay the open article out again: an older one not yet begun is
    /// skipped (a window dragged wider asks for many).
    private let layoutGeneration = Generation()
    /// Layouts for a new width, one at a time.
    private let layingOut = DispatchQueue(label: "folio.article-layout", qos: .userInitiated)
    /// How long the caller waits for a job before leaving it to report on its own.
    static let patience = DispatchTimeInterval.milliseconds(25)

    /// Loads an entry's article (read again from its file; refused past `limit` bytes) and
    /// lays it out `width` columns wide; the actions to apply now (nothing when the job
    /// outlasted the wait: it reports through `actions`).
    func load(_ entry: LibraryEntry, limit: SizeLimit, width: Int, today: SimpleDate, dates: DateStyle) -> [Action] {
        let delivery = Delivery(actions)
        DispatchQueue.global(qos: .userInitiated).async {
            let action = Library.load(entry, limit: limit)
            if case .articleLoaded(let id, let article) = action {
                delivery.deliver(.articleLaidOut(id, ArticleLayout(article: article, width: width, today: today, dates: dates)))
            } else {
                delivery.deliver(action)
            }
            delivery.finish()
        }
        return delivery.take(waiting: Self.patience)
    }

    /// Lays the open article out `width` columns wide again (`Effect.layOutArticle`), unless a
    /// later request comes before it begins; the actions to apply now (nothing when the job
    /// outlasted the wait: it reports through `actions`).
    func layOut(_ id: EntryID, _ article: Article, width: Int, today: SimpleDate, dates: DateStyle) -> [Action] {
        let delivery = Delivery(actions)
        let latest = layoutGeneration, generation = layoutGeneration.next()
        layingOut.async {
            if latest.current == generation {
                delivery.deliver(.articleRelaidOut(id, ArticleLayout(article: article, width: width, today: today, dates: dates)))
            }
            delivery.finish()
        }
        return delivery.take(waiting: Self.patience)
    }

    /// Runs a search job, stopping the jobs of older searches; the hits found within the wait,
    /// to apply now (the rest come through `actions`).
    func search(_ job: SearchJob) -> [Action] {
        searchGeneration.advance(to: job.generation)
        guard !job.targets.isEmpty else { return [] }
        let delivery = Delivery(actions)
        let current = searchGeneration, generation = job.generation
        searching.async {
            job.run(isCancelled: { current.current != generation }) { delivery.deliver($0) }
            delivery.finish()
        }
        return delivery.take(waiting: Self.patience)
    }
}

/// Hands a job's actions to the caller that waits for it, or, once the caller stopped waiting,
/// to the inbox: each action exactly once, in order.
private final class Delivery: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private let inbox: Inbox<Action>
    private var collected: [Action] = []
    private var isFinished = false
    private var toInbox = false

    init(_ inbox: Inbox<Action>) { self.inbox = inbox }

    /// Called by the job for each result.
    func deliver(_ action: Action) {
        lock.lock()
        if toInbox {
            lock.unlock()
            inbox.post(action)
            return
        }
        collected.append(action)
        lock.unlock()
    }

    /// Called by the job when it is done.
    func finish() {
        lock.lock()
        isFinished = true
        lock.unlock()
        done.signal()
    }

    /// Waits up to `patience` for the job; returns what it delivered so far. A job not finished
    /// by then delivers the rest to the inbox.
    func take(waiting patience: DispatchTimeInterval) -> [Action] {
        _ = done.wait(timeout: .now() + patience)
        lock.lock()
        defer { lock.unlock() }
        let taken = collected
        collected = []
        toInbox = !isFinished
        return taken
    }
}
