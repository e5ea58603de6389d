import Foundation
import ToteCore
import ToteTUI
import TotePrinting
import ToteStore

/// Reads `carriers.toml` and `printers.toml` from the config folder and wires the printing
/// pieces for a command (and, later, for the station).
struct PrintingSetup {
    let carriers: CarrierConfig
    let printers: PrinterConfig
    let store: FloorStore
    let environment: Environment

    init(environment: Environment, store: FloorStore) throws {
        self.environment = environment
        self.store = store
        let carriersFile = environment.configDirectory + "/carriers.toml"
        carriers = try Environment.readIfPresent(carriersFile).map { try CarrierConfig.parse($0, file: carriersFile) } ?? CarrierConfig()
        let printersFile = environment.configDirectory + "/printers.toml"
        printers = try Environment.readIfPresent(printersFile).map { try PrinterConfig.parse($0, file: printersFile) } ?? PrinterConfig()
    }

    var carrierService: LocalCarrierService { LocalCarrierService(config: carriers, serials: store) }

    /// The named printer, or a clear error naming the file to fix.
    func printer(_ name: String) throws -> PrinterDefinition {
        guard let p = printers.printers[name] else {
            let known = printers.printers.keys.sorted().joined(separator: ", ")
            throw ToteError("No printer \"\(name)\" in \(environment.configDirectory)/printers.toml"
                + (known.isEmpty ? "; add a [printer.\(name)] section." : " (known: \(known))."))
        }
        return p
    }

    /// Transports for every configured printer; `file://` paths relative to the store's folder.
    func transports() -> [String: PrinterTransport] {
        let base = (environment.storePath as NSString).deletingLastPathComponent
        let server = ProcessInfo.processInfo.environment["CUPS_SERVER"]
        return printers.printers.mapValues { PrinterTransports.make($0, relativeTo: base, cupsServer: server) }
    }

    func worker() -> PrintQueueWorker {
        PrintQueueWorker(store: store, transports: transports(), backoff: printers.backoff)
    }

    /// The station's pack-out printing, from `[printers]` in station.toml.
    func packOut() throws -> PackOutPrinting {
        guard let label = environment.station.labelPrinter else {
            throw ToteError("No label printer: set [printers] label = \"NAME\" in \(environment.configDirectory)/station.toml.")
        }
        let dpis = printers.printers.mapValues(\.dpi)
        return PackOutPrinting(carrier: carrierService, tracking: store, queue: store, shipFrom: environment.shipFrom,
                               labelPrinter: label, documentPrinter: environment.station.documentPrinter, dpiByPrinter: dpis,
                               documentWording: DocumentWording(
                                   shop: Strings(language: environment.documentLanguage).documentLabels,
                                   byLanguage: Dictionary(uniqueKeysWithValues: Language.allCases.map {
                                       ($0, Strings(language: $0).documentLabels)
                                   }),
                                   followShipTo: environment.station.documentsFollowShipTo))
    }
}
