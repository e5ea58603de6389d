import Foundation
import LabelCheckerSupport
import Testing
@testable import ToteCore

/// Runs the project's independent ZPL checker (`../shared/tools/labels/check_label.py`) on real
/// labels: it parses, renders and decodes them with tools that share no code with the writer.
///
/// Needs a Python with the checker's requirements: `$TOTE_LABEL_CHECKER_PYTHON`, or the venv at
/// `/tmp/labels-venv`. Skipped when neither (or the checker) is there.
@Suite(.serialized, .enabled(if: LabelChecker.isAvailable, "label checker Python or check_label.py not found"))
struct LabelCheckerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let order: Order
        let tracking: String
        let expectText: [String]
        /// False when the order number is too long for its Code 128 to fit beside the carton box.
        var orderBarcode = true
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "plain-us", order: LabelFixtures.plainUS, tracking: "1Z999AA10123456784",
             expectText: ["Jordan Miller", "Portland, OR 97201"]),
        Case(name: "romanian", order: LabelFixtures.romanian, tracking: "JD014600003828371234",
             expectText: ["Ștefan Țurcanu", "040254 București, Sector 4"]),
        Case(name: "korean", order: LabelFixtures.korean, tracking: "1234567890",
             expectText: ["김민준", "서울특별시 강남구 테헤란로 123"]),
        Case(name: "injection", order: LabelFixtures.injection, tracking: "9400111899223197428490",
             expectText: ["ACME ^XZ~JR", "Unit _5E_7E B", "Tel. 555~0100^XZ"]),
        Case(name: "long-text", order: LabelFixtures.longText, tracking: "00340434161234567890",
             expectText: ["Maximilian Alexander", "#1005-WHOLESALE-REORDER"], orderBarcode: false),
    ]

    @Test(arguments: cases)
    func checkerPasses(_ c: Case) throws {
        let zpl = ZPLWriter.shippingLabel(LabelFixtures.label(c.order, tracking: c.tracking))
        let file = try LabelChecker.outputDirectory().appendingPathComponent("\(c.name).zpl")
        try Data(zpl.utf8).write(to: file)
        var args = [file.path, "--expect-barcode", c.tracking]
        if c.orderBarcode { args += ["--expect-barcode", c.order.number] }
        for t in c.expectText { args += ["--expect-text", t] }
        let (status, output) = try LabelChecker.run(args)
        #expect(status == 0, "check_label.py exit \(status) for \(file.path):\n\(output)")
    }
}

/// CI sets `TOTE_REQUIRE_LABEL_CHECKER=1`: there a missing checker is a failure, not a skip.
@Test func labelCheckerIsPresentWhereRequired() {
    guard ProcessInfo.processInfo.environment["TOTE_REQUIRE_LABEL_CHECKER"] == "1" else { return }
    #expect(LabelChecker.isAvailable, "TOTE_REQUIRE_LABEL_CHECKER=1 but no checker Python at $TOTE_LABEL_CHECKER_PYTHON or /tmp/labels-venv, or no \(LabelChecker.script.path)")
}
