import CNcursesw
import Screen

/// Turns what ncurses read into folio's `Key`. Pure: the size and mouse report that some
/// codes need are passed in, so the whole table is testable without a terminal.
enum KeyDecoder {
    /// The key for one input, or nil for input folio ignores (unknown key codes, Ctrl-@,
    /// stray C1 controls, mouse buttons other than wheel and left press).
    /// - Parameters:
    ///   - size: the screen size after a `KEY_RESIZE`.
    ///   - mouse: the event `getmouse` returned after a `KEY_MOUSE`.
    static func key(
        for input: RawInput, size: (width: Int, height: Int) = (0, 0), mouse: MouseReport? = nil
    ) -> Key? {
        switch input {
        case .character(let value): character(value)
        case .keyCode(let code): keyCode(code, size: size, mouse: mouse)
        }
    }

    /// A character `wget_wch` returned with `OK`.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            return Unicode.Scalar(value + 0x60).map { .control(Character($0)) }
        case 0..<32, 0x80..<0xA0: return nil
        default:
            return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// A key code `wget_wch` returned with `KEY_CODE_YES`.
    static func keyCode(
        _ code: Int32, size: (width: Int, height: Int), mouse: MouseReport?
    ) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        case KEY_MOUSE: return mouse.flatMap(mouseEvent).map { .mouse($0) }
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// The mouse event folio uses for a report: wheel up or down, or a left press (reported
    /// on press, since `mouseinterval(0)` turns off click detection to avoid its delay).
    static func mouseEvent(_ report: MouseReport) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if report.buttons & UInt(folio_button4_pressed()) != 0 {
            kind = .wheelUp
        } else if report.buttons & UInt(folio_button5_pressed()) != 0 {
            kind = .wheelDown
        } else if report.buttons & UInt(folio_button1_pressed() | folio_button1_clicked()) != 0 {
            kind = .click
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: report.x, y: report.y)
    }
}
