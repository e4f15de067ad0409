import Testing

#if os(Linux)
/// libxml2 (with the ICU, zlib and lzma libraries it pulls in) is loaded when folio first parses
/// a page or a feed, not at every start: glibc's loader says which libraries it opens.
@Suite struct LibraryLoadingTests {
    static func loadedLibraries(dumping name: String, _ content: String) throws -> (run: FolioRun, log: String) {
        let folder = try ScratchFolder()
        try folder.file(name, content)
        let run = try FolioBinary.run(["dump", folder.path + "/" + name], environment: ["LD_DEBUG": "files"])
        return (run, run.errors)
    }

    @Test func plainTextStartsWithoutLibxml2() throws {
        let (run, log) = try Self.loadedLibraries(dumping: "note.txt", "A note\n\nIt has a body.\n")
        #expect(run.status == 0)
        #expect(run.text.hasPrefix("A note"))
        #expect(log.contains("libsqlite3"), "the loader's log is missing: \(log.prefix(200))")
        #expect(!log.contains("libxml2"))
    }

    @Test func aPageLoadsLibxml2WhenItIsParsed() throws {
        let page = "<html><head><title>A page</title></head><body><article><p>\(String(repeating: "Words, words. ", count: 40))</p></article></body></html>"
        let (run, log) = try Self.loadedLibraries(dumping: "page.html", page)
        #expect(run.status == 0)
        #expect(run.text.hasPrefix("A page"))
        #expect(log.contains("libxml2.so.2"))
    }
}
#endif
