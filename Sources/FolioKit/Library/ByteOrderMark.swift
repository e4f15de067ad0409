/// A Unicode byte-order mark at the start of a file: the encoding form it announces and the
/// bytes it takes.
public enum ByteOrderMark: Sendable, Equatable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    case utf32LittleEndian
    case utf32BigEndian

    /// The mark that `bytes` start with, if any. `FF FE 00 00` is read as UTF-32LE (as browsers,
    /// iconv and Python do), not as UTF-16LE followed by a NUL character.
    public init?<Bytes: Collection<UInt8>>(startOf bytes: Bytes) {
        guard let mark = Self.detectionOrder.first(where: { bytes.starts(with: $0.bytes) }) else { return nil }
        self = mark
    }

    /// The mark's bytes.
    public var bytes: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        case .utf32LittleEndian: [0xFF, 0xFE, 0x00, 0x00]
        case .utf32BigEndian: [0x00, 0x00, 0xFE, 0xFF]
        }
    }

    /// The encoding's name as libxml2 and iconv know it.
    public var encodingName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .utf32LittleEndian: "UTF-32LE"
        case .utf32BigEndian: "UTF-32BE"
        }
    }

    /// The bytes of one code unit: 1, 2 or 4.
    var unitSize: Int {
        switch self {
        case .utf8: 1
        case .utf16LittleEndian, .utf16BigEndian: 2
        case .utf32LittleEndian, .utf32BigEndian: 4
        }
    }

    /// The order in which marks are tried: UTF-32LE before UTF-16LE, whose mark it starts with.
    private static let detectionOrder: [ByteOrderMark] = [
        .utf8, .utf32LittleEndian, .utf32BigEndian, .utf16LittleEndian, .utf16BigEndian,
    ]

    /// Whether code units are stored most significant byte first.
    var isBigEndian: Bool { self == .utf16BigEndian || self == .utf32BigEndian }
}
