import FolioKit
import FuzzInvariants

/// Reads the input as a Markdown file and checks the model and its layout; the same input
/// with CRLF line endings must give the same article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ArticleInvariants.checkReader(FuzzInput(data, size), sameWithCRLF: true) { MarkdownReader.read($0, path: "fuzz.md") }
    return 0
}
