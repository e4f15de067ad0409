import TestCorpus
import Testing

/// A test that reads the shared corpus fails when the corpus is not on the machine, and says
/// which file it looked for and where the corpus belongs: it never passes with nothing checked.
@Suite struct SharedCorpusTests {
    @Test func aMissingFileFailsNamingItAndTheCorpus() throws {
        let error = #expect(throws: SharedCorpus.Missing.self) { try SharedCorpus.bytes("dev/no-such-folder/article.txt") }
        let message = try #require(error).description
        #expect(message.hasPrefix("the shared test corpus is missing: "))
        #expect(message.contains(SharedCorpus.root.path + "/dev/no-such-folder/article.txt not found"))
    }

    @Test func aFolderWithoutTheFilesWantedIsMissingToo() {
        #expect(throws: SharedCorpus.Missing.self) { try SharedCorpus.names(in: "seed", endingIn: ".no-such-suffix") }
    }

    @Test func thePlainTextArticlesAreTheSeedAndTheDevSet() throws {
        let paths = try SharedCorpus.plainTextArticles()
        #expect(paths.first?.hasSuffix("/seed/putin-peace-talks.txt") == true)
        #expect(paths.dropFirst().allSatisfy { $0.contains("/dev/plaintext/") && $0.hasSuffix(".txt") })
        #expect(paths.count == 31)
    }
}
