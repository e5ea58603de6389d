/// Command barcodes printed on the station's command sheet, so a packer wearing gloves can
/// drive the whole flow with the scanner.
public enum StationCommand: String, Sendable, CaseIterable, Codable {
    case next = "NEXT", short = "SHORT", damaged = "DAMAGED", skip = "SKIP", undo = "UNDO"
    case reprint = "REPRINT", cancel = "CANCEL", done = "DONE", logout = "LOGOUT"
    /// Checks off the highlighted pack item that may be confirmed without a scan (tissue, a
    /// gift card, a large line's count).
    case confirm = "CONFIRM"
}
