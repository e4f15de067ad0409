import FolioKit
import FuzzInvariants

/// Reads the input as a theme file (the TOML parser behind it ended folio on some table names):
/// whatever the bytes, a theme or an error with its place, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    // Theme files are read as UTF-8; invalid bytes become U+FFFD here, so every input parses.
    let text = String(decoding: input.bytes, as: UTF8.self)
    do {
        let theme = try ThemeLoader.parse(text, name: "fuzz", file: "fuzz.toml")
        ArticleInvariants.require(theme.name == "fuzz", "a theme named \(theme.name)")
    } catch {
        if case .syntax(let message) = error.problem {
            ArticleInvariants.requireLine(message, "a TOML syntax error")
            ArticleInvariants.require((error.line ?? 0) >= 1 && (error.column ?? 0) >= 1, "a syntax error without its place: \(error)")
        }
    }
    return 0
}
