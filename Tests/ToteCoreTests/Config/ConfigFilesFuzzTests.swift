import Foundation
import Testing
@testable import ToteCore

/// Every config file Tote reads, mutated: each input gives a value or a `ConfigError` that
/// names the file — never a crash. (`ConfigFuzzTests` goes deeper on the TOML grammar with
/// station.toml and warehouse.toml; this covers the other files' readers.)
@Suite("Config files: hostile input")
struct ConfigFilesFuzzTests {
    static let readers: [String: @Sendable (String, String) throws(ConfigError) -> Void] = [
        "pack-rules.toml": { (text, file) throws(ConfigError) in _ = try RuleSet.parse(text, file: file) },
        "cartons.toml": { (text, file) throws(ConfigError) in _ = try CartonConfig.parse(text, file: file) },
        "carriers.toml": { (text, file) throws(ConfigError) in _ = try CarrierConfig.parse(text, file: file) },
        "printers.toml": { (text, file) throws(ConfigError) in _ = try PrinterConfig.parse(text, file: file) },
        "standards.toml": { (text, file) throws(ConfigError) in _ = try LabourStandards.parse(text, file: file) },
        "station.toml": { (text, file) throws(ConfigError) in _ = try StationConfig.parse(text, file: file) },
        "warehouse.toml": { (text, file) throws(ConfigError) in _ = try WarehouseLayout.parse(text, file: file) },
    ]

    @Test(arguments: readers.keys.sorted())
    func mutatedConfigGivesAValueOrANamedError(name: String) throws {
        let base = Array(try ConfigTestSupport.shippedConfig(name).utf8)
        let read = try #require(Self.readers[name])
        let file = "config/\(name)"
        var random = HostileBytes(seed: UInt64(name.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
        var values = 0
        var errors = 0
        // The unchanged file must read: the mutations start from a valid document.
        try read(String(decoding: base, as: UTF8.self), file)
        for i in 0..<HostileBytes.count {
            let text = String(decoding: random.input(from: base, index: i), as: UTF8.self)
            do {
                try read(text, file)
                values += 1
            } catch {
                errors += 1
                if error.file != file || error.reason.isEmpty {
                    Issue.record("input \(i): error without file or reason: \(error)")
                }
            }
        }
        #expect(errors > 0, "no mutation broke \(name): the test is not reaching the parser")
        #expect(values + errors == HostileBytes.count)
    }
}
