import Foundation

/// How long a regular expression may work on one article, and whether its search is still
/// wanted: the bound that keeps a pattern which backtracks without end (`(a*)*c` on lines of
/// `a`s) from holding a thread for minutes, whatever the line lengths and the number of lines.
///
/// The bound is the calling thread's CPU time, so a busy machine does not cut short a search
/// that would finish: half a second for the article, plus a little for each character of text
/// given to the engine (a plain scan of a huge article is no runaway). The regular expression
/// matcher checks it between texts and inside one long match every few of the engine's
/// progress reports; `isCancelled` (a newer search replaced this one) is checked there too.
public struct SearchBudget {
    /// CPU time for the whole article, whatever its size: "about half a second".
    public static let baseNanoseconds: UInt64 = 500_000_000
    /// CPU time added per UTF-16 unit searched: a healthy regular expression scans far faster
    /// than this (tens of MB/s), one that backtracks without end far slower.
    public static let perUnitNanoseconds: UInt64 = 100

    /// The thread CPU time at which the search stops.
    private var deadline: UInt64
    /// Progress reports until the next look at the clock.
    private var untilCheck = 0
    /// Set once the search ran out of time or was cancelled: nothing more is searched.
    public private(set) var isExhausted = false
    /// True when a newer search replaced this one (checked with the clock).
    private let isCancelled: @Sendable () -> Bool

    /// A budget starting now, on the calling thread.
    public init(isCancelled: @escaping @Sendable () -> Bool = { false }) {
        deadline = Self.threadNanoseconds() &+ Self.baseNanoseconds
        self.isCancelled = isCancelled
    }

    /// Gives time for `units` more UTF-16 units of text, then says whether the search may go
    /// on (false when the time ran out or the search was cancelled).
    mutating func begin(units: Int) -> Bool {
        deadline &+= UInt64(max(0, units)) &* Self.perUnitNanoseconds
        return check()
    }

    /// Says whether a literal search may go on to its next text: only cancellation is checked
    /// (every `reportsPerCheck` texts), since a literal search cannot run away.
    mutating func beginLiteral() -> Bool {
        guard !isExhausted else { return false }
        untilCheck -= 1
        guard untilCheck <= 0 else { return true }
        untilCheck = Self.reportsPerCheck
        if isCancelled() { isExhausted = true }
        return !isExhausted
    }

    /// Called at each progress report of the engine: false when the search must stop. The
    /// clock is read every `reportsPerCheck` reports (a report comes at each place a match is
    /// tried, and every few thousand steps of one attempt).
    mutating func report() -> Bool {
        guard !isExhausted else { return false }
        untilCheck -= 1
        guard untilCheck <= 0 else { return true }
        return check()
    }

    /// Reports between two looks at the clock and the cancellation.
    static let reportsPerCheck = 64

    private mutating func check() -> Bool {
        guard !isExhausted else { return false }
        untilCheck = Self.reportsPerCheck
        if isCancelled() || Self.threadNanoseconds() >= deadline { isExhausted = true }
        return !isExhausted
    }

    /// The CPU time the calling thread has used, in nanoseconds.
    static func threadNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}
