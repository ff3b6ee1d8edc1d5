// swift-tools-version: 6.0
import PackageDescription

/// Settings shared by every Swift target: Swift 6 language mode with strict concurrency.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Hexaglot",
    products: [
        .library(name: "Hexaglot", targets: ["Hexaglot"]),
        .executable(name: "hexaglot", targets: ["hexaglot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Word documents are zip archives: read in memory, entry by entry, with a byte budget (zip bombs).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // ICU behind purpose-built C functions: no ICU header is visible to Swift (it clashes with
        // Foundation's own ICU copy).
        .target(
            name: "CHexaglotICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        // libxml2's include path comes from pkg-config through this system library; only the C shim uses it.
        .systemLibrary(
            name: "CHexaglotLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CHexaglotXML",
            dependencies: ["CHexaglotLibXML2"],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        .target(
            name: "Hexaglot",
            dependencies: [
                "CHexaglotICU",
                "CHexaglotXML",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "hexaglot",
            dependencies: [
                "Hexaglot",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // The README's library examples, word for word (a test compares them): built with the tests, so an API
        // change that breaks them fails CI.
        .executableTarget(
            name: "CheckOneDocument", dependencies: ["Hexaglot"], path: "Examples/CheckOneDocument",
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "AlignInMemory", dependencies: ["Hexaglot"], path: "Examples/AlignInMemory",
            swiftSettings: swiftSettings),
        .testTarget(
            name: "HexaglotTests",
            dependencies: [
                "Hexaglot", "hexaglot", "CheckOneDocument", "AlignInMemory",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden", "Fixtures"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
