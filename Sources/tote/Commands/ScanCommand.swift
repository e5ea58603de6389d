import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote scan …`: look at scans the way the station reads them.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Explain how the station reads a scan.",
        subcommands: [Explain.self]
    )

    /// `tote scan explain 'TEXT' [--json]`: kind, symbology, GTIN/SSCC, GS1 elements, SKU, or the error.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Print how a scan is read: kind, symbology, GTIN/SSCC, each GS1 AI, the SKU, or the error.",
            discussion: """
                Write the GS separator (FNC1) as <GS> or \\x1D, e.g. ']C10109501101530003 10AB-123<GS>17140704' \
                (spaces are not stripped inside the scan). The catalogue comes from the store; an empty or \
                missing store uses the demo catalogue (config/demo/catalog.json).
                """
        )

        @OptionGroup var options: CommonOptions

        @Argument(help: "The scan text, as the scanner would type it.")
        var text: String

        @Flag(name: .long, help: "Print JSON for scripts.")
        var json = false

        @Option(name: .customLong("gs-substitute"), help: ArgumentHelp(
            "A character the scanner sends instead of GS (FNC1).", valueName: "CHAR"))
        var gsSubstitute: String?

        func validate() throws {
            if let s = gsSubstitute {
                guard s.unicodeScalars.count == 1, let u = s.unicodeScalars.first, u.value > 0x20, u.value < 0x7F else {
                    throw ValidationError("--gs-substitute: give one printable ASCII character, e.g. '|'.")
                }
            }
        }

        func run() throws {
            let env = try Environment(options: options)
            let (catalog, source) = try ScanCatalog.load(env)
            var config = ScanGrammarConfig()
            config.gsSubstitute = gsSubstitute?.unicodeScalars.first
            let scan = Self.unescaped(text)
            let reading = ScanClassifier(catalog: catalog, config: config).read(scan)
            let report = ScanExplanation(scan: scan, reading: reading, catalog: catalog, catalogSource: source)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(report.text)
            }
        }

        /// `<GS>` and `\x1D` (any case) become the GS byte.
        static func unescaped(_ text: String) -> String {
            var s = text
            for token in ["<GS>", "<gs>", "\\x1D", "\\x1d", "\\u001D", "\\u001d"] {
                s = s.replacingOccurrences(of: token, with: "\u{1D}")
            }
            return s
        }
    }
}

/// Where `tote scan` and `tote bench scan` get their catalogue.
enum ScanCatalog {
    /// The store's catalogue; the demo catalogue when the store is missing or empty (the store is
    /// never created or changed here).
    static func load(_ env: Environment) throws -> (Catalog, String) {
        if !env.store.isFile || FileManager.default.fileExists(atPath: env.storePath) {
            let store = try env.openStore()
            if try !store.isEmpty() { return (try store.loadCatalog(), "store \(env.store)") }
        }
        return (try demo(env), "demo catalogue (\(env.configDirectory)/demo/catalog.json)")
    }

    static func demo(_ env: Environment) throws -> Catalog {
        let file = env.configDirectory + "/demo/catalog.json"
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ToteError("\(file): missing or unreadable. Restore the demo files from the repository.")
        }
        do {
            return try Catalog(JSONDecoder().decode([SKU].self, from: data))
        } catch {
            throw ToteError("\(file): \(error)")
        }
    }
}

/// The explanation `tote scan explain` prints, as text or JSON.
struct ScanExplanation: Encodable {
    struct Element: Encodable {
        let ai: String
        let title: String
        let value: String
        let date: String?
    }

    let input: String
    let kind: String
    let value: String?
    let symbology: String?
    let aim: String?
    let data: String
    let gtin: String?
    let gtinFormat: String?
    let sscc: String?
    let elements: [Element]
    let sku: String?
    let skuName: String?
    let quantity: Int
    let ok: Bool
    let issue: String?
    let message: String?
    let detail: String?
    let expectedCheckDigit: Int?
    let catalog: String

    init(scan: String, reading r: ScanReading, catalog: Catalog, catalogSource: String) {
        input = scan
        kind = r.kind.logName
        switch r.kind {
        case .item(let sku): value = sku
        case .bin(let bin): value = bin.code
        case .command(let c): value = c.rawValue
        case .badCheckDigit(let code): value = code
        case .unknownProduct(let gtin): value = gtin.digits
        case .tote(let v), .carton(let v), .badge(let v), .order(let v): value = v
        case .unknown: value = nil
        }
        symbology = r.symbology?.rawValue
        aim = r.aim?.description
        data = Self.visible(r.data)
        gtin = r.gtin?.digits
        gtinFormat = r.gtin?.format.rawValue
        sscc = r.sscc?.digits
        elements = (r.elementString?.elements ?? []).map {
            Element(ai: $0.ai.code, title: $0.ai.title, value: $0.value, date: $0.date?.isoText)
        }
        sku = r.sku
        skuName = r.sku.flatMap { catalog.sku(code: $0)?.name }
        quantity = r.quantity
        ok = r.issue == nil
        issue = r.issue?.logName
        message = r.issue?.message
        detail = r.issue?.detail
        if case .checkDigit(_, let expected, _) = r.issue { expectedCheckDigit = expected } else { expectedCheckDigit = nil }
        self.catalog = catalogSource
    }

    var text: String {
        var lines: [(String, String)] = [("Scan", Self.visible(input).debugDescription), ("Kind", kind + (value.map { "  \($0)" } ?? ""))]
        if let sku { lines.append(("SKU", sku + (skuName.map { "  (\($0))" } ?? ""))) }
        lines.append(("Symbology", symbology.map { "\($0) (\(aim ?? ""))" } ?? "none (no AIM identifier)"))
        lines.append(("Data", data.debugDescription))
        if let gtin { lines.append(("GTIN", gtin + (gtinFormat.map { "  (\($0))" } ?? ""))) }
        if let sscc { lines.append(("SSCC", sscc)) }
        for (i, e) in elements.enumerated() {
            let ai = "(\(e.ai))".padding(toLength: 7, withPad: " ", startingAt: 0)
            let title = e.title.padding(toLength: 24, withPad: " ", startingAt: 0)
            lines.append((i == 0 ? "Elements" : "", ai + title + e.value + (e.date.map { "  = \($0)" } ?? "")))
        }
        if ok { lines.append(("Quantity", String(quantity))) }
        if let message { lines.append(("Error", message + (detail.map { " (\($0))" } ?? ""))) }
        lines.append(("Catalogue", catalog))
        return lines.map { $0.0.padding(toLength: 11, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
    }

    /// GS shown as `<GS>`, other control characters as `\u{…}`.
    static func visible(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value == 0x1D { out += "<GS>" } else if u.value < 0x20 || u.value == 0x7F {
                out += "\\u{" + String(u.value, radix: 16) + "}"
            } else { out.unicodeScalars.append(u) }
        }
        return out
    }
}
