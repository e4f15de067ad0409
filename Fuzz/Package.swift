// swift-tools-version:6.0
// libFuzzer targets for folio's readers, search and theme files. A package of its own, so that
// the main package's `swift build` never sees them: they only link with `--sanitize=fuzzer`,
// which supplies `main`. Build and run them with `scripts/fuzz`.
import Foundation
import PackageDescription

// The root package by path; its identity is the name of the folder it was cloned into.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let folioKit = Target.Dependency.product(name: "FolioKit", package: root.lastPathComponent)

/// One fuzz target: an executable that defines `LLVMFuzzerTestOneInput`.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: [folioKit, "FuzzInvariants"])
}

let package = Package(
    name: "FolioFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "FuzzInvariants", dependencies: [folioKit]),
        fuzzTarget("FuzzPlainText"),
        fuzzTarget("FuzzHTML"),
        fuzzTarget("FuzzMarkdown"),
        fuzzTarget("FuzzFeed"),
        fuzzTarget("FuzzLoader"),
        fuzzTarget("FuzzSearch"),
        fuzzTarget("FuzzTOML"),
    ],
    swiftLanguageModes: [.v6]
)
