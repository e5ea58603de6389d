/// How the packer proves an insert or material went in the box.
public enum VerifyMode: String, Equatable, Hashable, Sendable, CaseIterable {
    /// Scan the item's barcode once per unit.
    case scan
    /// Press the confirm key (or scan `CONFIRM`); for things without a barcode such as tissue.
    case confirm
}
