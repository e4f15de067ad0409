import Foundation
import TestProcesses
import Testing

/// util-linux's tool to run a program as another user.
private let setpriv = "/usr/bin/setpriv"

/// A folder folio cannot read is never skipped in silence: `dump` and `search` name it on
/// standard error and exit with status 2 (the rest still done); the reader names it on the
/// status line, and on standard error once its screen has ended, and exits with status 2.
///
/// Root reads every folder whatever its mode, so folio runs as `nobody` (with `setpriv`).
@Suite(
    "unreadable folders", .serialized,
    .enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv), "needs root and setpriv"))
struct UnreadableFolderTests {
    static let asNobody = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]

    /// A library with a readable folder (of `extra` more files) and one only its owner (root)
    /// may read.
    static func library(extra: Int = 0) throws -> (ScratchFolder, secret: String) {
        let folder = try ScratchFolder()
        try folder.file("open/a.txt", "Readable\n\nThe peace talks are in a folder anyone may read.\n")
        try folder.file("open/b.txt", "Also readable\n\nMore peace in the same folder.\n")
        for number in 0..<extra { try folder.file("open/more/\(number).txt", "More \(number)\n\nText \(number).\n") }
        try folder.file("secret/c.txt", "Secret\n\nThe peace of a folder nobody else may read.\n")
        chmod(folder.path, 0o755)
        chmod(folder.path + "/secret", 0o700)
        return (folder, folder.path + "/secret")
    }

    /// Runs folio as nobody with `arguments`.
    static func run(_ arguments: [String]) throws -> FolioRun {
        try FolioBinary.run(Array(asNobody.dropFirst()) + [FolioBinary.path] + arguments, executable: setpriv)
    }

    @Test("dump and search name the folder on standard error, exit status 2, the rest still done")
    func dumpAndSearch() throws {
        let (folder, secret) = try Self.library()
        let dumped = try Self.run(["dump", folder.path])
        #expect(dumped.status == 2)
        #expect(dumped.errors == "folio: cannot read '\(secret)': permission denied\n")
        #expect(dumped.text.contains("The peace talks are in a folder anyone may read."))
        let searched = try Self.run(["search", "--count", "peace", folder.path])
        #expect(searched.status == 2)
        #expect(searched.errors == "folio: cannot read '\(secret)': permission denied\n")
        #expect(searched.text.hasSuffix("2 hits in 2 articles\n"))
        // Given on the command line, it is named before anything else is done.
        let direct = try Self.run(["search", "peace", secret])
        #expect(direct.status == 2)
        #expect(direct.errors == "folio: cannot read '\(secret)': permission denied\n")
    }

    /// 2 files: the folder is found before the first paint; 100: by the walk in the background.
    @Test(
        "the reader names it on the status line, then on standard error, and exits with status 2",
        arguments: [0, 100])
    func reader(extra: Int) throws {
        let (folder, secret) = try Self.library(extra: extra)
        let folio = (Self.asNobody + [FolioBinary.path, "--no-state", folder.path]).map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote("\(folio); echo \"rc=$?\"; sleep 60"))", width: 120, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("the list with the folder named on the status line") {
            $0.contains("cannot read '\(secret)': permission denied")
        }
        // The files beside it are all there.
        try tmux.send("j")
        try tmux.waitFor("every readable file listed") { $0.contains("\(2 + extra) articles") }
        try tmux.send("q")
        let after = try tmux.waitFor("folio's exit") { $0.contains("rc=") }
        #expect(after.contains("folio: cannot read '\(secret)': permission denied"))
        #expect(after.contains("rc=2"))
    }
}
