import CNcursesw
import Screen

extension TerminalSession {
    /// The most keys taken in one turn of the event loop, so that the screen still follows a
    /// flood of input that is not a bracketed paste (a paste is one key, however long).
    static let maximumKeysAtOnce = 4096

    /// How long the rest of a bracketed paste may take to come, in milliseconds of silence,
    /// before what came is taken as the whole paste.
    static let pasteSilence = 500

    /// Waits for input, then takes everything already waiting with it: the keys in the order
    /// typed (see `KeyStream` for Alt keys, pastes and unknown escape sequences).
    /// - Parameter milliseconds: how long to wait for the first input; nil waits until one comes.
    /// - Returns: the keys; none when the time ran out or a signal interrupted the wait.
    ///   A resize (`.resize`) makes the next `draw` repaint the whole screen.
    public func readKeys(timeout milliseconds: Int? = nil) -> [Key] {
        guard isActive, let first = readInput(timeout: milliseconds) else { return [] }
        var stream = KeyStream()
        var keys = stream.feed(first.input, size: size, mouse: first.mouse)
        while stream.isInsidePaste || keys.count < Self.maximumKeysAtOnce {
            guard let next = readInput(timeout: stream.isInsidePaste ? Self.pasteSilence : 0) else { break }
            keys += stream.feed(next.input, size: size, mouse: next.mouse)
        }
        keys += stream.finish(endingPaste: true)
        if keys.contains(where: { if case .resize = $0 { true } else { false } }) { redrawAll() }
        return keys
    }

    /// Reads one input from ncurses, with the mouse report of a `KEY_MOUSE`.
    /// - Parameter milliseconds: how long to wait; nil waits until one comes, 0 not at all.
    private func readInput(timeout milliseconds: Int?) -> (input: RawInput, mouse: MouseReport?)? {
        let window = folio_stdscr()
        wtimeout(window, Int32(clamping: milliseconds ?? -1))
        var value: wint_t = 0
        let input: RawInput
        switch wget_wch(window, &value) {
        case OK: input = .character(UInt32(value))
        case KEY_CODE_YES: input = .keyCode(Int32(bitPattern: UInt32(value)))
        default: return nil
        }
        var mouse: MouseReport?
        if input == .keyCode(KEY_MOUSE) {
            var x: Int32 = 0
            var y: Int32 = 0
            var buttons: UInt = 0
            if folio_getmouse(&x, &y, &buttons) == OK {
                mouse = MouseReport(x: Int(x), y: Int(y), buttons: buttons)
            }
        }
        return (input, mouse)
    }
}
