// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Tote",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tote", targets: ["tote"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "ToteCore"),
        .target(
            name: "ToteStore",
            dependencies: ["ToteCore", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .target(name: "ToteTUI", dependencies: ["ToteCore", "CNCursesw"]),
        .target(name: "TotePrinting", dependencies: ["ToteCore"]),
        .executableTarget(
            name: "tote",
            dependencies: [
                "ToteCore", "ToteStore", "ToteTUI", "TotePrinting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helper shared by the core and end-to-end tests: runs ../shared/tools/labels.
        .target(name: "LabelCheckerSupport", path: "Tests/LabelCheckerSupport"),
        .testTarget(name: "ToteCoreTests", dependencies: ["ToteCore", "LabelCheckerSupport"], exclude: ["Import/Fixtures"]),
        .testTarget(
            name: "ToteStoreTests",
            dependencies: ["ToteStore", "ToteCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ToteTUITests",
            dependencies: ["ToteTUI", "ToteCore"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["ToteTUI", "ToteStore", "ToteCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "PrintingTests", dependencies: ["TotePrinting", "ToteStore", "ToteCore"],
                    exclude: ["cups-setup.sh"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ToteCore", "ToteStore", "LabelCheckerSupport"]
        ),
    ]
)
