import Testing

@testable import FolioKit

/// The one policy for untrusted characters: what each becomes on the screen, in a line and in
/// lines of plain text, in JSON and in an address handed to a browser.
@Suite struct UntrustedTextTests {
    typealias Treatment = UntrustedText.Treatment

    /// A character of each kind (and some of no kind), with what it becomes in each output:
    /// screen, line, lines, json, url.
    static let table: [(scalar: Unicode.Scalar, kind: UntrustedText.Kind?, outputs: [Treatment])] = [
        ("\n", .lineFeed, [.shown("␊"), .shown("␊"), .kept, .escaped, .refused]),
        ("\t", .tab, [.shown("␉"), .shown(" "), .shown(" "), .escaped, .refused]),
        ("\u{1B}", .control, [.shown("␛"), .shown("␛"), .shown("␛"), .escaped, .refused]),
        ("\u{07}", .control, [.shown("␇"), .shown("␇"), .shown("␇"), .escaped, .refused]),
        ("\r", .control, [.shown("␍"), .shown("␍"), .shown("␍"), .escaped, .refused]),
        ("\0", .control, [.shown("␀"), .shown("␀"), .shown("␀"), .escaped, .refused]),
        ("\u{7F}", .delete, [.shown("␡"), .shown("␡"), .shown("␡"), .escaped, .refused]),
        ("\u{9B}", .c1, [.shown("\u{FFFD}"), .shown("\u{FFFD}"), .shown("\u{FFFD}"), .escaped, .refused]),
        ("\u{85}", .c1, [.shown("\u{FFFD}"), .shown("\u{FFFD}"), .shown("\u{FFFD}"), .escaped, .refused]),
        ("\u{202E}", .bidiControl, [.shown("\u{FFFD}"), .dropped, .dropped, .escaped, .refused]),
        ("\u{2067}", .bidiControl, [.shown("\u{FFFD}"), .dropped, .dropped, .escaped, .refused]),
        ("\u{2028}", .lineSeparator, [.kept, .kept, .kept, .escaped, .refused]),
        ("\u{2029}", .lineSeparator, [.kept, .kept, .kept, .escaped, .refused]),
        ("\u{200B}", .zeroWidth, [.kept, .kept, .kept, .kept, .refused]),
        ("\u{200D}", .zeroWidth, [.kept, .kept, .kept, .kept, .refused]),
        ("\u{200F}", .zeroWidth, [.kept, .kept, .kept, .kept, .refused]),
        ("\u{FEFF}", .zeroWidth, [.kept, .kept, .kept, .kept, .refused]),
        (" ", .space, [.kept, .kept, .kept, .kept, .refused]),
        ("\u{A0}", .space, [.kept, .kept, .kept, .kept, .refused]),
        ("\u{3000}", .space, [.kept, .kept, .kept, .kept, .refused]),
        ("a", nil, [.kept, .kept, .kept, .kept, .kept]),
        ("~", nil, [.kept, .kept, .kept, .kept, .kept]),
        ("é", nil, [.kept, .kept, .kept, .kept, .kept]),
        ("\u{301}", nil, [.kept, .kept, .kept, .kept, .kept]),
        ("漢", nil, [.kept, .kept, .kept, .kept, .kept]),
        ("\u{1F600}", nil, [.kept, .kept, .kept, .kept, .kept]),
    ]

    static let outputs: [UntrustedText.Output] = [.screen, .line, .lines, .json, .url]

    @Test("each character becomes what the table says in each output", arguments: table.indices)
    func theTable(row: Int) {
        let (scalar, kind, expected) = Self.table[row]
        #expect(UntrustedText.kind(of: scalar) == kind, "U+\(String(scalar.value, radix: 16))")
        #expect(Self.outputs.map { UntrustedText.treatment(of: scalar, for: $0) } == expected, "U+\(String(scalar.value, radix: 16))")
    }

    @Test("every output has a row in the table, and every kind")
    func theTableCoversEverything() {
        #expect(Self.outputs.count == UntrustedText.Output.allCases.count)
        #expect(Set(Self.table.compactMap(\.kind).map { "\($0)" }) == Set(UntrustedText.Kind.allCases.map { "\($0)" }))
    }

    /// Every C0 control shows as its symbol, on the screen and in plain text.
    @Test func controlsShowAsTheirSymbols() {
        for value in UInt32(0)..<0x20 where value != 0x09 && value != 0x0A {
            let scalar = Unicode.Scalar(value).unsafelyUnwrapped
            #expect(UntrustedText.treatment(of: scalar, for: .screen) == .shown(Unicode.Scalar(0x2400 + value).unsafelyUnwrapped))
            #expect(UntrustedText.treatment(of: scalar, for: .line) == UntrustedText.treatment(of: scalar, for: .screen))
        }
    }

    @Test("every white space character Unicode names is refused in an address")
    func whiteSpaceIsRefusedInAddresses() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace else { continue }
            #expect(UntrustedText.treatment(of: scalar, for: .url) == .refused, "U+\(String(value, radix: 16))")
        }
    }

    /// Code that reads bytes looks at a character only when its lead byte may be changed: no
    /// character the policy changes may start with a byte that says it is not.
    @Test("no changed character hides behind a lead byte said to be unchanged")
    func leadBytesAgreeWithTheTable() {
        for output in Self.outputs {
            var missed: [UInt32] = []
            for value in UInt32(0)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value), UntrustedText.treatment(of: scalar, for: output) != .kept else { continue }
                var lead: UInt8 = 0
                UTF8.encode(scalar) { if lead == 0 { lead = $0 } }
                if !UntrustedText.mayChange(leadByte: lead, for: output) { missed.append(value) }
            }
            #expect(missed.isEmpty, "\(output): \(missed.prefix(5).map { String($0, radix: 16) })")
        }
    }

    @Test("each scalar is read back from its UTF-8 bytes")
    func scalarsDecode() {
        for value in [0, 0x41, 0x7F, 0x80, 0x9B, 0x7FF, 0x800, 0x202E, 0xFFFD, 0xFEFF, 0x10000, 0x1F600, 0x10FFFF] as [UInt32] {
            let scalar = Unicode.Scalar(value).unsafelyUnwrapped
            let bytes = Array(String(scalar).utf8)
            let decoded = bytes.withUnsafeBufferPointer { UntrustedText.scalar(at: 0, in: $0) }
            #expect(decoded?.scalar == scalar && decoded?.length == bytes.count, "U+\(String(value, radix: 16))")
        }
        // A sequence cut short, or a continuation byte, starts no scalar.
        #expect([0xE2, 0x80].withUnsafeBufferPointer { UntrustedText.scalar(at: 0, in: $0) } == nil)
        #expect([0x80, 0x80].withUnsafeBufferPointer { UntrustedText.scalar(at: 0, in: $0) } == nil)
        #expect([0xC0, 0x80].withUnsafeBufferPointer { UntrustedText.scalar(at: 0, in: $0) } == nil)
    }

    /// Plain text written from bytes is the text each of its characters becomes in the table.
    @Test("plain text from bytes is the table applied to each character", arguments: [UntrustedText.Output.line, .lines])
    func plainTextFromBytes(output: UntrustedText.Output) {
        let text = "Title \u{1B}]0;x\u{07} and\n\u{202E}a\tb\u{9B}2J \u{7F}é漢\u{200B}\u{2028}\u{1F600} end" + Self.table.map { String($0.scalar) }.joined()
        var expected = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch UntrustedText.treatment(of: scalar, for: output) {
            case .kept: expected.append(scalar)
            case .shown(let shown): expected.append(shown)
            case .dropped: break
            case .escaped, .refused: Issue.record("plain text never escapes or refuses: U+\(String(scalar.value, radix: 16))")
            }
        }
        var written: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { UntrustedText.append($0, to: &written, as: output) }
        #expect(String(decoding: written, as: UTF8.self) == String(expected))
        #expect(!written.contains(0x1B))
    }

    @Test("an address with an invisible character is refused, like one with a space")
    func invisibleCharactersInAddresses() {
        #expect(LinkTarget.resolve("https://example.org/a\u{200B}b", base: nil) == .failure(.unsafeCharacters))
        #expect(LinkTarget.resolve("https://pay\u{200D}pal.example/", base: nil) == .failure(.unsafeCharacters))
        #expect(LinkTarget.resolve("https://example.org/\u{202E}gpj.exe", base: nil) == .failure(.unsafeCharacters))
        #expect(LinkTarget.resolve("https://example.org/a\u{3000}b", base: nil) == .failure(.unsafeCharacters))
        #expect(LinkTarget.resolve("https://example.org/caf\u{E9}", base: nil) == .success("https://example.org/caf\u{E9}"))
    }
}
