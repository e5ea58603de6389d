import Testing
@testable import ToteCore

/// The command sheet's barcodes must read back as their commands. (The rendered sheet is
/// checked with /work/shared/tools/labels/check_label.py via `tote print commands`.)
@Suite("Command sheet")
struct CommandSheetTests {
    @Test func oneCode128PerCommandThatReadsAsThatCommand() {
        let zpl = CommandSheet.zpl()
        #expect(zpl.hasPrefix("^XA\n^CI28\n^PW812\n^LL1218"))
        #expect(zpl.hasSuffix("^XZ\n"))
        let lines = zpl.split(separator: "\n")
        let barcodes = lines.filter { $0.contains("^BCN,") }.compactMap { $0.split(separator: "^FD").last?.dropLast(3) }
        #expect(barcodes.map(String.init) == StationCommand.allCases.map(\.rawValue))
        let classifier = ScanClassifier(catalog: CoreFixtures.catalog)
        for data in barcodes {
            #expect(classifier.classify("]C0" + data) == .command(StationCommand(rawValue: String(data))!))
        }
    }

    @Test func scalesTo300dpi() {
        #expect(CommandSheet.zpl(dpi: 300).contains("^PW1200"))
    }
}
