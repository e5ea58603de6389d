import Foundation
import Testing
@testable import ToteCore

/// Shared helpers for the config tests.
enum ConfigTestSupport {
    /// Contents of a shipped file in the repository's `config/` folder, found relative to
    /// this source file (Tests/ToteCoreTests/Config/… → repo root) so tests run anywhere.
    static func shippedConfig(_ name: String, filePath: String = #filePath) throws -> String {
        let root = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent() // Config
            .deletingLastPathComponent() // ToteCoreTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent() // repo root
        return try String(contentsOf: root.appendingPathComponent("config/\(name)"), encoding: .utf8)
    }

    /// The error `TOMLParser` throws for `text`, or nil if it parses.
    static func parseError(_ text: String, file: String = "test.toml") -> ConfigError? {
        do {
            _ = try TOMLParser.parse(text, file: file)
            return nil
        } catch {
            return error
        }
    }

    /// Asserts that parsing fails at exactly `line`:`column` with a reason containing `reason`.
    static func expectError(_ text: String, line: Int, column: Int?, reason: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error = parseError(text) else {
            Issue.record("expected an error for \(text.debugDescription)", sourceLocation: sourceLocation)
            return
        }
        #expect(error.file == "test.toml", sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        #expect(error.column == column, "\(error)", sourceLocation: sourceLocation)
        #expect(error.reason.contains(reason), "\(error)", sourceLocation: sourceLocation)
    }

    /// 1-based line of the first line containing `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}

