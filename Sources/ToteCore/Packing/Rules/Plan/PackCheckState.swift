/// What the store keeps of one pack-checklist item besides line counts: units checked off for
/// inserts, materials and the gift card, the carton scanned for a carton item, and a
/// supervisor's override. Keyed by `PackPlanItem.key`.
public struct PackCheckState: Equatable, Sendable, Codable {
    /// Units checked off (inserts, materials, gift card); 0 for lines, whose counts live on the line.
    public var units: Int
    /// The carton barcode scanned for a carton item.
    public var cartonCode: String?
    public var overrideBy: String?
    public var overrideReason: String?

    public init(units: Int = 0, cartonCode: String? = nil, overrideBy: String? = nil, overrideReason: String? = nil) {
        self.units = units
        self.cartonCode = cartonCode
        self.overrideBy = overrideBy
        self.overrideReason = overrideReason
    }
}
