/// Prices by weight band and zone, in minor currency units (cents).
///
/// Invariant: bands are sorted by `maxGrams`, strictly increasing, and every band has a price
/// for each zone 1…`zoneCount`.
public struct RateTable: Equatable, Sendable {
    public struct Band: Equatable, Sendable {
        /// Heaviest parcel in the band, grams (inclusive).
        public var maxGrams: Int
        /// Price per zone, minor units; index 0 is zone 1.
        public var pricesByZone: [Int]
        public init(maxGrams: Int, pricesByZone: [Int]) {
            self.maxGrams = maxGrams
            self.pricesByZone = pricesByZone
        }
    }

    public var bands: [Band]
    public init(bands: [Band]) { self.bands = bands }

    /// The price for a parcel of `grams` to `zone` (from 1); nil when it is heavier than the last
    /// band or the zone has no column.
    public func price(grams: Int, zone: Int) -> Int? {
        guard zone >= 1, let band = bands.first(where: { grams <= $0.maxGrams }),
              zone <= band.pricesByZone.count else { return nil }
        return band.pricesByZone[zone - 1]
    }
}
