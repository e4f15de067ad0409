import Foundation

/// The addresses `folio add -` reads from standard input.
public enum AddressList {
    /// One address a line; blank lines and lines starting with `#` (after white space) are
    /// skipped, and white space around an address goes.
    public static func read(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line in
            let address = line.trimmingCharacters(in: .whitespaces)
            return address.isEmpty || address.hasPrefix("#") ? nil : address
        }
    }
}
