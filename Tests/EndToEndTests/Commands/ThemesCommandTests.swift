import FolioKit
import Foundation
import TestProcesses
import Testing

/// Runs the built `folio` (next to the test executable) with `arguments` and `environment`;
/// returns standard output and the exit status.
private func runFolio(_ arguments: [String], environment: [String: String]) throws -> (output: String, status: Int32) {
    let binary = FolioBinary.path
    try #require(FileManager.default.isExecutableFile(atPath: binary), "no folio binary at \(binary): run swift build")
    let output = try ScratchFile()
    let child = try ChildProcess(binary, arguments, output: output.path, environment: environment)
    let status = try #require(child.wait(timeout: 60), "folio \(arguments) did not finish within 60 s")
    return (output.text, status)
}

@Suite struct ThemesCommandTests {
    @Test func listsEveryThemeMarksUserOnesAndReportsBrokenOnes() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("folio-config-\(UUID().uuidString)")
        let themes = config.appendingPathComponent("folio/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try "[styles]\n\"reader.text\" = { fg = \"#eeeeee\", bg = \"#101010\" }\n"
            .write(to: themes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        try "[styles]\n\"list\" = {}\n\"list.selected\" = { fg = \"blurple\" }\n"
            .write(to: themes.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)

        let (output, status) = try runFolio(["themes"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(status == 1)
        #expect(!output.contains("\u{1B}"), "escapes written to a file")
        let lines = output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let names = lines.compactMap(\.first)
        for name in BundledThemes.all.keys { #expect(names.contains(name), "\(name) not listed") }
        #expect(lines.first { $0.first == "mine" }?.dropFirst().first == "user")
        #expect(lines.first { $0.first == "nord" }?.dropFirst().first != "user")
        let broken = output.split(separator: "\n").first { $0.hasPrefix("  broken ") }
        #expect(broken?.contains("broken.toml' line 3: unknown colour \"blurple\"") == true)
    }

    /// toml++ fails an assertion (rc 134) on these table names: each is one error line with
    /// its file, line and column, and the other themes are listed.
    @Test func tableNamesThatCrashedTheTOMLParserAreErrors() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("folio-config-\(UUID().uuidString)")
        let themes = config.appendingPathComponent("folio/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        let names = ["accent": "[\u{E9}]\nx = 1\n", "control": "[\u{1}]\n", "escape": "[styles]\n[\u{1B}]\n"]
        for (name, text) in names {
            try Data(text.utf8).write(to: themes.appendingPathComponent("\(name).toml"))
        }
        let (output, status) = try runFolio(["themes"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(status == 1)
        #expect(output.contains("solarized-dark"))
        let lines = output.split(separator: "\n")
        #expect(lines.contains { $0.contains("accent.toml' line 1, column 2: ") && $0.hasSuffix("not '\u{E9}'") })
        #expect(lines.contains { $0.contains("control.toml' line 1, column 2: ") && $0.hasSuffix("not U+0001") })
        #expect(lines.contains { $0.contains("escape.toml' line 2, column 2: ") && $0.hasSuffix("not U+001B") })
        #expect(!output.contains("\u{1B}"))
    }

    @Test func succeedsWhenEveryThemeLoads() throws {
        let (output, status) = try runFolio(["themes"], environment: ["XDG_CONFIG_HOME": "/nonexistent-folio-config"])
        #expect(status == 0)
        #expect(output.contains("solarized-dark"))
        #expect(!output.contains("user"))
    }
}
