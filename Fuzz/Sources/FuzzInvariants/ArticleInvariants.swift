import FolioKit
import Foundation

/// What must hold for every article a reader gives, whatever bytes it was given: the model's
/// documented promises (a title, headings in order, no control characters, offsets inside their
/// text) and the layout's (no line wider than the column). A broken promise stops the process
/// with a message, so libFuzzer records the input as a crash: the fuzz targets find logic bugs,
/// not only memory errors.
public enum ArticleInvariants {
    /// Checks `article` and its layout at `width` columns.
    public static func check(_ article: Article, width: Int) {
        let name = "\(article.format.rawValue) article"
        require(!article.title.isEmpty, "\(name): empty title")
        requireLine(article.title, "\(name): title")
        for (label, text) in [("author", article.author), ("date", article.publishedText), ("feed", article.feed), ("url", article.url)] {
            if let text { requireLine(text, "\(name): \(label)") }
        }
        for (label, line) in [("title line", article.header.titleLine), ("byline", article.header.bylineLine)] {
            guard let line else { continue }
            requireLine(line.text, "\(name): \(label)")
            // Column 0: not known (a web page or a feed gives the line its text starts on).
            require(line.line >= 1 && line.column >= 0, "\(name): \(label) at \(line.line):\(line.column)")
        }
        for link in article.links {
            require(!link.text.isEmpty, "\(name): a link without text to \(link.url)")
            requireLine(link.text, "\(name): link text")
            requireLine(link.url, "\(name): link address")
        }
        for (index, section) in article.sections.enumerated() {
            check(section, index: index, in: article)
        }
        _ = article.wordCount
        check(ArticleLayout(article: article, width: width, today: today))
    }

    /// Reads the input with `read` and checks the article; with `sameWithCRLF`, also requires
    /// the input with CRLF line endings (when it has no CR of its own) to read the same.
    public static func checkReader(_ input: FuzzInput, sameWithCRLF: Bool, read: ([UInt8]) -> Article) {
        let article = read(input.bytes)
        check(article, width: input.width)
        if sameWithCRLF && !input.bytes.contains(0x0D) {
            requireSameText(read(input.bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }), article, "CRLF line endings")
        }
    }

    /// Requires `article` to read as `expected` does: same title, byline, date, links, headings
    /// and blocks (their kinds and text; where they lie in the source may differ).
    public static func requireSameText(_ article: Article, _ expected: Article, _ change: String) {
        func text(_ article: Article) -> [String] {
            [article.title, article.author ?? "-", article.published?.iso ?? "-", article.publishedText ?? "-"]
                + article.links.map { "\($0.text) <\($0.url)>" }
                + article.sections.flatMap { section in
                    ["\(section.level) \(section.heading ?? "-")"] + section.blocks.map { "\($0.kind.rawValue): \($0.text)" }
                }
        }
        let (got, wanted) = (text(article), text(expected))
        guard got != wanted else { return }
        let index = got.indices.first { $0 >= wanted.count || got[$0] != wanted[$0] } ?? got.count
        let (gotLine, wantedLine) = (index < got.count ? got[index] : "(end)", index < wanted.count ? wanted[index] : "(end)")
        fatalError("invariant broken: \(change) change the article: \(gotLine.debugDescription) instead of \(wantedLine.debugDescription)")
    }

    /// Checks that every line of a layout fits its width, shows only printable text and
    /// points into the text it shows.
    public static func check(_ layout: ArticleLayout) {
        for (index, line) in layout.lines.enumerated() {
            let label = "layout line \(index) at width \(layout.width)"
            requireLine(line.text, label)
            require(DisplayWidth.of(line.text) <= layout.width, "\(label) is \(DisplayWidth.of(line.text)) columns wide: \(line.text.debugDescription)")
            guard let place = line.content.place, let text = layout.shownText(of: place) else { continue }
            require(line.range.lowerBound >= 0 && line.range.upperBound <= text.utf8.count, "\(label): range \(line.range) outside its text")
        }
    }

    /// The date ages are computed against: fixed, so that a crash reproduces.
    public static let today = SimpleDate(year: 2026, month: 11, day: 29) ?? SimpleDate(.now)

    // MARK: - Sections and blocks

    private static func check(_ section: Section, index: Int, in article: Article) {
        let name = "\(article.format.rawValue) section \(index)"
        if let heading = section.heading {
            // Markdown's empty ATX headings (`#` alone) are headings with empty text.
            require(!heading.isEmpty || article.format == .markdown, "\(name): empty heading")
            requireLine(heading, "\(name): heading")
            require((1...6).contains(section.level), "\(name): heading level \(section.level)")
        } else {
            require(index == 0, "\(name): a section without heading after the first")
            require(section.level == 0, "\(name): the lead has level \(section.level)")
        }
        for (blockIndex, block) in section.blocks.enumerated() {
            check(block, name: "\(name) block \(blockIndex) (\(block.kind.rawValue))", links: article.links.count)
        }
    }

    private static func check(_ block: Block, name: String, links: Int) {
        require(!block.text.isEmpty, "\(name): empty text")
        if block.kind == .code {
            requirePrintable(block.text, allowing: [0x0A], name)
        } else {
            requireLine(block.text, name)
        }
        let utf8 = Array(block.text.utf8)
        for span in block.spans {
            require(isBoundary(span.range.lowerBound, in: utf8) && isBoundary(span.range.upperBound, in: utf8) && !span.range.isEmpty,
                    "\(name): span \(span.range) in \(utf8.count) bytes")
            if case .link(let link) = span.style {
                require(link >= 0 && link < links, "\(name): link \(link) of \(links)")
            }
        }
        var previous = 0
        for segment in block.source {
            require(segment.textOffset >= previous && segment.textOffset <= utf8.count, "\(name): source segment at \(segment.textOffset)")
            require(segment.line >= 1 && segment.column >= 0, "\(name): source segment at \(segment.line):\(segment.column)")
            previous = segment.textOffset
        }
    }

    // MARK: - Checks

    /// Stops the process with `message` unless `condition` holds.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }

    /// Requires one line of printable text: no control characters, not even a line break.
    public static func requireLine(_ text: String, _ name: @autoclosure () -> String) {
        requirePrintable(text, allowing: [], name())
    }

    /// Requires text without C0 controls (other than those in `allowed`), DEL or C1 controls:
    /// nothing that can drive a terminal.
    public static func requirePrintable(_ text: String, allowing allowed: Set<UInt32>, _ name: @autoclosure () -> String) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (value < 0x20 || (0x7F...0x9F).contains(value)) && !allowed.contains(value) {
                fatalError("invariant broken: \(name()): control character U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription.prefix(200))")
            }
        }
    }

    /// True when `offset` is inside `utf8` (or its end) and not in the middle of a scalar.
    public static func isBoundary(_ offset: Int, in utf8: [UInt8]) -> Bool {
        offset >= 0 && offset <= utf8.count && (offset == utf8.count || utf8[offset] & 0xC0 != 0x80)
    }
}
