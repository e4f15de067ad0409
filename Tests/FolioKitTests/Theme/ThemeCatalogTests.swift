import Foundation
import Testing

@testable import FolioKit

/// A fresh temporary folder holding `files` (name to text), removed by the caller.
private func temporaryFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
}

private let bundled = [
    "default": "[styles]\n\"list.selected\" = { attrs = \"underline\" }\n",
    "nord": "[styles]\n\"list\" = { fg = \"#d8dee9\", bg = \"#2e3440\" }\n",
    "gruvbox": "[styles]\n\"list\" = { fg = \"#ebdbb2\", bg = \"#282828\" }\n",
]

@Suite struct ThemeCatalogTests {
    @Test func userFolderComesFromXDGConfigHomeOrHome() {
        #expect(ThemeCatalog.userDirectory(in: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"]) == "/cfg/folio/themes")
        #expect(ThemeCatalog.userDirectory(in: ["HOME": "/home/a"]) == "/home/a/.config/folio/themes")
        #expect(ThemeCatalog.userDirectory(in: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/folio/themes")
        #expect(ThemeCatalog.userDirectory(in: [:]) == nil)
    }

    @Test func shippedThemesAreThereWithoutAnyFiles() {
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": "/nonexistent-folio-test"])
        #expect(catalog.names.first == "default")
        #expect(Set(catalog.names) == Set(BundledThemes.all.keys))
        for name in catalog.names {
            let (theme, error) = catalog.theme(named: name)
            #expect(error == nil, "\(name): \(String(describing: error))")
            #expect(theme.name == name)
            #expect(catalog.origin(of: name) == .bundled)
        }
    }

    @Test func userThemesAddAndOverrideByName() throws {
        let config = try temporaryFolder([:])
        defer { try? FileManager.default.removeItem(at: config) }
        let themes = config.appendingPathComponent("folio/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "[styles]\n\"list\" = { fg = \"red\" }\n".write(
            to: themes.appendingPathComponent("nord.toml"), atomically: true, encoding: .utf8)
        try "[styles]\n\"list\" = { fg = \"green\" }\n".write(
            to: themes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        try "not a theme".write(to: themes.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": config.path])
        #expect(catalog.names.contains("mine"))
        #expect(!catalog.names.contains("notes"))
        #expect(catalog.theme(named: "nord").theme[.list].foreground == .ansi(1))
        #expect(catalog.theme(named: "mine").theme[.list].foreground == .ansi(2))
        #expect(catalog.origin(of: "nord") == .user(path: themes.appendingPathComponent("nord.toml").path))
        #expect(catalog.origin(of: "gruvbox") == .bundled)
    }

    @Test func cyclingVisitsEveryThemeOnceDefaultFirst() throws {
        let folder = try temporaryFolder(["aaa.toml": "", "zzz.toml": ""])
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = ThemeCatalog(bundled: bundled, userDirectory: folder.path)
        #expect(catalog.names == ["default", "aaa", "gruvbox", "nord", "zzz"])
        var seen = ["default"]
        var name = "default"
        for _ in 1..<catalog.names.count {
            name = catalog.next(after: name)
            seen.append(name)
        }
        #expect(seen == catalog.names)
        #expect(catalog.next(after: "zzz") == "default")
        #expect(catalog.next(after: "from-a-path") == "default")
    }

    @Test func brokenUserThemeFallsBackToDefaultWithItsError() throws {
        let folder = try temporaryFolder(["broken.toml": "[styles]\n\"list\" = { fg = \"blurple\" }\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = ThemeCatalog(bundled: bundled, userDirectory: folder.path)
        let (theme, error) = catalog.theme(named: "broken")
        let path = folder.appendingPathComponent("broken.toml").path
        #expect(error == ThemeError(file: path, line: 2, problem: .unknownColour("blurple")))
        #expect(error?.description == "theme '\(path)' line 2: unknown colour \"blurple\"")
        #expect(theme.name == "broken")
        #expect(theme[.listSelected] == Style(attributes: .underline))
        #expect(catalog.next(after: theme.name) != "broken")
    }

    @Test func unknownNameFallsBackToDefault() {
        let catalog = ThemeCatalog(bundled: bundled, userDirectory: nil)
        let (theme, error) = catalog.theme(named: "solarised")
        #expect(theme.name == "default")
        #expect(error == ThemeError(file: nil, line: nil, problem: .notFound(name: "solarised", available: catalog.names)))
    }

    @Test func themeOptionTakesAPathOrAName() throws {
        let folder = try temporaryFolder([
            "paper.toml": "[palette]\nink = \"#111111\"\n[styles]\n\"reader.text\" = { fg = \"ink\" }\n",
            "bad.toml": "[styles]\n\"reader.text\" = { fg = \"ink\" ",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = ThemeCatalog(bundled: bundled, userDirectory: nil)
        #expect(ThemeCatalog.isPath("./paper.toml") && ThemeCatalog.isPath("paper.toml") && ThemeCatalog.isPath("a/b"))
        #expect(!ThemeCatalog.isPath("nord"))

        let path = folder.appendingPathComponent("paper.toml").path
        let (paper, paperError) = catalog.resolve(path)
        #expect(paperError == nil)
        #expect(paper.name == "paper")
        #expect(paper[.readerText].foreground == .rgb(0x11, 0x11, 0x11))

        let badPath = folder.appendingPathComponent("bad.toml").path
        let (bad, badError) = catalog.resolve(badPath)
        #expect(badError?.file == badPath)
        #expect(badError?.line == 2)
        #expect(bad[.listSelected] == Style(attributes: .underline))

        let (_, missingError) = catalog.resolve(folder.appendingPathComponent("none.toml").path)
        if case .unreadable = missingError?.problem {} else { Issue.record("a missing file should be unreadable") }

        #expect(catalog.resolve("nord").theme[.list].background == .rgb(0x2E, 0x34, 0x40))
    }

    @Test("a FIFO, a folder or a dangling link in the theme folder is skipped unopened, with a note")
    func nonFilesAreSkipped() throws {
        let folder = try temporaryFolder(["mine.toml": "[styles]\n\"list\" = { fg = \"green\" }\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        // Opening a FIFO waits for a writer: the catalog must not even try.
        #expect(mkfifo(folder.appendingPathComponent("pipe.toml").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.toml"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.toml").path, withDestinationPath: "/nonexistent/x.toml")
        let catalog = ThemeCatalog(bundled: bundled, userDirectory: folder.path)
        #expect(catalog.names == ["default", "gruvbox", "mine", "nord"])
        #expect(catalog.skipped.sorted() == ["dir.toml", "gone.toml", "pipe.toml"].map {
            "theme '\(folder.path)/\($0)' skipped: not a regular file"
        })
        // Named with --theme, it is an error, found without opening it.
        let (_, error) = catalog.resolve(folder.appendingPathComponent("pipe.toml").path)
        #expect(error?.problem == .unreadable("not a regular file"))
    }
}
