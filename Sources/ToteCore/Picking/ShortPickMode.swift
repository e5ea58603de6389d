/// What a confirmed short pick does to the order (`[picking] short_pick` in station.toml).
public enum ShortPickMode: String, Sendable, CaseIterable, Codable {
    /// The order moves to status `exception` and leaves the station; a supervisor decides
    /// (release it back to the queue once stock is found, or cancel it).
    case exception
    /// The line is reduced to the units found and the walk goes on; packing expects only those
    /// units and the order ships partial. The shortage stays recorded.
    case partial
}
