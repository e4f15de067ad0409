import Screen

/// Turns the inputs that came together into keys, where one input alone cannot say what it
/// means: Esc followed at once by a character is Alt and that character (what terminals send
/// for Alt-B), a bracketed paste (`ESC [200~`, the text, `ESC [201~`) is one `.paste` whatever
/// it holds, an SGR mouse report (see `SGRMouse`) is a `.mouse` key, and other escape sequences
/// ncurses does not know (focus reports and the like) are dropped instead of being read as Esc,
/// `[` and more keys. Pure: fed `RawInput`s, so every
/// case is testable without a terminal.
struct KeyStream {
    /// Bytes of a bracketed paste's start and end, after the Esc.
    private static let pasteStart: [UInt32] = [0x5B, 0x32, 0x30, 0x30, 0x7E]  // [200~
    private static let pasteEnd: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [201~
    /// The longest escape sequence kept while it is read; a longer one is dropped.
    private static let maximumSequence = 32

    /// An escape sequence begun and not finished: Esc and what followed it.
    private var sequence: [UInt32] = []
    /// The text of a paste being read, nil outside a paste.
    private var pasted: String.UnicodeScalarView?
    /// How much of the paste's end has been read.
    private var endMatched = 0

    /// True between a paste's start and its end: the reader should wait for the rest.
    var isInsidePaste: Bool { pasted != nil }

    /// The keys an input completes (none while a sequence is incomplete).
    /// - Parameters:
    ///   - size: the screen size, for a `KEY_RESIZE`.
    ///   - mouse: the report `getmouse` gave for a `KEY_MOUSE`.
    mutating func feed(
        _ input: RawInput, size: (width: Int, height: Int) = (0, 0), mouse: MouseReport? = nil
    ) -> [Key] {
        if pasted != nil { return feedPaste(input, size: size, mouse: mouse) }
        guard !sequence.isEmpty else {
            if input == .character(0x1B) {
                sequence = [0x1B]
                return []
            }
            return KeyDecoder.key(for: input, size: size, mouse: mouse).map { [$0] } ?? []
        }
        guard case .character(let value) = input else {
            // A key code after Esc: Esc was a key of its own.
            return flush() + feed(input, size: size, mouse: mouse)
        }
        if sequence.count == 1 {
            switch value {
            case 0x5B:
                sequence.append(value)
                return []
            case 0x20..<0x7F, 0xA0...:
                sequence = []
                return Unicode.Scalar(value).map { [.alt(Character($0))] } ?? []
            default:
                return flush() + feed(input, size: size, mouse: mouse)
            }
        }
        // A control sequence: parameters and intermediates, then a final byte.
        switch value {
        case 0x20...0x3F where sequence.count < Self.maximumSequence:
            sequence.append(value)
            return []
        case 0x40...0x7E:
            let body = Array(sequence.dropFirst()) + [value]
            sequence = []
            if body == Self.pasteStart { pasted = String.UnicodeScalarView() }
            return SGRMouse.event(body).map { [.mouse($0)] } ?? []
        default:
            // Not a sequence after all: what was read of it is dropped.
            sequence = []
            return feed(input, size: size, mouse: mouse)
        }
    }

    /// The keys still held when no more input is waiting: a lone Esc is Esc, Esc and `[` is
    /// Alt-[. An unfinished paste ends here only when `endingPaste` (its end never came).
    mutating func finish(endingPaste: Bool = false) -> [Key] {
        if pasted != nil {
            guard endingPaste else { return [] }
            return endPaste()
        }
        return flush()
    }

    /// The keys of an unfinished escape sequence, read as typed.
    private mutating func flush() -> [Key] {
        defer { sequence = [] }
        switch sequence {
        case [0x1B]: return [.escape]
        case [0x1B, 0x5B]: return [.alt("[")]
        default: return []
        }
    }

    /// Takes an input inside a paste: text until the paste's end.
    private mutating func feedPaste(
        _ input: RawInput, size: (width: Int, height: Int), mouse: MouseReport?
    ) -> [Key] {
        guard case .character(let value) = input else {
            // Keys ncurses made of pasted bytes mean nothing here; a resize still counts.
            if case .resize(let width, let height)? = KeyDecoder.key(for: input, size: size, mouse: mouse) {
                return [.resize(width: width, height: height)]
            }
            return []
        }
        if value == Self.pasteEnd[endMatched] {
            endMatched += 1
            return endMatched == Self.pasteEnd.count ? endPaste() : []
        }
        if endMatched > 0 {
            // A false start of the end: those bytes were text.
            let partial = Self.pasteEnd[..<endMatched]
            endMatched = 0
            for byte in partial { append(byte) }
            return feedPaste(input, size: size, mouse: mouse)
        }
        append(value)
        return []
    }

    private mutating func append(_ value: UInt32) {
        if let scalar = Unicode.Scalar(value) { pasted?.append(scalar) }
    }

    private mutating func endPaste() -> [Key] {
        defer {
            pasted = nil
            endMatched = 0
        }
        guard let pasted, !pasted.isEmpty else { return [] }
        return [.paste(String(pasted))]
    }
}
