import FolioKit
import Testing

/// `folio --version` prints folio's one version constant and exits 0, as ArgumentParser's
/// commands do, also after a command's name.
@Suite("version")
struct VersionTests {
    @Test("--version prints `folio VERSION`", arguments: [["--version"], ["search", "--version"]])
    func version(arguments: [String]) throws {
        let run = try FolioBinary.run(arguments)
        #expect(run.status == 0 && run.errors.isEmpty, "\(run.errors)")
        #expect(run.text == "folio \(FolioVersion.current)\n")
        #expect(FolioVersion.current.split(separator: ".").count == 3 && FolioVersion.current.allSatisfy { $0.isNumber || $0 == "." })
    }
}
