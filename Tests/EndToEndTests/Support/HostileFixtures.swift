/// Article files whose titles and bodies try to take over the terminal: clipboard writes
/// (OSC 52), window and pane titles (OSC 0/2, `ESC k`), hyperlinks (OSC 8), screen clears and
/// cursor moves (CSI, also as the C1 byte U+009B), leaving the alternate screen, a terminal
/// reset, bidi overrides and isolates, zero-width characters and a grapheme cluster of a
/// thousand code points.
enum HostileFixtures {
    static let escape = "\u{1B}"
    /// Base64 of `OWNED`: what a leaked OSC 52 would put in the clipboard.
    static let clipboardPayload = "T1dORUQ="

    /// Every attack in one line of text.
    static let payload: String = {
        let esc = escape
        return [
            "\(esc)]52;c;\(clipboardPayload)\u{07}",  // clipboard
            "\(esc)]0;PWNED-TITLE\u{07}",  // icon and window title
            "\(esc)]2;PWNED-TITLE2\(esc)\\",  // window title, ST-terminated
            "\(esc)kPWNED-WINDOW\(esc)\\",  // tmux window name
            "\(esc)]8;;http://evil.example/\(esc)\\click\(esc)]8;;\(esc)\\",  // hyperlink
            "\(esc)[2J\(esc)[H\(esc)[10;10H\(esc)[3A\(esc)[K",  // clear, home, moves, erase
            "\(esc)[?1049l\(esc)[?25h",  // leave the alternate screen, show the cursor
            "\u{9B}2J\u{9D}0;PWNED-C1\u{9C}",  // C1 CSI and OSC
            "\u{202E}REVERSED\u{202C} \u{2067}ISOLATE\u{2069}",  // bidi override and isolate
            "zw\u{200B}\u{200D}\u{FEFF}j",  // zero-width space, joiner, BOM
            "e" + String(repeating: "\u{0301}", count: 999),  // one cluster, 1000 code points
            " fam\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}ily",  // an emoji ZWJ sequence
            "\(esc)c",  // full terminal reset
        ].joined(separator: " ")
    }()

    /// The same attacks as HTML character references (which a parser turns into the
    /// characters themselves).
    static let entityPayload =
        "&#x1b;]52;c;\(clipboardPayload)&#7; &#x1b;]0;PWNED-TITLE&#7; &#x9b;2J &#x202e;REVERSED &#x1b;[2J"

    /// File name and contents of one hostile article per format.
    static let files: [(name: String, text: String)] = [
        ("hostile.txt", "Plain \(payload) Title\n\nThe plain body \(payload) ends here.\n\nA calm second paragraph.\n"),
        (
            "hostile.md",
            "# Markdown \(payload) Title\n\nThe markdown body \(payload) and [a link \(payload)](http://x/\(escape)[2J).\n"
        ),
        (
            "hostile.html",
            """
            <html><head><title>HTML \(payload) Title</title></head><body><article>
            <h1>HTML \(payload) Title</h1>
            <p>The html body \(payload) and \(entityPayload), with enough words, commas, and \
            sentences to be kept as the article's content by the extractor. More words follow.</p>
            <p>A second paragraph, also long enough, with commas, and sentences, to be kept.</p>
            </article></body></html>
            """
        ),
        (
            "hostile.xml",
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
            <item><title>Feed item \(payload) Title</title>
            <description><![CDATA[<p>The feed body \(payload) ends.</p>]]></description></item>
            <item><title>Escaped item &amp;#x202e;REVERSED</title>
            <description>The escaped body \(entityPayload.replacingOccurrences(of: "&", with: "&amp;"))</description></item>
            </channel></rss>
            """
        ),
    ]
}
