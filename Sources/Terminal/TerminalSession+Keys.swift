import CNcursesw
import FolioUI

extension TerminalSession {
    /// Waits for the next key folio knows.
    /// - Parameter milliseconds: how long to wait; nil waits until a key comes.
    /// - Returns: the key, or nil when the time ran out or a signal interrupted the wait.
    ///   A resize (`.resize`) makes the next `draw` repaint the whole screen.
    public func readKey(timeout milliseconds: Int? = nil) -> Key? {
        guard isActive else { return nil }
        let window = folio_stdscr()
        wtimeout(window, Int32(clamping: milliseconds ?? -1))
        while true {
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
            guard let key = KeyDecoder.key(for: input, size: size, mouse: mouse) else { continue }
            if case .resize = key { redrawAll() }
            return key
        }
    }
}
