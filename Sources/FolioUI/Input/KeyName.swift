extension Key {
    /// The named keys, by the names a configuration file may use for them (lower case); the
    /// first name of each is the one `name` gives.
    static let namedKeys: [(names: [String], key: Key)] = [
        (["space"], .character(" ")),
        (["enter", "return"], .enter),
        (["esc", "escape"], .escape),
        (["tab"], .tab),
        (["shift-tab", "backtab"], .backTab),
        (["backspace"], .backspace),
        (["delete", "del"], .delete),
        (["up", "↑"], .up),
        (["down", "↓"], .down),
        (["left", "←"], .left),
        (["right", "→"], .right),
        (["pgup", "page-up", "pageup"], .pageUp),
        (["pgdn", "page-down", "pagedown"], .pageDown),
        (["home"], .home),
        (["end"], .end),
    ]

    /// The key a configuration file names: one character (`j`, `]`, `é`), a named key (`space`,
    /// `enter`, `esc`, `tab`, `shift-tab`, `backspace`, `delete`, `up`, `down`, `left`, `right`,
    /// `pgup`, `pgdn`, `home`, `end`, `f1`–`f12`; the help overlay's `↓`, `PgDn` and `Esc` too),
    /// `ctrl-` and a letter, or `alt-` and a character. Names other than one character ignore
    /// case. Nil for anything else.
    public init?(name: String) {
        let lower = name.lowercased()
        if let named = Key.namedKeys.first(where: { $0.names.contains(lower) }) {
            self = named.key
        } else if name.count == 1, let character = name.first {
            self = .character(character)
        } else if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number), lower.count <= 3 {
            self = .function(number)
        } else if let letter = Key.modified(name, prefix: "ctrl-"), letter.isASCII, letter.isLetter {
            self = .control(Character(letter.lowercased()))
        } else if let character = Key.modified(name, prefix: "alt-") {
            self = .alt(character.isASCII && character.isLetter ? Character(character.lowercased()) : character)
        } else {
            return nil
        }
    }

    /// The one character after `prefix` (matched ignoring case), if that is what `name` is.
    private static func modified(_ name: String, prefix: String) -> Character? {
        guard name.count == prefix.count + 1, name.lowercased().hasPrefix(prefix), let last = name.last else { return nil }
        return last
    }

    /// The name a configuration file gives the key (`j`, `space`, `ctrl-r`, `pgdn`), read back
    /// by `init(name:)`; nil for what no key binding can name (resize, mouse, paste).
    public var name: String? {
        switch self {
        case .character(" "): return "space"
        case .character(let character): return String(character)
        case .control(let character): return "ctrl-" + String(character)
        case .alt(let character): return "alt-" + String(character)
        case .function(let number): return "f\(number)"
        case .resize, .mouse, .paste: return nil
        default: return Key.namedKeys.first { $0.key == self }?.names.first
        }
    }
}
