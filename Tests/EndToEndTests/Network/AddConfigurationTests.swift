import Foundation
import TestServers
import Testing

/// `folio add` and the configuration file: the file's `[fetch]` sets the timeout, the largest
/// page and the User-Agent; an option on the command line wins for its run; a mistake in the
/// file stops `folio add` before anything is fetched, with the file's line and column.
@Suite("folio add and the configuration file", .serialized)
struct AddConfigurationTests {
    @Test("the file's timeout and User-Agent are folio add's; --timeout wins over the file for its run")
    func timeoutAndUserAgent() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let faults = try FaultServer()
        let library = try AddLibrary()
        try library.folder.file("config/folio/config.toml", "[fetch]\ntimeout = 1\nuser-agent = \"folio-config-test/1\"\n")
        let never = faults.base + "/never"
        let run = try library.add([never, nginx.base + "/a.html"])
        #expect(run.status == 2)
        #expect(run.errors == "folio: \(never): timed out after 1 s\n")
        #expect(run.lines == ["saved  Alpha story  (\(library.pages)/Alpha story.html)"])
        #expect(nginx.accessLog.count == 1 && nginx.accessLog.allSatisfy { $0.contains("ua=folio-config-test/1 ae=") }, "\(nginx.accessLog)")
        let given = try library.add(["--timeout", "2", never])
        #expect(given.errors == "folio: \(never): timed out after 2 s\n")
    }

    @Test("the file's largest page refuses a bigger one; --max-size wins; --no-config reads no file")
    func maxSize() throws {
        let page = TestPages.article("Long story", String(repeating: "many words ", count: 300))
        guard let nginx = try NginxServer(pages: ["long.html": page]) else { return }
        let library = try AddLibrary()
        let config = try library.folder.file("small.toml", "[fetch]\nmax-size = \"1K\"\n")
        let url = nginx.base + "/long.html"
        let refused = try library.add(["--config", config, url])
        #expect(refused.status == 2)
        #expect(refused.errors == "folio: \(url): larger than 1 KB\n")
        library.expectExactly([])
        let given = try library.add(["--config", config, "--max-size", "1M", url])
        #expect(given.status == 0, "\(given.errors)")
        #expect(given.lines == ["saved  Long story  (\(library.pages)/Long story.html)"])
        // The standard file, with its mistake, is not read with --no-config.
        try library.folder.file("config/folio/config.toml", "[fetch]\nmax-size = \"tiny\"\n")
        #expect(try library.add(["--no-config", "--refresh", url]).status == 0)
    }

    @Test("a mistake in the file: one line with file:line:col, exit status 2, nothing fetched")
    func mistake() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let config = try library.folder.file("config/folio/config.toml", "[fetch]\nconections = 4\n")
        let run = try library.add([nginx.base + "/a.html"])
        #expect(run.status == 2)
        #expect(run.errors == "folio: \(config):2:1: unknown key 'conections' in [fetch]; did you mean 'connections'?\n")
        #expect(run.output.isEmpty)
        #expect(nginx.accessLog.isEmpty)
        library.expectExactly([])
    }
}
