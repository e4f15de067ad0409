import Screen

/// Mouse reports in the SGR encoding (`ESC [ < button ; column ; row M`, `m` on release), which
/// folio asks the terminal for (mode 1006) whatever ncurses makes of the terminal's `kmous`:
/// where terminfo names the older encoding (tmux, screen), ncurses passes these reports on as
/// characters, and `KeyStream` reads them here. Unlike the older encoding they reach past
/// column 223.
enum SGRMouse {
    /// The button bits of a report without the modifier bits (Shift 4, Alt 8, Ctrl 16).
    private static let buttonBits: UInt32 = ~(4 | 8 | 16)

    /// The event a report means, from its body after the Esc (`[<0;12;5M`); nil for what folio
    /// does not use (releases, motion, the middle and right buttons, sideways wheels) and for
    /// anything that is not such a report.
    static func event(_ body: [UInt32]) -> MouseEvent? {
        guard body.count > 3, body[0] == 0x5B, body[1] == 0x3C, let final = body.last, final == 0x4D || final == 0x6D
        else { return nil }
        let fields = body[2..<body.count - 1].split(separator: 0x3B, omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        var numbers: [Int] = []
        for field in fields {
            guard !field.isEmpty, field.count <= 6, field.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            numbers.append(field.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        guard final == 0x4D, numbers[1] >= 1, numbers[2] >= 1 else { return nil }
        let kind: MouseEvent.Kind
        switch UInt32(numbers[0]) & buttonBits {
        case 0: kind = .click
        case 64: kind = .wheelUp
        case 65: kind = .wheelDown
        default: return nil
        }
        return MouseEvent(kind: kind, x: numbers[1] - 1, y: numbers[2] - 1)
    }
}
