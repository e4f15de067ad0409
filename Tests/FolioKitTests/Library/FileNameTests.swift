import Testing

@testable import FolioKit

/// Articles without a title are listed by their file's name.
@Suite struct FileNameTests {
    @Test("a title from the file name: extension dropped, dashes and underscores read as spaces")
    func readableTitles() {
        #expect(FileName.readableTitle(ofPath: "saved/my-page.html") == "my page")
        #expect(FileName.readableTitle(ofPath: "notes/a_long-post.md") == "a long post")
        #expect(FileName.readableTitle(ofPath: "archive.tar.gz") == "archive.tar")
        #expect(FileName.readableTitle(ofPath: "dir.d/README") == "README")
        #expect(FileName.readableTitle(ofPath: "x/.hidden") == ".hidden")
        #expect(FileName.readableTitle(ofPath: "Ünïcode-名前.md") == "Ünïcode 名前")
        #expect(FileName.readableTitle(ofPath: "x/.md") == ".md")
        #expect(FileName.readableTitle(ofPath: "") == "Untitled")
    }

    @Test("an HTML page and a Markdown file without a title take their file's name")
    func untitledArticles() {
        #expect(HTMLReader.read(Array("<p>Just a line of text.</p>".utf8), path: "web/field-notes_2024.html").title == "field notes 2024")
        #expect(MarkdownReader.read(Array("---\ntitle: \"\"\n---\n".utf8), path: "md/to-do.md").title == "to do")
    }

    @Test("the folder of a path, one-character names included (Foundation's trapped on them)")
    func folders() {
        #expect(FileName.folder(ofPath: "a/b/c") == "a/b")
        #expect(FileName.folder(ofPath: "/a") == "/")
        #expect(FileName.folder(ofPath: "a") == "")
        #expect(FileName.folder(ofPath: "x/") == "")
        #expect(FileName.folder(ofPath: "/d//x/") == "/d")
        #expect(FileName.folder(ofPath: "/") == "/")
        #expect(FileName.folder(ofPath: "") == "")
    }
}
