import Foundation
import TestProcesses
import TestServers
import Testing

/// Bad servers, real ones: nginx and the tests' own fault server. Each failure is one line on
/// standard error naming the address and the reason, the exit status is 2, nothing partial is
/// left in the library, and the good address of the same command is saved.
@Suite("folio add against bad servers")
struct BadServerTests {
    /// Runs `folio add` of `bad` and a good page, and checks what every bad server must give:
    /// exit 2, one error line per bad address, the good page saved, nothing else kept.
    /// Returns the error lines by address.
    @discardableResult
    private func expectFailures(
        _ bad: [String], options: [String] = [], environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (errors: [String: String], run: FolioRun)? {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return nil }
        let library = try AddLibrary()
        let run = try library.add(options + bad + [nginx.base + "/a.html"], environment: environment)
        #expect(run.status == 2, "\(run.errors)", sourceLocation: sourceLocation)
        #expect(run.lines == ["saved  Alpha story  (\(library.pages)/Alpha story.html)"], sourceLocation: sourceLocation)
        library.expectExactly(["Alpha story.html"], sourceLocation: sourceLocation)
        var errors: [String: String] = [:]
        for line in run.errors.split(separator: "\n").map(String.init) {
            guard let url = bad.first(where: { line.hasPrefix("folio: \($0): ") }) else {
                Issue.record("an error line names no bad address: \(line)", sourceLocation: sourceLocation)
                continue
            }
            #expect(errors[url] == nil, "one line per address", sourceLocation: sourceLocation)
            errors[url] = String(line.dropFirst("folio: \(url): ".count))
        }
        #expect(Set(errors.keys) == Set(bad), "\(run.errors)", sourceLocation: sourceLocation)
        return (errors, run)
    }

    @Test("404, 410, 500 and 503 each say their status in words")
    func errorStatuses() throws {
        guard let nginx = try NginxServer(pages: [:]) else { return }
        let urls = ["/missing.html", "/status/410", "/status/500", "/status/503"].map { nginx.base + $0 }
        let errors = try expectFailures(urls)?.errors
        #expect(errors?[urls[0]] == "HTTP 404 Not Found")
        #expect(errors?[urls[1]] == "HTTP 410 Gone")
        #expect(errors?[urls[2]] == "HTTP 500 Internal Server Error")
        #expect(errors?[urls[3]] == "HTTP 503 Service Unavailable")
    }

    @Test("a refused connection and a host that does not resolve")
    func connectionFailures() throws {
        let closed = try #require(LoopbackPort.free())
        let refused = "http://127.0.0.1:\(closed)/page.html", unresolved = "http://no-such-host.invalid/page.html"
        let errors = try expectFailures([refused, unresolved])?.errors
        #expect(errors?[refused] == "connection refused by 127.0.0.1 port \(closed)")
        #expect(errors?[unresolved]?.hasPrefix("could not resolve host no-such-host.invalid") == true, "\(errors ?? [:])")
    }

    @Test("a server that never answers, and one that sends a byte a second, stop at the timeout")
    func timeouts() throws {
        let faults = try FaultServer()
        let never = faults.base + "/never", slow = faults.base + "/slow"
        let errors = try expectFailures([never, slow], options: ["--timeout", "2"])?.errors
        #expect(errors?[never] == "timed out after 2 s")
        #expect(errors?[slow] == "timed out after 2 s")
    }

    @Test("a redirect loop, 11 redirects, and a redirect to file:///etc/passwd are refused; 10 are followed")
    func redirects() throws {
        guard let nginx = try NginxServer(pages: [:]) else { return }
        let loop = nginx.base + "/loop-a", eleven = nginx.base + "/chain/11", file = nginx.base + "/to-file"
        let errors = try expectFailures([loop, eleven, file])?.errors
        #expect(errors?[loop] == "redirect loop")
        #expect(errors?[eleven] == "too many redirects (more than 10)")
        #expect(errors?[file] == "redirect to a file: URL refused")
        let library = try AddLibrary()
        let ten = try library.add([nginx.base + "/chain/10"])
        #expect(ten.status == 0, "\(ten.errors)")
        #expect(ten.lines == ["saved  End of the chain  (\(library.pages)/End of the chain.html)"])
    }

    @Test("a body over the limit stops while it is read, with or without a length")
    func overTheLimit() throws {
        guard let nginx = try NginxServer(pages: ["big.html": TestPages.article("Big", String(repeating: "many words ", count: 150_000))]) else { return }
        let faults = try FaultServer()
        let big = nginx.base + "/big.html", endless = faults.base + "/endless"
        let errors = try expectFailures([big, endless], options: ["--max-size", "1M"])?.errors
        #expect(errors?[big] == "larger than 1 MB")
        #expect(errors?[endless] == "larger than 1 MB")
    }

    @Test("a gzip bomb (1 GiB of zeros in 1 MB) stops at the limit, in little memory")
    func gzipBomb() throws {
        let faults = try FaultServer()
        let bomb = faults.base + "/bomb"
        #expect(try expectFailures([bomb])?.errors[bomb] == "larger than 20 MB")
        // Peak memory as GNU time reads it: it forks, so the figure is folio's own (a child
        // spawned from the test process with vfork would report the test process's).
        // A sanitizer's shadow memory and quarantine say nothing of folio's own.
        guard !FolioBinary.isSanitized else { return }
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else {
            Issue.record("\(time) is missing (Debian's time): the peak memory was not measured")
            return
        }
        let library = try AddLibrary(), report = try ScratchFile()
        let run = try FolioBinary.run(
            ["-f", "%M", "-o", report.path, FolioBinary.path, "add", bomb], executable: time, environment: library.environment)
        #expect(run.errors.contains("larger than 20 MB"))
        let kilobytes = try #require(Int(report.text.split(separator: "\n").last ?? ""), "\(report.text)")
        #expect(kilobytes < 100 << 10, "peak memory \(kilobytes >> 10) MiB")
    }

    @Test("a body shorter than its Content-Length is an error, not a page")
    func shortBody() throws {
        let faults = try FaultServer()
        let short = faults.base + "/short"
        let errors = try expectFailures([short])?.errors
        #expect(errors?[short] == "connection closed before the whole page arrived")
    }

    @Test("kill -9 in the middle of a download leaves no partial file, and the next run saves the page")
    func killedMidDownload() throws {
        let faults = try FaultServer()
        let library = try AddLibrary()
        let url = faults.base + "/half-once"
        let child = try ChildProcess(FolioBinary.path, ["add", url], environment: library.environment)
        #expect(faults.waitFor("sent-half /half-once"), "the server sent half the page")
        child.signal(SIGKILL)
        #expect(child.wait(timeout: 30) == 128 + SIGKILL)
        #expect(library.entries == [], "nothing kept: \(library.entries)")
        let again = try library.add([url])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.lines == ["saved  Half a page  (\(library.pages)/Half a page.html)"])
        library.expectExactly(["Half a page.html"])
        #expect(library.page("Half a page.html") == Array(FaultServer.halfPage.utf8))
    }
}
