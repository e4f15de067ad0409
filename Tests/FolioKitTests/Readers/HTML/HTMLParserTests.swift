import Testing

@testable import FolioKit

/// libxml2's parser events become the tree libxml2's own tree builder would make.
@Suite struct HTMLParserTests {
    static func tree(_ page: String) -> HTMLTree { HTMLReader.parse(Array(page.utf8)) }

    static func children(_ tree: HTMLTree, of index: Int) -> [String] {
        tree.children(index).map { tree[$0].isText ? "\"\(tree[$0].text)\"" : tree[$0].name }
    }

    @Test("text broken by entities and chunks is one node; a comment splits it")
    func textRuns() {
        let long = String(repeating: "word ", count: 600)  // libxml2 hands text over in pieces
        let tree = Self.tree("<p>fish &amp; chips&nbsp;\(long)end</p><p>before<!-- note -->after</p>")
        let paragraphs = tree.descendants(of: HTMLTree.rootIndex, named: ["p"])
        #expect(Self.children(tree, of: paragraphs[0]) == ["\"fish & chips\u{00A0}\(long)end\""])
        #expect(Self.children(tree, of: paragraphs[1]) == ["\"before\"", "\"after\""])
    }

    @Test("script text is kept apart from the text around it")
    func scriptText() {
        let tree = Self.tree("<body><div>lead<script>var x = 1 < 2;</script>tail</div></body>")
        let script = tree.descendants(of: HTMLTree.rootIndex, named: ["script"])[0]
        #expect(Self.children(tree, of: script) == ["\"var x = 1 < 2;\""])
        #expect(Self.children(tree, of: tree[script].parent) == ["\"lead\"", "script", "\"tail\""])
    }

    @Test("kept attributes are copied, value-less ones empty")
    func attributes() {
        let tree = Self.tree("<div hidden class=\"a b\" data-x=\"dropped\"><a href=\"/x?a=1&amp;b=2\" id>link</a></div>")
        let div = tree.descendants(of: HTMLTree.rootIndex, named: ["div"])[0]
        #expect(tree[div].attributes == [HTMLAttribute(name: "hidden", value: ""), HTMLAttribute(name: "class", value: "a b")])
        let link = tree.descendants(of: HTMLTree.rootIndex, named: ["a"])[0]
        #expect(tree[link].attributes == [HTMLAttribute(name: "href", value: "/x?a=1&b=2"), HTMLAttribute(name: "id", value: "")])
    }

    @Test("content after the page's end opens an implied html inside the root, or beside it after a DOCTYPE or comment")
    func lateElements() {
        let plain = Self.tree("<html><body><p>in</p></body></html><p>late</p>")
        #expect(Self.children(plain, of: HTMLTree.rootIndex) == ["html"])
        #expect(Self.children(plain, of: plain.children(HTMLTree.rootIndex)[0]) == ["body", "html"])
        let doctype = Self.tree("<!DOCTYPE html><html><body><p>in</p></body></html><p>late</p>")
        #expect(Self.children(doctype, of: HTMLTree.rootIndex) == ["html", "html"])
        let comment = Self.tree("<!-- saved --><html><body><p>in</p></body></html><p>late</p>")
        #expect(Self.children(comment, of: HTMLTree.rootIndex) == ["html", "html"])
        #expect(comment.textContent(HTMLTree.rootIndex) == "inlate")
    }

    @Test("past 256 open elements the page is flattened, nothing lost")
    func nestingLimit() {
        let page = "<html><body><p>kept</p>" + String(repeating: "<div>", count: 300) + "deep"
            + String(repeating: "</div>", count: 300) + "<p>read</p></body></html>"
        let tree = Self.tree(page)
        let divs = tree.descendants(of: HTMLTree.rootIndex, named: ["div"])
        #expect(divs.count == 300)
        #expect(divs.map { tree.ancestors(of: $0).count }.max() == 256)  // html and body count too
        #expect(tree.textContent(HTMLTree.rootIndex) == "keptdeepread")
    }
}

/// libxml2 is looked up by name when first needed; a missing library is an error that says so.
@Suite struct LibXML2LoadingTests {
    @Test func theSystemLibraryLoads() {
        #expect((try? LibXML2.loaded.get()) != nil)
    }

    @Test func aMissingLibraryGivesTheLoadersReason() {
        let result = LibXML2.load("libfolio-no-such-library.so.9")
        guard case .failure(let error) = result else {
            Issue.record("a missing library loaded")
            return
        }
        #expect(error.reason.contains("libfolio-no-such-library.so.9"))
    }
}
