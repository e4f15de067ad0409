import Foundation
import TestProcesses
import Testing

/// The real binary in tmux on a folder that mixes the four formats: a plain-text article, a
/// saved web page, a Markdown file and an RSS feed.
@Suite("mixed formats in tmux", .serialized)
struct MixedFormatsTests {
    static let text = """
        Winter Notes From the Harbour

            by Ann Example
            Published: January 10, 2026

            The harbour froze early this year, and the fishing boats stayed in for three weeks while the town waited.

            The Thaw

            When the ice broke, the whole town came down to watch the first boat leave.

        """

    static let page = """
        <!DOCTYPE html>
        <html><head><title>Rivers and Their Towns</title>
        <meta property="article:published_time" content="2026-02-01T08:00:00Z">
        </head><body><nav><a href="/">Home</a></nav><article>
        <h1>Rivers and Their Towns</h1>
        <p>The Danube was discussed at length, with examples, figures, and a careful argument that readers \
        could follow from the first line to the last. See <a href="https://example.org/maps?a=1&amp;b=$(id);x">the \
        river map</a> for details.</p>
        <p>The Rhine was discussed at length, with examples, figures, and a careful argument, and <em>emphasis</em> \
        and <a href="mailto:editor@example.org">the editor</a>.</p>
        </article></body></html>

        """

    static let markdown = """
        ---
        title: Notes on the Spring Garden
        date: 2026-03-05
        ---

        The **tulips** came up early; see [the seed list](https://example.org/seeds).

        """

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Hacker Digest</title><link>https://digest.example.org/</link>
        <item><title>Show HD: A tiny database</title><link>https://digest.example.org/1</link>\
        <pubDate>Mon, 04 May 2026 10:00:00 GMT</pubDate><description>One file.</description></item>
        <item><title>Ask HD: Favourite editors</title><link>https://digest.example.org/2</link>\
        <pubDate>Wed, 20 May 2026 10:00:00 GMT</pubDate><description>Which one?</description></item>
        <item><title>Rust in the kernel</title><link>https://digest.example.org/3</link>\
        <pubDate>Fri, 15 May 2026 10:00:00 GMT</pubDate><description>Kernel news.</description></item>
        </channel></rss>

        """

    /// A browser that writes how many arguments it got, and each on its own line.
    static let browser = """
        #!/bin/sh
        printf '%s\\n' "$#" "$@" > "$(dirname "$0")/opened.tmp" && mv "$(dirname "$0")/opened.tmp" "$(dirname "$0")/opened"

        """

    @Test("the list shows all four formats and the feed as a folding group; an HTML page's links are numbered, listed and opened")
    func mixedFolder() throws {
        let folder = try ScratchFolder()
        let articles = folder.path + "/articles"
        try folder.file("articles/winter-notes.txt", Self.text)
        try folder.file("articles/rivers.html", Self.page)
        try folder.file("articles/garden.md", Self.markdown)
        try folder.file("articles/digest.rss", Self.feed)
        let browser = try folder.file("browser", Self.browser)
        chmod(browser, 0o755)
        let command = ([FolioBinary.path, articles]).map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: command, environment: ["BROWSER": browser])
        defer { tmux.kill() }

        let titles = [
            "Winter Notes From the Harbour", "Rivers and Their Towns", "Notes on the Spring Garden",
            "▾ Hacker Digest (3)", "Ask HD: Favourite editors", "Rust in the kernel", "Show HD: A tiny database",
        ]
        let screen = try tmux.waitFor("all four formats in the list") { screen in
            titles.allSatisfy { screen.contains($0) }
        }
        #expect(screen.contains("3 unread"))
        // Items are indented under the header, newest first.
        let rows = screen.split(separator: "\n").map(String.init)
        let header = try #require(rows.firstIndex { $0.contains("▾ Hacker Digest (3)") })
        #expect(rows[header + 2].hasPrefix("   ● Ask HD: Favourite editors"))
        #expect(rows[header + 4].hasPrefix("   ● Rust in the kernel"))

        // Fold the feed from one of its items, then unfold it.
        try tmux.send("f")
        try tmux.send("Rust", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Hacker Digest (1 of 3)")
        // (A screen is drawn in pieces: wait for all of it, not for its first change.)
        try tmux.send("-")
        try tmux.waitFor("the feed folded") {
            $0.contains("▸ Hacker Digest (1 of 3)") && !$0.contains("Rust in the kernel")
        }
        try tmux.send("Escape")
        try tmux.waitFor("the filter cleared, the feed still folded") {
            $0.contains("▸ Hacker Digest (3)") && !$0.contains("Ask HD: Favourite editors")
                && $0.contains("Winter Notes From the Harbour")
        }
        try tmux.send("z")
        try tmux.waitFor("▾ Hacker Digest (3)")
        try tmux.waitFor("Ask HD: Favourite editors")

        // Open the web page: its links carry footnote numbers, styled as links.
        try tmux.send("f")
        try tmux.send("Rivers", literal: true)
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor("the page with numbered links") {
            $0.contains("river map[1]") && $0.contains("the editor[2]")
        }
        // Links are underlined (the default theme's reader.link), their numbers too.
        try tmux.waitFor(escapes: true, "underlined links") {
            $0.contains("\u{1B}[4mriver map[1]") && $0.contains("\u{1B}[4mthe editor[2]")
        }

        // L lists them; Enter on the first hands its address to $BROWSER as one argument.
        try tmux.send("L")
        try tmux.waitFor("the links popup") {
            $0.contains("[1] the river map") && $0.contains("https://example.org/maps?a=1&b=$(id);x")
                && $0.contains("[2] the editor") && $0.contains("mailto:editor@example.org")
        }
        try tmux.send("Enter")
        try tmux.waitFor("Opening https://example.org/maps")
        let opened = folder.path + "/opened"
        #expect(eventually { FileManager.default.fileExists(atPath: opened) }, "the browser ran")
        let arguments = try String(contentsOfFile: opened, encoding: .utf8)
        #expect(arguments == "1\nhttps://example.org/maps?a=1&b=$(id);x\n")
        // The popup closed; q closes a second popup, and q again quits.
        try tmux.send("L")
        try tmux.waitFor("[2] the editor")
        try tmux.send("q")
        try tmux.waitFor("popup closed") { !$0.contains("[2] the editor") && $0.contains("river map[1]") }
    }

    @Test("with no browser to start, opening a link shows one error in the status line")
    func noBrowser() throws {
        let folder = try ScratchFolder()
        let page = try folder.file("rivers.html", Self.page)
        let command = ([FolioBinary.path, page]).map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: command, environment: ["BROWSER": folder.path + "/no-such-browser"])
        defer { tmux.kill() }
        try tmux.waitFor("river map[1]")
        try tmux.send("L")
        try tmux.waitFor("[1] the river map")
        try tmux.send("Enter")
        try tmux.waitFor("Cannot start the browser no-such-browser: not found")
        try tmux.send("j")
        try tmux.waitFor("error cleared by the next key") { !$0.contains("Cannot start the browser") }
    }
}
