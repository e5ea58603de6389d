/// Something a rule puts in the box: a printed insert (flyer, sample) or packing material.
///
/// Invariants (checked when parsed): `quantity >= 1`; `barcode != nil` when `verify == .scan`.
public struct InsertAction: Equatable, Hashable, Sendable {
    public enum Kind: Equatable, Hashable, Sendable {
        case insert
        case material(MaterialKind)
    }

    public var kind: Kind
    /// Shown at the station, e.g. `Welcome flyer`.
    public var name: String
    /// What the packer scans to check it off; nil for confirm-only items.
    public var barcode: String?
    public var quantity: Int
    public var verify: VerifyMode
    /// Weight of one piece, grams; counts toward the expected parcel weight.
    public var weightGrams: Int

    public init(kind: Kind = .insert, name: String, barcode: String? = nil, quantity: Int = 1,
                verify: VerifyMode = .scan, weightGrams: Int = 0) {
        self.kind = kind
        self.name = name
        self.barcode = barcode
        self.quantity = quantity
        self.verify = verify
        self.weightGrams = weightGrams
    }

    /// Two rules asking for the same thing merge on this key: the barcode, else kind and name.
    var mergeKey: String {
        if let barcode { return "b:" + barcode }
        switch kind {
        case .insert: return "i:" + name.lowercased()
        case .material(let m): return "m:" + m.rawValue
        }
    }
}
