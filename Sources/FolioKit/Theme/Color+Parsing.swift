extension Color {
    /// The names of the 16 ANSI colours, in palette order (`bright-black` is also `grey`).
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Reads a colour as a theme writes it: `default`, an ANSI name (`red`, `bright-blue`,
    /// `grey`; case, `-`, `_` and spaces don't matter), `#RRGGBB` or `#RGB`, or a 256-colour
    /// index `0`–`255`. Returns nil for anything else.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: "#") {
            guard let color = Color.hex(bytes.dropFirst()) else { return nil }
            self = color
            return
        }
        if !bytes.isEmpty, bytes.count <= 3, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard let index = Int(text), index <= 255 else { return nil }
            self = .indexed(index)
            return
        }
        let key = String(
            decoding: bytes.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "): nil
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                default: byte
                }
            }, as: UTF8.self)
        switch key {
        case "default": self = .default
        case "grey", "gray": self = .ansi(8)
        default:
            guard let index = Color.ansiNames.firstIndex(where: { String($0.filter { $0 != "-" }) == key })
            else { return nil }
            self = .ansi(index)
        }
    }

    /// `#RRGGBB` or `#RGB`, without the `#`.
    private static func hex(_ digits: ArraySlice<UInt8>) -> Color? {
        var values: [UInt8] = []
        for byte in digits {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): values.append(byte - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): values.append(byte - 0x41 + 10)
            default: return nil
            }
        }
        switch values.count {
        case 6: return .rgb(values[0] << 4 | values[1], values[2] << 4 | values[3], values[4] << 4 | values[5])
        case 3: return .rgb(values[0] * 17, values[1] * 17, values[2] * 17)
        default: return nil
        }
    }
}
