import Dispatch
import Foundation
import FolioKit
import FolioUI
import Terminal

/// The reader without a terminal, as the terminal runs it: the same start-up (`Startup`), keys
/// handed to the same wiring, background news taken at idle ticks (at once when background work
/// wakes it, as the event loop does, else every 50 ms), and the screen rendered into a
/// `ScreenBuffer` and drawn into memory: after each key, and once what was waited for is there
/// (not at every tick on the way, so `key-timing` counts a key's own work). `folio key-timing` times keys through it, and the
/// in-process tests run whole sessions with it: keys in, effects run, background work waited
/// for, the screen out.
public final class HeadlessReader {
    /// The app's state.
    public private(set) var state: AppState
    /// The screen's width in columns.
    public let width: Int
    /// The screen's height in rows.
    public let height: Int
    let startup: Startup
    let wiring: ReaderWiring
    /// Woken by background work that has news.
    private let news = DispatchSemaphore(value: 0)
    /// The screen as last drawn (what the terminal would have worked out to send).
    private var drawn = HeadlessScreen()
    /// True once a key (or `quit`) ended the reader.
    public private(set) var hasQuit = false

    /// Starts the reader on what `options` names, in a screen of `width` by `height`:
    /// `environment` gives the state database's place and the user's themes (nil: the
    /// process's); standard input is read from `input`. A theme given that cannot be loaded is
    /// exit status 2; paths that cannot be read are in `errors`, and on the status line.
    public init(
        _ options: ReaderOptions, environment: [String: String]? = nil, input: Int32 = STDIN_FILENO, width: Int = 120,
        height: Int = 40
    ) throws(ExitStatus) {
        startup = try Startup(options, environment: environment, input: input)
        self.width = width
        self.height = height
        state = startup.makeState()
        wiring = startup.makeWiring(terminal: nil)
        let news = news
        wiring.wake { news.signal() }
        _ = state.handle(key: .resize(width: width, height: height))
        hasQuit = startup.openFirstArticle(&state, with: wiring) == .quit
        draw()
    }

    /// The paths that could not be read, and the folders found unreadable since.
    public var errors: [LoadError] { startup.library.errors + startup.session.unreadable }

    /// Feeds keys one at a time, as typed, each drawn; false once one quits (what quitting
    /// keeps is then kept).
    @discardableResult
    public func press(_ keys: Key...) -> Bool {
        for key in keys where !hasQuit {
            if wiring.handle([key], in: &state) == .quit {
                hasQuit = true
                wiring.finish(&state, signalled: false)
            }
            draw()
        }
        return !hasQuit
    }

    /// Types `text`, a character key at a time.
    @discardableResult
    public func type(_ text: String) -> Bool {
        for character in text where !press(.character(character)) { return false }
        return !hasQuit
    }

    /// An idle tick of the event loop: takes what background work reported; true when
    /// something changed.
    @discardableResult
    public func tick() -> Bool {
        guard !hasQuit else { return false }
        let control = wiring.idle(&state)
        if control == .quit {
            hasQuit = true
            wiring.finish(&state, signalled: false)
        }
        return control != .unchanged
    }

    /// Takes background news, as idle ticks do, until `condition` holds of the state (checked
    /// after each tick: the first comes at once, as the terminal's first idle tick comes right
    /// after the first frame); false when it did not within `timeout` seconds. The screen is
    /// drawn when it returns.
    @discardableResult
    public func wait(timeout: Double = 60, until condition: (AppState) -> Bool) -> Bool {
        let deadline = DispatchTime.now() + timeout
        defer { draw() }
        while true {
            tick()
            if condition(state) { return true }
            if hasQuit || DispatchTime.now() >= deadline { return false }
            _ = news.wait(timeout: min(deadline, .now() + .milliseconds(50)))
        }
    }

    /// Waits (at most `timeout` seconds) until background work is done: the library listed,
    /// read and kept in the state database, no article loading, no search or rescan running.
    @discardableResult
    public func settle(timeout: Double = 60) -> Bool {
        guard wait(timeout: timeout, until: \.isSettled) else { return false }
        wiring.session.finishBackgroundWork()
        if tick() { draw() }
        return true
    }

    /// Waits at most `timeout` seconds for background news (not at all when some came since
    /// the last tick), then takes it as an idle tick does and draws the screen when that
    /// changed something, as the terminal draws a frame: returns how long the tick and the
    /// frame took (the wait left out), nil when nothing changed. `key-timing` times each lot
    /// of streamed news with it: a key pressed meanwhile waits for it.
    public func drawNews(waiting timeout: Double) -> Duration? {
        _ = news.wait(timeout: .now() + timeout)
        let clock = ContinuousClock()
        let start = clock.now
        guard tick() else { return nil }
        draw()
        return clock.now - start
    }

    /// The screen as the state renders it now.
    public var screen: ScreenBuffer { render(state, width: width, height: height) }

    /// Ends the reader as a signal would: what quitting keeps is kept (and written before this
    /// returns).
    public func quit() {
        guard !hasQuit else { return }
        hasQuit = true
        wiring.finish(&state, signalled: true)
    }

    /// Renders the state and draws what changed into memory, as the terminal's loop does.
    private func draw() {
        _ = drawn.draw(screen)
    }
}

extension AppState {
    /// True when nothing is going on in the background: the library listed and read, no
    /// article loading, no search or rescan running, no page being saved, no feed fetching.
    var isSettled: Bool {
        indexing == nil && !search.isSearching && reader.pendingOpen == nil && !isRescanning && address.saving.isEmpty
            && feeds.fetch == nil && feeds.fullText.isEmpty
    }
}
