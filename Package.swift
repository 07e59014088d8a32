// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "InclusionMap",
    // Linux needs no entry; on Apple platforms the readers use String(validating:as:) (macOS 15).
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "InclusionMap", targets: ["InclusionMap"]),
        .library(name: "InclusionMapInterchange", targets: ["InclusionMapInterchange"]),
        .library(name: "InclusionMapGraphviz", targets: ["InclusionMapGraphviz"]),
        .library(name: "InclusionMapReport", targets: ["InclusionMapReport"]),
        .library(name: "InclusionMapRegister", targets: ["InclusionMapRegister"]),
        .library(name: "InclusionMapServer", targets: ["InclusionMapServer"]),
        .executable(name: "inclusion-map", targets: ["inclusion-map"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The workbench's web server (SwiftNIO underneath); swift-configuration support left out.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        // Only for `swift package generate-documentation` (the DocC catalogues); not linked.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The core library: Foundation only, no C, so it embeds anywhere.
        .target(
            name: "InclusionMap",
            resources: [.copy("Resources/rivertown")]
        ),
        // Other tools' formats that need XML or zip (GraphML, GEXF, Excel and Kumu workbooks):
        // FoundationXML and ZIPFoundation (zlib), kept out of the core.
        .target(
            name: "InclusionMapInterchange",
            dependencies: ["InclusionMap", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // The nickname table the survey import matches names with (Apache-2.0; SOURCE.md).
            resources: [.copy("Resources/nicknames")]
        ),
        // The Graphviz C library (libgvc, libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Maps drawn through Graphviz: the only target that touches C.
        .target(
            name: "InclusionMapGraphviz",
            dependencies: ["InclusionMap", "CGraphviz"]
        ),
        // The HTML report: the analyses, the maps and the tables in one self-contained page.
        .target(
            name: "InclusionMapReport",
            dependencies: ["InclusionMap", "InclusionMapGraphviz"]
        ),
        // The register: every wave of a programme's mapping in one SQLite file (GRDB, with
        // Debian's libsqlite3), kept out of the core.
        .target(
            name: "InclusionMapRegister",
            dependencies: [
                "InclusionMap", "InclusionMapInterchange",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The workbench: a local web server (Hummingbird) over the library, with its page served
        // from resources; kept out of the core and out of every other library target.
        .target(
            name: "InclusionMapServer",
            dependencies: [
                "InclusionMap", "InclusionMapInterchange", "InclusionMapGraphviz", "InclusionMapReport", "InclusionMapRegister",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources/web")]
        ),
        .executableTarget(
            name: "inclusion-map",
            dependencies: [
                "InclusionMap",
                "InclusionMapInterchange",
                "InclusionMapGraphviz",
                "InclusionMapReport",
                "InclusionMapRegister",
                "InclusionMapServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "InclusionMapTests",
            dependencies: ["InclusionMap"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "InclusionMapInterchangeTests",
            dependencies: ["InclusionMapInterchange", "InclusionMap"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "InclusionMapGraphvizTests",
            dependencies: ["InclusionMapGraphviz", "InclusionMap"]
        ),
        .testTarget(
            name: "InclusionMapReportTests",
            dependencies: ["InclusionMapReport", "InclusionMapGraphviz", "InclusionMap"]
        ),
        .testTarget(
            name: "InclusionMapRegisterTests",
            dependencies: ["InclusionMapRegister", "InclusionMap", "inclusion-map", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "InclusionMapServerTests",
            dependencies: ["InclusionMapServer", "InclusionMap", "InclusionMapInterchange", "InclusionMapRegister"]
        ),
        .testTarget(
            name: "inclusion-mapTests",
            dependencies: ["inclusion-map"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
