import FolioKit
import FuzzInvariants

/// Reads the input as a saved web page and checks the model and its layout.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ArticleInvariants.checkReader(FuzzInput(data, size), sameWithCRLF: false) { HTMLReader.read($0, path: "fuzz.html") }
    return 0
}
