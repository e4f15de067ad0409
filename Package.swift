// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioKit", targets: ["FolioKit"]),
        .library(name: "FolioApp", targets: ["FolioApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        // async-http-client's own stack, named for the types FolioNet uses (errors, TLS trust).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.100.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.30.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.26.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // libxml2's headers only: folio loads the library itself when it first parses a page
        // (see Sources/CLibXML2/shim.h), so no target links it.
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "FolioKit",
            dependencies: ["CLibXML2", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]
        ),
        // The screen as cells, and keys: what FolioUI renders and reads, and Terminal draws and decodes.
        .target(name: "Screen", dependencies: ["FolioKit"]),
        .target(name: "FolioUI", dependencies: ["Screen", "FolioKit"]),
        .target(name: "FolioStore", dependencies: ["FolioKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Terminal", dependencies: ["CNcursesw", "Screen", "FolioKit"]),
        // HTTP, the home library's saved pages and `folio add`; FolioKit and FolioUI never
        // import it.
        .target(
            name: "FolioNet",
            dependencies: [
                "FolioKit", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]
        ),
        // The application as a library: start-up, sessions, article sources, reading, effects,
        // output formats; tested in-process, without a terminal.
        .target(
            name: "FolioApp",
            dependencies: ["FolioKit", "FolioUI", "FolioStore", "Terminal", "FolioNet", .product(name: "TOMLKit", package: "TOMLKit")]),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioApp", "FolioKit", "FolioUI", "FolioNet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift toolchain exports every symbol of a statically linked program (about
            // 9,700) for its crash backtraces; nothing looks them up, and the dynamic loader and
            // the runtime's start-up `dladdr` pay for the table on every start (about 0.5 ms).
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"])]
        ),
        .testTarget(name: "FolioKitTests", dependencies: ["FolioKit", "TestCorpus"]),
        .testTarget(name: "FolioUITests", dependencies: ["FolioUI", "FolioKit", "TestCorpus"]),
        .testTarget(name: "ScreenTests", dependencies: ["Screen", "FolioKit"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Screen", "FolioKit"]),
        .testTarget(
            name: "FolioStoreTests",
            dependencies: ["FolioStore", "FolioKit", "FolioStoreProbe", "TestProcesses", "TestCorpus", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(name: "FolioStoreProbe", dependencies: ["FolioStore", "FolioKit"], path: "Tests/FolioStoreProbe"),
        .testTarget(
            name: "FolioAppTests",
            dependencies: ["FolioApp", "FolioKit", "FolioUI", "FolioStore", "FolioNet", "Terminal", "TestFiles", "TestServers"]
        ),
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["folio", "FolioUI", "FolioNet", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "FolioNetTests",
            dependencies: ["FolioNet", "FolioKit", .product(name: "NIOCore", package: "swift-nio")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["FolioKit", "TestProcesses", "TestFiles", "TestCorpus", "TestServers", "TerminalProbe", "CZlib"]),
        // zlib, for the gzip bomb the network tests serve.
        .systemLibrary(name: "CZlib", path: "Tests/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // A terminal session whose app stalls on a key, for the signal tests.
        .executableTarget(name: "TerminalProbe", dependencies: ["Terminal", "Screen"], path: "Tests/TerminalProbe"),
        // Child processes with deadlines for the tests (Foundation's Process can hang on Linux).
        .target(name: "TestProcesses", path: "Tests/TestProcesses"),
        // Scratch folders and small libraries of articles, for the tests of the reader.
        .target(name: "TestFiles", path: "Tests/TestFiles"),
        // Real web servers on loopback for the tests that fetch: nginx with a configuration of
        // the test's, a free port, the pages served, a self-signed certificate.
        .target(name: "TestServers", dependencies: ["TestProcesses", "TestFiles"], path: "Tests/TestServers"),
        // The package's files and the shared corpus for the tests: a missing corpus fails them.
        .target(name: "TestCorpus", path: "Tests/TestCorpus"),
    ],
    swiftLanguageModes: [.v6]
)
