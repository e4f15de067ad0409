import Testing

@testable import FolioNet

/// The addresses `folio add -` reads.
@Suite struct AddressListTests {
    @Test("one a line; blank lines and # comments skipped; white space trimmed; CRLF too")
    func reads() {
        let input = "# list\r\nhttps://a.example/1\r\n\n   \n  https://b.example/2  \n\t# not this\nc.example\n"
        #expect(AddressList.read(Array(input.utf8)) == ["https://a.example/1", "https://b.example/2", "c.example"])
    }
}
