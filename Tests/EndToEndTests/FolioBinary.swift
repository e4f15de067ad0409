import Foundation
import Testing

/// What one run of the `folio` binary gave.
struct FolioRun {
    /// Standard output as bytes.
    var output: [UInt8]
    /// Standard error as text.
    var errors: String
    /// The exit status.
    var status: Int32

    /// Standard output as text.
    var text: String { String(decoding: output, as: UTF8.self) }
    /// Standard output's lines, without the last empty one.
    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

/// Runs the built `folio` binary, which sits next to the test executable (e.g. `.build/debug`).
enum FolioBinary {
    /// The binary's path.
    static var path: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let folder = FileManager.default.fileExists(atPath: executable.path)
            ? executable.deletingLastPathComponent() : Bundle.main.bundleURL.deletingLastPathComponent()
        return folder.appendingPathComponent("folio").path
    }

    /// Runs `folio` with its output on a pseudo-terminal `columns` wide (through `script`), or
    /// returns nil with a recorded issue when `script` is missing.
    static func runInTerminal(_ arguments: [String], columns: Int = 80) throws -> FolioRun? {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else {
            Issue.record("\(script) is missing (util-linux): terminal output was not checked")
            return nil
        }
        let quoted = ([path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "stty cols \(columns) rows 24; " + quoted.joined(separator: " ")
        return try run(["-qec", command, "/dev/null"], executable: script)
    }

    /// Runs `folio` with `arguments` and `input` on standard input; fails the test when it does
    /// not end within `timeout` seconds.
    static func run(
        _ arguments: [String], input: [UInt8] = [], timeout: TimeInterval = 60, executable: String = path
    ) throws -> FolioRun {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record("folio binary not found at \(path): run `swift build` first")
            return FolioRun(output: [], errors: "", status: -1)
        }
        let folder = NSTemporaryDirectory() + "folio-run-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputPath = folder + "/in", outputPath = folder + "/out", errorPath = folder + "/err"
        try Data(input).write(to: URL(fileURLWithPath: inputPath))
        try Data().write(to: URL(fileURLWithPath: outputPath))
        try Data().write(to: URL(fileURLWithPath: errorPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = FileHandle(forWritingAtPath: outputPath)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("folio \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        let output = try Data(contentsOf: URL(fileURLWithPath: outputPath))
        let errors = try Data(contentsOf: URL(fileURLWithPath: errorPath))
        return FolioRun(output: Array(output), errors: String(decoding: errors, as: UTF8.self), status: process.terminationStatus)
    }
}

/// Temporary article files for a test, removed at the end.
final class ScratchFolder {
    /// The folder's path.
    let path = NSTemporaryDirectory() + "folio-e2e-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file and returns its path.
    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes a text file and returns its path.
    @discardableResult
    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }
}

/// The seed article of the shared corpus, or nil (with a recorded issue) when it is absent.
enum Seed {
    static var path: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let seed = root.appendingPathComponent("../shared/corpus/seed/putin-peace-talks.txt").standardized.path
        guard FileManager.default.fileExists(atPath: seed) else {
            Issue.record("seed article not found at \(seed) (../shared/corpus is absent)")
            return nil
        }
        return seed
    }
}
