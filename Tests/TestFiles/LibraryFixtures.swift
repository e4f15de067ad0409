/// Small libraries of articles that tests of the reader share, in a terminal and in-process.
public enum LibraryFixtures {
    /// A Markdown article: a lead, then three long sections (so a section can be at the top).
    public static func article(_ title: String) -> String {
        var text = "# \(title)\n\nThe lead of \(title.lowercased()).\n\n"
        for heading in ["Second part", "Third part", "Fourth part"] {
            text += "## \(heading)\n\n"
            for number in 1...12 {
                text += "Paragraph \(number) of the \(heading.lowercased()) in \(title.lowercased()), long enough to wrap "
                text += "over more than one line of the reader at any width a test uses.\n\n"
            }
        }
        return text
    }

    /// Three such articles in a folder: alpha.md, bravo.md and charlie.md, titled "Alpha
    /// article" and so on.
    public static func threeArticles() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        for name in ["Alpha", "Bravo", "Charlie"] { try folder.file("\(name.lowercased()).md", article("\(name) article")) }
        return folder
    }
}
