/// What the packer did, as the pack screen hands it to `PackSession.evaluate`.
public enum PackInput: Equatable, Sendable {
    /// A scan the classifier read as a catalogue item (`ScanKind.item`); `quantity` from
    /// `ScanReading.quantity` (case codes and GS1 counts stand for several units).
    case item(sku: String, quantity: Int = 1)
    /// Any other scanned text: insert and material barcodes, carton labels.
    case barcode(String)
    /// The confirm key on item `id` (confirm-only items, or the count of a scanned large line).
    case confirm(item: Int)
    /// A carton label scanned (or chosen) for the next carton without one.
    case carton(String)
    /// A supervisor accepts item `id` as done although it is not (missing stock, no flyers left).
    case override(item: Int, by: String, reason: String)
}
