import Foundation

/// Finds the `tote` executable the build just made, and the checkout's config folder.
enum ToteBinary {
    /// The checkout this file lives in (`<repo>/Tests/EndToEndTests/Support/ToteBinary.swift`).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `<repo>/config`: station.toml, warehouse.toml and the demo.
    static var configDirectory: String { repositoryRoot.appendingPathComponent("config").path }

    /// The built `tote`: next to the running test product (`.build/<triple>/debug/`), else
    /// `<repo>/.build/debug/tote`.
    static func locate() throws -> String {
        var folders: [URL] = []
        if let exe = Bundle.main.executableURL {
            folders.append(exe.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
        // macOS runs the .xctest bundle inside xctest: its products folder is the bundle's parent.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(repositoryRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("tote").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        throw EndToEndError("""
            The tote executable was not found (looked in \(folders.map(\.path).joined(separator: ", "))). \
            Build it first: swift build --build-tests
            """)
    }
}
