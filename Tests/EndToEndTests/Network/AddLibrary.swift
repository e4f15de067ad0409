import Foundation
import TestProcesses
import Testing

/// A home library of a test's own (`XDG_DATA_HOME` in a scratch folder), and `folio add` run
/// into it with no proxy from the test's environment.
final class AddLibrary {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    /// The folder of saved pages.
    var pages: String { folder.path + "/folio/pages" }

    /// The environment of every run: the library, a configuration folder of its own
    /// (`config/folio/config.toml` in the scratch folder, when a test writes one), and the proxy
    /// variables emptied (folio reads an empty one as unset).
    var environment: [String: String] {
        var environment = ["XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config"]
        for name in ["http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY", "SSL_CERT_FILE"] {
            environment[name] = ""
        }
        return environment
    }

    /// Runs `folio add ARGUMENTS`.
    func add(_ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:], timeout: Double = 60) throws -> FolioRun {
        try FolioBinary.run(["add"] + arguments, input: input, timeout: timeout, environment: self.environment.merging(environment) { $1 })
    }

    /// The pages folder's entries, hidden ones included, sorted.
    var entries: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: pages)) ?? []).sorted()
    }

    /// The saved pages' file names (what a walk of the folder sees), sorted.
    var pageNames: [String] { entries.filter { !$0.hasPrefix(".") } }

    /// The bytes of the saved page `name`.
    func page(_ name: String) -> [UInt8] {
        (try? Array(Data(contentsOf: URL(fileURLWithPath: pages + "/" + name)))) ?? []
    }

    /// The record kept beside the saved page `name`, as a JSON object.
    func record(_ name: String) -> [String: Any] {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: pages + "/." + name + ".json"))) ?? Data()
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
    }

    /// Expects the pages folder to hold exactly the pages `names`, each with its record, and
    /// nothing else: no temporary file, no record without a page.
    func expectExactly(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = (names + names.map { "." + $0 + ".json" }).sorted()
        #expect(entries == expected, sourceLocation: sourceLocation)
    }
}
