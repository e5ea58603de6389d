/// One scan as the scan log keeps it, plus the count it changes when accepted.
///
/// Recording a scan and applying its count change happen in one transaction, and the screen
/// shows the new count only once that transaction has committed.
public struct ScanRecord: Equatable, Sendable, Codable {
    /// Which stage of the station took the scan.
    public enum Phase: String, Sendable, Codable { case queue, pick, pack }

    /// The count a scan changes when accepted.
    public enum Effect: Equatable, Sendable, Codable {
        /// One more unit picked on order line `line`.
        case pick(line: Int)
        /// One more unit verified in the box on order line `line`.
        case pack(line: Int)
        /// One verified unit taken back (UNDO) on order line `line`.
        case unpack(line: Int)
        /// `units` verified at once on order line `line` (a large line's count confirmed);
        /// negative takes them back (UNDO). Applies only within `0...quantity`.
        case packUnits(line: Int, units: Int)
        /// `units` more of checklist item `key` (`PackPlanItem.key`: an insert, material or the
        /// gift card) checked off; negative takes them back. Applies only within `0...of`.
        case check(key: String, units: Int, of: Int)
        /// Carton item `key` done with the carton whose barcode is `code`; nil takes it back.
        case carton(key: String, code: String?)
        /// A supervisor accepts item `key` although it is not done; `by` nil takes it back.
        case override(key: String, by: String?, reason: String?)
        /// The parcel weighed `grams` on the scale; nil clears the weight.
        case weight(grams: Int?)
        /// The packer chose carrier service `id` for the order; nil goes back to the automatic choice.
        case service(id: String?)
    }

    /// Milliseconds since 1970.
    public var at: Int64
    public var station: String
    public var packer: String
    /// The text the scanner typed, kept verbatim for audits.
    public var raw: String
    /// `ScanKind.logName` of the classification.
    public var kind: String
    /// `accepted`, or the refusal reason (`not_on_order`, `over_scan`, `bad_check_digit`, …).
    public var outcome: String
    public var orderNumber: String?
    public var phase: Phase
    public var effect: Effect?
    /// Longest pause between two characters of the scan, milliseconds: a scanner stays under
    /// ~50 ms, a person typing does not. Nil for keys and for scans that were not typed.
    public var maxGapMillis: Int64?
    /// The symbology the scanner announced (AIM identifier), e.g. `GS1-128`; nil when it sent none.
    public var symbology: String?
    /// Set by an offline station's journal: a key no other scan has. The store logs a scan with
    /// a key at most once, so a replay after a lost acknowledgement never counts it twice.
    public var journalKey: String?

    public init(at: Int64, station: String, packer: String, raw: String, kind: String, outcome: String,
                orderNumber: String?, phase: Phase, effect: Effect?, maxGapMillis: Int64? = nil,
                symbology: String? = nil, journalKey: String? = nil) {
        self.journalKey = journalKey
        self.maxGapMillis = maxGapMillis
        self.symbology = symbology
        self.at = at
        self.station = station
        self.packer = packer
        self.raw = raw
        self.kind = kind
        self.outcome = outcome
        self.orderNumber = orderNumber
        self.phase = phase
        self.effect = effect
    }
}
