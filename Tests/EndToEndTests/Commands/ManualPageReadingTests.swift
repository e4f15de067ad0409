import Foundation
import TestCorpus
import Testing

/// The committed manual page reads cleanly: groff formats it without a warning (as `man` does,
/// and without a UTF-8 pre-processor: the page is ASCII with escapes).
@Suite("manual page")
struct ManualPageReadingTests {
    static let page = PackageRoot.url.appendingPathComponent("docs/folio.1").path

    @Test("groff formats docs/folio.1 without a warning", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff")))
    func formats() throws {
        let run = try FolioBinary.run(["-mandoc", "-Tutf8", "-ww", Self.page], executable: "/usr/bin/groff")
        #expect(run.status == 0 && run.errors.isEmpty, "\(run.errors)")
        let text = run.text.replacingOccurrences(of: "\u{8}.", with: "", options: .regularExpression)
        for shown in ["--no-mouse", "folio search", "MOUSE", "↓", "Ctrl-F"] { #expect(text.contains(shown), "\(shown)") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.page))
        #expect(bytes.allSatisfy { $0 < 0x80 }, "the page is ASCII")
    }
}
