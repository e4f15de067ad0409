import Testing

@testable import FolioKit

/// Inline Markdown against CommonMark's rules: the plain text and the styled stretches.
@Suite struct MarkdownInlineTests {
    /// The text of `source` read as one paragraph, and its spans as `style:text`, sorted.
    static func read(_ source: String, definitions: [String: String] = [:]) -> (String, [String]) {
        var links: [Link] = []
        let inline = InlineMarkdown(Array(source.utf8), definitions: definitions, links: &links)
        let spans = inline.spans.map { span -> String in
            let words = String(decoding: inline.text[span.range], as: UTF8.self)
            switch span.style {
            case .emphasis: return "em:\(words)"
            case .strong: return "strong:\(words)"
            case .code: return "code:\(words)"
            case .link(let index): return "link:\(words)->\(links[index].url)"
            }
        }
        return (String(decoding: inline.text, as: UTF8.self), spans.sorted())
    }

    @Test(arguments: [
        ("*foo**bar**baz*", "foobarbaz", ["em:foobarbaz", "strong:bar"]),
        ("**foo*", "*foo", ["em:foo"]),
        ("*foo**", "foo*", ["em:foo"]),
        ("foo*bar*", "foobar", ["em:bar"]),
        ("foo_bar_", "foo_bar_", []),
        ("_foo_bar", "_foo_bar", []),
        ("__strong__ and _em_", "strong and em", ["em:em", "strong:strong"]),
        ("* a *", "* a *", []),
        ("[link *em*](/u \"title\")", "link em", ["em:em", "link:link em->/u"]),
        ("[a](<b c>) [d](e(f))", "a d", ["link:a->b c", "link:d->e(f)"]),
        ("[not a link]", "[not a link]", []),
        ("\\[not](x) \\*x\\*", "[not](x) *x*", []),
        ("`` a`b ``", "a`b", ["code:a`b"]),
        ("`unclosed and *em*", "`unclosed and em", ["em:em"]),
        ("*a `*` b*", "a * b", ["code:*", "em:a * b"]),
        ("<span class=\"x\">inline</span> html", "inline html", []),
        ("a < b and c > d", "a < b and c > d", []),
        ("<me@example.com>", "me@example.com", ["link:me@example.com->mailto:me@example.com"]),
        ("![alt *x*](i.png) text", "[image: alt x] text", ["em:x", "link:[image: alt x]->i.png"]),
        ("![](i.png) and [![logo](l.svg)](/home)", "[image] and [image: logo]", ["link:[image: logo]->/home", "link:[image: logo]->l.svg", "link:[image]->i.png"]),
        ("&lt;tag&gt; &#65;&#x42; &bogus; &#0;", "<tag> AB &bogus; \u{FFFD}", []),
        ("hard  \nbreak\\\nand soft\nline", "hard\nbreak\nand soft\nline", []),
    ])
    func inlineExamples(source: String, text: String, spans: [String]) {
        let result = Self.read(source)
        #expect(result.0 == text)
        #expect(result.1 == spans)
    }

    @Test func referenceLinksFullCollapsedAndShortcut() {
        let result = Self.read("[one][Ref] [ref][] [REF] [missing][nope]", definitions: ["ref": "https://r.example"])
        #expect(result.0 == "one ref REF [missing][nope]")
        #expect(
            result.1 == ["link:REF->https://r.example", "link:one->https://r.example", "link:ref->https://r.example"])
    }

    @Test func noLinksInsideLinks() {
        let result = Self.read("[a [b](/inner) c](/outer)")
        #expect(result.0 == "[a b c](/outer)")
        #expect(result.1 == ["link:b->/inner"])
    }
}
