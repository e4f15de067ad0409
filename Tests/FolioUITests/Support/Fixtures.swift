import FolioKit
import Foundation

/// Test articles built in code: the seed article (`../shared/corpus/seed/putin-peace-talks.txt`,
/// which may ship with folio) as the reader parses it, and small articles for edge cases.
enum Fixtures {
    /// The date tests treat as today.
    static let today = SimpleDate(year: 2026, month: 6, day: 20) ?? SimpleDate(Date(timeIntervalSince1970: 0))

    /// The seed article: a lead and four sections, eight paragraphs.
    static let seed = Article(
        path: "putin-peace-talks.txt", format: .plainText,
        title: "Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO Bid",
        author: "Kimberly", published: SimpleDate(year: 2024, month: 6, day: 15),
        publishedText: "June 15, 2024 (1 month ago)",
        sections: [
            Section(
                heading: nil, level: 0,
                blocks: [
                    Block(kind: .paragraph, text: "Russian President Vladimir Putin has laid out stringent conditions for initiating peace talks with Ukraine, demanding the withdrawal of Ukrainian troops from disputed territories and an end to Ukraine’s aspirations to join NATO. The statement comes amidst heightened tensions in Eastern Europe and underscores the complexities surrounding diplomatic efforts to de-escalate the ongoing conflict."),
                ]),
            Section(
                heading: "Putin’s Stance and Demands", level: 2,
                blocks: [
                    Block(kind: .paragraph, text: "In a televised address from the Kremlin, President Putin asserted that any meaningful dialogue between Russia and Ukraine hinges on Ukraine’s compliance with Russia’s demands. Key among these demands is the complete withdrawal of Ukrainian military forces from eastern regions controlled by Russian-backed separatists, including Donetsk and Luhansk."),
                    Block(kind: .paragraph, text: "Furthermore, Putin emphasized that Ukraine must renounce its ambitions to join NATO, citing concerns over security implications for Russia and its perceived sphere of influence. He reiterated longstanding objections to NATO expansion in Eastern Europe, describing it as a provocative and destabilizing factor in regional geopolitics."),
                ]),
            Section(
                heading: "Context and International Reaction", level: 2,
                blocks: [
                    Block(kind: .paragraph, text: "The Russian president’s remarks come amid a backdrop of military build-up along Ukraine’s borders and heightened rhetoric from both Moscow and Western capitals. The situation has raised alarms among global leaders and prompted urgent diplomatic efforts to avert a potential military confrontation."),
                    Block(kind: .paragraph, text: "Western governments, including the United States and European Union member states, have condemned Russia’s demands as unwarranted interference in Ukraine’s sovereignty and territorial integrity. They have reaffirmed their support for Ukraine’s right to choose its own security alliances and called for dialogue based on respect for international norms and agreements."),
                ]),
            Section(
                heading: "Impact on Regional Stability", level: 2,
                blocks: [
                    Block(kind: .paragraph, text: "The escalation of tensions between Russia and Ukraine poses significant risks to regional stability and has reignited fears of a broader conflict in Europe. The conflict in eastern Ukraine, which began in 2014 following Russia’s annexation of Crimea, has claimed thousands of lives and displaced millions, exacerbating humanitarian challenges and deepening divisions within Ukrainian society."),
                    Block(kind: .paragraph, text: "The international community remains deeply invested in finding a diplomatic resolution to the crisis, with efforts focused on reviving the Minsk agreements—a framework for peace negotiations brokered by France, Germany, Russia, and Ukraine in 2015. However, progress has been elusive amid persistent ceasefire violations and disagreements over implementation steps."),
                ]),
            Section(
                heading: "Future Prospects for Dialogue", level: 2,
                blocks: [
                    Block(kind: .paragraph, text: "As diplomatic channels remain open, the onus now falls on Ukraine, Russia, and international mediators to seek common ground and pursue constructive dialogue aimed at achieving a lasting peace settlement. The coming weeks are expected to be critical in determining the trajectory of relations between Russia and Ukraine, with implications for broader European security dynamics."),
                ]),
        ],
        header: ArticleHeader(bylineLine: SourceLine(line: 3, column: 5, text: "by Kimberly")))
}

extension Fixtures {
    /// CJK and emoji text: two columns a character, no spaces to break at.
    static let cjk = Article(
        path: "tokyo.txt", format: .plainText, title: "東京の春 🌸 Spring in Tokyo", author: "山田",
        published: SimpleDate(year: 2026, month: 6, day: 15),
        sections: [
            Section(
                heading: nil, level: 0,
                blocks: [
                    Block(
                        kind: .paragraph,
                        text: "桜の花が咲き始めました。東京の公園は人でいっぱいです。🌸🎉 Emoji 😀 and CJK 漢字 mixed with English words."),
                    Block(kind: .listItem, text: "一つ目の項目はとても長いのでいくつかの行に折り返されます。"),
                ]),
            Section(
                heading: "桜", level: 2,
                blocks: [Block(kind: .paragraph, text: "花見の季節には多くの人が公園に集まり、桜の下で食事を楽しみます。")]),
        ])

    /// A small article with a title, a date and paragraphs under headings.
    static func article(
        _ title: String, path: String, published: SimpleDate? = nil, sections: [(String?, [String])]
    ) -> Article {
        Article(
            path: path, format: .plainText, title: title, published: published,
            sections: sections.map { heading, paragraphs in
                Section(
                    heading: heading, level: heading == nil ? 0 : 2,
                    blocks: paragraphs.map { Block(kind: .paragraph, text: $0) })
            })
    }

    /// A theme where every role has its own style, so style assertions mean something.
    static let theme = Theme(
        name: "test",
        styles: Dictionary(
            uniqueKeysWithValues: ThemeRole.allCases.enumerated().map { index, role in
                (role, Style(foreground: .indexed(index + 1), background: .indexed(100 + index)))
            }))
}
