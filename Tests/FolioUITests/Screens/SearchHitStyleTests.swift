import FolioKit
import Testing

@testable import FolioUI

/// Search hits can be seen in every shipped theme: the current hit, the other hits, links,
/// headings and the title all look different, also where a hit lies inside a title, a heading
/// or a link; and without colour (NO_COLOR keeps only the attributes) a hit still differs from
/// the text around it, and the current hit from the others.
@Suite("Search hits in every theme")
struct SearchHitStyleTests {
    /// "beta" in the title, plain text twice, a link, and a heading.
    static let article: Article = {
        let text = "Plain beta words here, and a beta link to follow, then more beta."
        let link = text.utf8.count - "beta link to follow, then more beta.".utf8.count
        let block = Block(kind: .paragraph, text: text, spans: [InlineSpan(range: link..<link + 9, style: .link(0))])
        return Article(
            path: "beta.md", format: .markdown, title: "Beta test of the alpha",
            sections: [
                Section(heading: nil, level: 0, blocks: [block]),
                Section(heading: "Beta heading", level: 2, blocks: [Block(kind: .paragraph, text: "Closing text.")]),
            ],
            links: [Link(text: "beta link", url: "https://example.org/beta")])
    }()

    @Test("current hit, hits, links, headings and titles stay apart, also inside each other", arguments: BundledThemes.all.keys.sorted())
    func hitsStandApart(name: String) throws {
        let theme = try ThemeLoader.parse(#require(BundledThemes.all[name]), name: name, file: "\(name).toml")
        var state = AppState(articles: [Self.article], today: Fixtures.today, theme: theme, width: 80, height: 24)
        state.press(.enter, .character("/"))
        state.type("beta")
        state.press(.enter)
        #expect(state.openArticleHits.count == 5)
        // One screen per current hit: title, plain, link, plain, heading.
        var screens: [ScreenBuffer] = []
        for index in 0..<5 {
            state.search.current = HitPosition(entry: state.id(0), index: index)
            screens.append(render(state, width: 80, height: 24))
        }
        let first = screens[0]
        let title = try #require(first.find("Beta test")), heading = try #require(first.find("Beta heading"))
        let link = try #require(first.find("beta link")), plain = try #require(first.find("Plain beta"))
        let morePlain = try #require(first.find("more beta"))
        func style(_ screen: Int, _ place: (x: Int, y: Int), _ offset: Int) -> Style {
            screens[screen][place.x + offset, place.y].style
        }
        // What each part looks like alone, with a hit that is not current, and with the current one.
        let parts: [(String, alone: Style, hit: Style, current: Style)] = [
            ("title", style(0, title, 5), style(1, title, 0), style(0, title, 0)),
            ("heading", style(0, heading, 5), style(0, heading, 0), style(4, heading, 0)),
            ("link", style(0, link, 5), style(0, link, 0), style(2, link, 0)),
            ("text", style(0, plain, 0), style(0, plain, 6), style(1, plain, 6)),
        ]
        #expect(style(0, morePlain, 5) == style(0, plain, 6), "the other plain hit looks like this one")
        for (part, alone, hit, current) in parts {
            #expect(Set([alone, hit, current]).count == 3, "\(name): \(part) alone, with a hit and with the current hit")
            // Without colour: only the attributes are left.
            #expect(hit.attributes != alone.attributes, "\(name), no colour: a hit in the \(part)")
            #expect(current.attributes != hit.attributes, "\(name), no colour: the current hit in the \(part)")
        }
        // In plain text, side by side: the current hit, a hit, a link, a heading, the title.
        let plainHit = parts[3].hit, plainCurrent = parts[3].current
        let looks = [plainCurrent, plainHit, parts[2].alone, parts[1].alone, parts[0].alone]
        #expect(Set(looks).count == looks.count, "\(name): current hit, hit, link, heading and title")
    }

    @Test("a hit is drawn over the text's own style: its colours replace the text's, its attributes switch the text's")
    func combining() {
        let theme = Theme(
            name: "t",
            styles: [
                .readerText: Style(foreground: .ansi(7), background: .ansi(0)),
                .readerHeading: Style(foreground: .ansi(4), background: .ansi(0), attributes: .bold),
                .searchHit: Style(foreground: .ansi(3), background: .ansi(0), attributes: .reverse),
                .searchCurrent: Style(foreground: .ansi(1), background: .ansi(0), attributes: [.reverse, .bold]),
            ])
        let heading = theme[.readerHeading]
        #expect(ReaderPane.hitStyle(theme, .searchHit, over: heading) == Style(foreground: .ansi(3), background: .ansi(0), attributes: [.bold, .reverse]))
        #expect(ReaderPane.hitStyle(theme, .searchCurrent, over: heading) == Style(foreground: .ansi(1), background: .ansi(0), attributes: .reverse))
    }
}
