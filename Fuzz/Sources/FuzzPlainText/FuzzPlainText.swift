import FolioKit
import FuzzInvariants

/// Reads the input as a plain-text article and checks the model and its layout; the same
/// input with CRLF line endings must give the same article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ArticleInvariants.checkReader(FuzzInput(data, size), sameWithCRLF: true) { PlainTextReader.read($0, path: "fuzz.txt") }
    return 0
}
