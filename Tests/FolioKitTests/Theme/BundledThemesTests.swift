import Foundation
import Testing

@testable import FolioKit

@Suite struct BundledThemesTests {
    @Test func embeddedThemesMatchThemesFolder() throws {
        let files = try BundledFiles.files(in: "Themes", endingIn: ".toml")
        #expect(!files.isEmpty)
        let embedded = Dictionary(uniqueKeysWithValues: BundledThemes.all.map { ("\($0.key).toml", $0.value) })
        #expect(
            Set(embedded.keys) == Set(files.keys),
            "BundledThemes.swift lists other themes than Themes/: run scripts/embed-resources")
        for (name, text) in files {
            #expect(embedded[name] == text, "\(name) changed since it was embedded: run scripts/embed-resources")
        }
    }

    @Test func theCompiledDefaultThemeIsDefaultToml() throws {
        let text = try #require(BundledThemes.all[ThemeCatalog.defaultName])
        #expect(try ThemeLoader.parse(text, name: "default", file: "default.toml") == Theme.fallback)
        let catalog = ThemeCatalog(bundled: BundledThemes.all, userDirectory: nil)
        #expect(try catalog.load(named: "default") == Theme.fallback)
        // Another text under the name is parsed, not taken for the compiled theme.
        let changed = ThemeCatalog(bundled: ["default": "[styles]\n\"list\" = { attrs = \"dim\" }\n"], userDirectory: nil)
        #expect(try changed.load(named: "default")[.list] == Style(attributes: .dim))
    }

    @Test func theThemesTheIssueAsksForAreShipped() {
        let required = [
            "default", "light", "dark", "solarized-dark", "solarized-light", "gruvbox", "nord", "high-contrast",
            "monochrome",
        ]
        for name in required { #expect(BundledThemes.all[name] != nil, "\(name)") }
    }

    @Test(arguments: BundledThemes.all.keys.sorted())
    func shippedThemeParsesAndStylesEveryRoleItself(name: String) throws {
        let file = try ThemeLoader.parseFile(#require(BundledThemes.all[name]), file: "\(name).toml")
        let missing = ThemeRole.allCases.filter { file.styles[$0] == nil }
        #expect(missing.isEmpty, "\(name) leaves out \(missing.map(\.rawValue))")
    }

    @Test(arguments: BundledThemes.all.keys.sorted())
    func shippedThemeKeepsTheRolesThatMustStandOutApart(name: String) throws {
        let theme = try ThemeLoader.parse(#require(BundledThemes.all[name]), name: name, file: "\(name).toml")
        #expect(theme[.searchHit] != theme[.searchCurrent], "\(name): current hit looks like the other hits")
        #expect(theme[.searchHit] != theme[.readerText], "\(name): hits look like text")
        #expect(theme[.searchCurrent] != theme[.readerText], "\(name): current hit looks like text")
        #expect(theme[.listSelected] != theme[.list], "\(name): selection invisible")
        #expect(theme[.listSelected] != theme[.listUnread], "\(name): selection looks like unread")
        #expect(theme[.status] != theme[.readerText], "\(name): status bar looks like text")
        #expect(theme[.readerHeading] != theme[.readerText], "\(name): headings look like text")
    }

    @Test(arguments: BundledThemes.all.keys.sorted())
    func shippedThemeTextIsLegible(name: String) throws {
        let theme = try ThemeLoader.parse(#require(BundledThemes.all[name]), name: name, file: "\(name).toml")
        for role in ThemeRole.allCases {
            let style = theme[role]
            guard let ratio = contrast(style.foreground, style.background) else { continue }
            let minimum = role == .readerText || role == .list ? 4.5 : 3.0
            #expect(ratio >= minimum, "\(name) \(role.rawValue): contrast \(ratio) < \(minimum)")
        }
    }

    @Test func defaultAndMonochromeUseTheTerminalsOwnColours() throws {
        for name in ["default", "monochrome"] {
            let theme = try ThemeLoader.parse(#require(BundledThemes.all[name]), name: name, file: "\(name).toml")
            for role in ThemeRole.allCases {
                #expect(theme[role].foreground == .default && theme[role].background == .default, "\(name) \(role)")
            }
        }
        let monochrome = try ThemeLoader.parse(#require(BundledThemes.all["monochrome"]), name: "m", file: "m.toml")
        for role in ThemeRole.allCases {
            #expect(monochrome[role].attributes.isSubset(of: [.bold, .underline, .reverse]), "\(role)")
        }
    }
}

/// WCAG contrast ratio of two exact colours; nil unless both are RGB.
private func contrast(_ first: Color, _ second: Color) -> Double? {
    guard case .rgb(let r1, let g1, let b1) = first, case .rgb(let r2, let g2, let b2) = second else { return nil }
    let l1 = luminance(r1, g1, b1)
    let l2 = luminance(r2, g2, b2)
    return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
}

private func luminance(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> Double {
    func linear(_ value: UInt8) -> Double {
        let c = Double(value) / 255
        return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
}
