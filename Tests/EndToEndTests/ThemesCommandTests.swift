import FolioKit
import Foundation
import Testing

/// Runs the built `folio` (next to the test executable) with `arguments` and `environment`;
/// returns standard output and the exit status.
private func runFolio(_ arguments: [String], environment: [String: String]) throws -> (output: String, status: Int32) {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let folder = FileManager.default.fileExists(atPath: executable.path)
        ? executable.deletingLastPathComponent() : Bundle.main.bundleURL.deletingLastPathComponent()
    let binary = folder.appendingPathComponent("folio")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no folio binary at \(binary.path): run swift build")
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("folio-themes-out-\(UUID().uuidString)")
    try Data().write(to: output)
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = environment
    process.standardOutput = try FileHandle(forWritingTo: output)
    try process.run()
    process.waitUntilExit()
    return (String(decoding: try Data(contentsOf: output), as: UTF8.self), process.terminationStatus)
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

    @Test func succeedsWhenEveryThemeLoads() throws {
        let (output, status) = try runFolio(["themes"], environment: ["XDG_CONFIG_HOME": "/nonexistent-folio-config"])
        #expect(status == 0)
        #expect(output.contains("solarized-dark"))
        #expect(!output.contains("user"))
    }
}
