/// The supervisor's label actions, at the edge like the station's printing: REPRINT a label
/// and VOID a tracking number. `TotePrinting` implements it over the print queue.
public protocol LabelDesk: Sendable {
    /// Queues a counted new copy of carton 1's label of `order`; false when it never had one.
    func reprintLabel(of order: String, nowMillis: Int64) throws -> Bool
    /// Voids carton 1's tracking number of `order` (never issued again), recording why and who.
    /// Returns the voided number, nil when the carton has none.
    func voidLabel(of order: String, reason: String, supervisor: String, nowMillis: Int64) throws -> String?
}
