import Foundation
import Testing

/// The README is for a person deciding to use folio: short enough to read, its speed section a
/// table of headline figures. The lab notes live in `docs/benchmarks.md` and `docs/design.md`.
@Suite struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The README's `## NAME` section, up to the next one.
    static func section(_ name: String, of text: String) -> Substring? {
        guard let start = text.range(of: "\n## \(name)\n") else { return nil }
        let rest = text[start.upperBound...]
        return text[start.lowerBound..<(rest.range(of: "\n## ")?.lowerBound ?? text.endIndex)]
    }

    @Test("the README stays under 300 lines and 16,000 bytes")
    func readmeIsShort() throws {
        let readme = try Self.text("README.md")
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count < 300)
        #expect(readme.utf8.count < 16_000)
    }

    @Test("the speed section is a short table that points to docs/benchmarks.md")
    func speedIsATable() throws {
        let readme = try Self.text("README.md")
        let speed = try #require(Self.section("Speed", of: readme))
        #expect(speed.utf8.count < 2_000)
        #expect(speed.contains("| --- |"))
        #expect(speed.contains("docs/benchmarks.md"))
        #expect(try Self.text("docs/benchmarks.md").contains("scripts/bench"))
    }

    @Test("every command of the command line has its place in the README")
    func commandsAreDocumented() throws {
        let readme = try Self.text("README.md")
        for command in ["folio dump", "folio search", "folio add", "folio themes", "folio config", "folio --version", "folio feed add", "folio fetch"] {
            #expect(readme.contains(command), "\(command)")
        }
    }
}
