import CNcursesw
import FolioKit
import Screen

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal while folio runs: curses mode, keys in, screen buffers out.
///
/// `start` enters curses mode (on `/dev/tty` when standard input or output is redirected, so
/// `folio -` can read an article from a pipe), `draw` sends what changed since the last
/// buffer, `readKey` decodes input, and `end` restores the terminal. The terminal is also
/// restored on termination signals (through the event loop), on errors thrown out of the
/// loop, on `exit`, and, as far as possible, on crashes.
public final class TerminalSession {
    /// What the terminal can show, known after `start`.
    public private(set) var colorCapability: ColorCapability = .none
    /// True between `start` and `end`.
    public private(set) var isActive = false

    private let mouse: Bool
    private var screen: OpaquePointer?
    private var terminalFile: UnsafeMutablePointer<FILE>?
    /// The descriptor keys are read from, to notice when the terminal goes away.
    private(set) var inputDescriptor: Int32 = -1
    /// The descriptor the screen is written to, for what curses does not send itself.
    private var outputDescriptor: Int32 = -1
    var colors = ColorPairTable(palette: ColorPalette(capability: .none), pairLimit: 0)
    /// The buffer on screen; nil forces the next draw to send every cell.
    var shown: ScreenBuffer?
    /// Set when the terminal's content is unknown (resize, resume): the next draw clears it.
    var needsClear = false

    /// Creates a session; nothing happens to the terminal until `start`.
    /// - Parameter mouse: report wheel and left-button presses. Only button tracking is
    ///   asked for (no motion), and most terminals still select text with Shift held.
    public init(mouse: Bool = true) {
        self.mouse = mouse
    }

    deinit { end() }

    // MARK: - Starting and ending

    /// True when the terminal is gone (its window closed, the pseudo-terminal hung up):
    /// reading keys would then fail at once, forever.
    var inputHungUp: Bool {
        guard inputDescriptor >= 0 else { return false }
        var request = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, 0) >= 0 else { return errno != EINTR }
        return request.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Enters curses mode: raw keys, no echo, hidden cursor, colours when the terminal has
    /// them and `NO_COLOR` is not set.
    public func start() throws {
        guard !isActive else { return }
        TerminalSession.useUTF8Locale()
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let output: UnsafeMutablePointer<FILE>
        let input: UnsafeMutablePointer<FILE>
        if interactive {
            output = folio_stdout()
            input = folio_stdin()
        } else {
            guard let tty = fopen("/dev/tty", "r+") else { throw TerminalError.noTerminal }
            terminalFile = tty
            output = tty
            input = tty
        }
        inputDescriptor = fileno(input)
        outputDescriptor = fileno(output)
        var modes = termios()
        tcgetattr(fileno(output), &modes)
        // Handlers go in before curses starts, so ncurses keeps its own off them.
        SignalGuard.install(terminal: fileno(output), modes: modes)
        guard let screen = newterm(nil, output, input) else {
            SignalGuard.uninstall()
            closeTerminalFile()
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        keypad(folio_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        setUpColors()
        if mouse {
            mousemask(folio_button1_pressed() | folio_button4_pressed() | folio_button5_pressed(), nil)
            mouseinterval(0)
        }
        isActive = true
        shown = nil
        setInputModes(true)
        SignalGuard.arm(reset: resetSequence())
    }

    /// Leaves curses mode and restores the terminal. Safe to call more than once.
    public func end() {
        guard isActive else { return }
        isActive = false
        endwin()
        setInputModes(false)
        if let screen { delscreen(screen) }
        screen = nil
        closeTerminalFile()
        SignalGuard.uninstall()
        shown = nil
    }

    /// The screen's size in cells.
    public var size: (width: Int, height: Int) {
        guard isActive else { return (0, 0) }
        var width: Int32 = 0
        var height: Int32 = 0
        folio_screen_size(&width, &height)
        return (Int(max(0, width)), Int(max(0, height)))
    }

    // MARK: - Suspending

    /// Stops folio like Ctrl-Z in a shell: restores the terminal, stops the process, and
    /// when the shell resumes it, takes the terminal back and redraws everything.
    public func suspend() {
        guard isActive else { return }
        leaveCursesMode()
        Self.withDefaultAction(for: SIGTSTP) { _ = raise(SIGTSTP) }
        resumeCursesMode()
    }

    /// Runs `body` with the terminal restored to normal, e.g. to open a browser or a pager,
    /// then takes the terminal back and redraws everything. Ctrl-C pressed meanwhile goes to
    /// the external program and does not end folio.
    public func withSuspended<Result>(_ body: () throws -> Result) rethrows -> Result {
        guard isActive else { return try body() }
        leaveCursesMode()
        defer {
            SignalGuard.discardInterrupts()
            resumeCursesMode()
        }
        return try body()
    }

    /// Makes the next `draw` clear the screen and send every cell (e.g. for Ctrl-L).
    public func redrawAll() {
        shown = nil
        needsClear = true
    }

    private func leaveCursesMode() {
        SignalGuard.disarm()
        endwin()
        setInputModes(false)
    }

    private func resumeCursesMode() {
        // After `endwin`, an update takes the terminal back; clearing curscr makes it
        // repaint the whole screen from the last frame.
        clearok(folio_curscr(), true)
        doupdate()
        setInputModes(true)
        SignalGuard.arm(reset: resetSequence())
    }

    // MARK: - Setup

    /// Uses the user's locale, or C.UTF-8 for character handling when that locale is not
    /// UTF-8, so wide characters work.
    private static func useUTF8Locale() {
        let locale = setlocale(LC_ALL, "")
        if locale == nil || String(cString: folio_codeset()) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private func setUpColors() {
        var environment: [String: String] = [:]
        if let noColor = getenv("NO_COLOR") { environment["NO_COLOR"] = String(cString: noColor) }
        let wanted = ColorCapability.detect(hasColors: has_colors(), colors: 256, environment: environment)
        var hasDefaultColors = false
        if wanted != .none, start_color() == OK {
            hasDefaultColors = use_default_colors() == OK
            colorCapability = ColorCapability.detect(
                hasColors: true, colors: Int(folio_colors()), environment: environment)
        } else {
            colorCapability = .none
        }
        colors = ColorPairTable(
            palette: ColorPalette(capability: colorCapability, hasDefaultColors: hasDefaultColors),
            pairLimit: Int32(folio_color_pairs()))
    }

    /// The sequence that turns bracketed paste mode on or off: while on, the terminal wraps
    /// pasted text in `ESC [200~` and `ESC [201~`, so a paste is one insertion, never keys.
    static func bracketedPaste(_ on: Bool) -> [UInt8] {
        Array((on ? "\u{1B}[?2004h" : "\u{1B}[?2004l").utf8)
    }

    /// The sequence that turns SGR mouse reports on or off: while on (and ncurses has mouse
    /// reports on), the terminal reports the mouse as `ESC [ < button ; column ; row M`, which
    /// reaches every column and which ncurses or `KeyStream` decodes.
    static func sgrMouse(_ on: Bool) -> [UInt8] {
        Array((on ? "\u{1B}[?1006h" : "\u{1B}[?1006l").utf8)
    }

    /// Turns bracketed paste mode and, with the mouse, SGR mouse reports on (in curses mode) or
    /// off (before the shell has the terminal back), written straight to the terminal after
    /// curses' own output.
    private func setInputModes(_ on: Bool) {
        guard outputDescriptor >= 0 else { return }
        let bytes = TerminalSession.bracketedPaste(on) + (mouse ? TerminalSession.sgrMouse(on) : [])
        fflush(terminalFile ?? folio_stdout())
        _ = bytes.withUnsafeBytes { write(outputDescriptor, $0.baseAddress, $0.count) }
    }

    private func closeTerminalFile() {
        if let terminalFile { fclose(terminalFile) }
        terminalFile = nil
        outputDescriptor = -1
    }

    /// What puts the terminal back after a crash: attributes off, cursor shown, keypad
    /// transmit off, alternate screen left, mouse reports off.
    private func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += TerminalSession.withoutPadding(Array(String(cString: value).utf8))
        }
        if mouse { bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8) }
        bytes += TerminalSession.bracketedPaste(false)
        return bytes
    }

    /// A terminfo string without its `$<delay>` padding.
    private static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "<"),
                let close = bytes[index...].firstIndex(of: UInt8(ascii: ">"))
            {
                index = close + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
