import Foundation
import TestCorpus
import TestFiles
import TestProcesses
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

    /// True when the binary was built with a sanitizer (`scripts/sanitize` builds in
    /// `.build-asan` and `.build-tsan`), whose shadow memory makes its memory figures meaningless.
    static var isSanitized: Bool { path.contains("/.build-asan/") || path.contains("/.build-tsan/") }

    /// Runs `folio` with its output on a pseudo-terminal `columns` wide (through `script`), or
    /// returns nil with a recorded issue when `script` is missing. `environment` adds to the
    /// test's (which has `NO_COLOR` set: a test of colour sets it empty).
    static func runInTerminal(_ arguments: [String], columns: Int = 80, environment: [String: String] = [:]) throws -> FolioRun? {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else {
            Issue.record("\(script) is missing (util-linux): terminal output was not checked")
            return nil
        }
        let quoted = ([path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "stty cols \(columns) rows 24; " + quoted.joined(separator: " ")
        return try run(["-qec", command, "/dev/null"], executable: script, environment: environment)
    }

    /// Runs `folio` with `arguments` and `input` on standard input; fails the test when it does
    /// not end within `timeout` seconds. `environment` adds to the test's; `XDG_STATE_HOME` and
    /// `XDG_DATA_HOME` are in a scratch folder of the run's own (removed after it) unless given,
    /// so that no test touches the user's `~/.local/state` or home library, and `XDG_CONFIG_HOME`
    /// a folder in it that is not there, so that none reads the user's configuration file.
    static func run(
        _ arguments: [String], input: [UInt8] = [], timeout: TimeInterval = 60, executable: String = path,
        environment: [String: String] = [:]
    ) throws -> FolioRun {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record("folio binary not found at \(path): run `swift build` first")
            return FolioRun(output: [], errors: "", status: -1)
        }
        let inputFile = try ScratchFile(input), outputFile = try ScratchFile(), errorFile = try ScratchFile()
        let scratchState = NSTemporaryDirectory() + "folio-e2e-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratchState) }
        let child = try ChildProcess(
            executable, arguments, input: inputFile.path, output: outputFile.path, errors: errorFile.path,
            environment: ["XDG_STATE_HOME": scratchState, "XDG_CONFIG_HOME": scratchState + "/config", "XDG_DATA_HOME": scratchState + "/data"]
                .merging(environment) { $1 })
        if child.wait(timeout: timeout) == nil {
            child.signal(SIGKILL)
            child.wait(timeout: 10)
            Issue.record("folio \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
        }
        return FolioRun(output: outputFile.bytes, errors: errorFile.text, status: child.status ?? -1)
    }
}

/// Temporary article files for a test, removed at the end (shared with the in-process tests).
typealias ScratchFolder = TestFiles.ScratchFolder

/// The seed article of the shared corpus, or nil (with a recorded issue) when it is absent.
enum Seed {
    static var path: String? {
        do {
            return try SharedCorpus.path(SharedCorpus.seed)
        } catch {
            Issue.record(error)
            return nil
        }
    }
}
