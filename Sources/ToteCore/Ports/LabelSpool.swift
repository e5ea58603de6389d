/// Where finished labels go. The skeleton writes ZPL files to a spool folder; printer
/// transports implement the same protocol later.
public protocol LabelSpool: Sendable {
    /// Stores `zpl` under a name derived from `name`; returns where it went (a path or URI).
    /// Writing the same name twice replaces the first copy, so a retried DONE never leaves two.
    func spool(zpl: String, name: String) throws -> String
}
