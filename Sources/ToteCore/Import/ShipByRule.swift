/// Derives an order's ship-by time from the carrier cutoff when the file gives none:
/// an order created before the cutoff ships the same day, a later one the next day.
public struct ShipByRule: Equatable, Sendable {
    /// The daily carrier cutoff, seconds after local midnight (16:00 is 57 600).
    public var cutoffSecondsOfDay: Int
    /// The warehouse's offset from UTC, seconds (east positive), used for "local".
    public var utcOffsetSeconds: Int

    public init(cutoffSecondsOfDay: Int = 16 * 3600, utcOffsetSeconds: Int = 0) {
        self.cutoffSecondsOfDay = cutoffSecondsOfDay
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The cutoff that `createdAt` (seconds since 1970) makes, seconds since 1970.
    public func shipBy(createdAt: Int64) -> Int64 {
        let local = createdAt + Int64(utcOffsetSeconds)
        var day = local / 86_400
        if local < 0, local % 86_400 != 0 { day -= 1 }
        let timeOfDay = local - day * 86_400
        let shipDay = timeOfDay < Int64(cutoffSecondsOfDay) ? day : day + 1
        return shipDay * 86_400 + Int64(cutoffSecondsOfDay) - Int64(utcOffsetSeconds)
    }

    /// Parses `HH:MM` (24-hour) into seconds after midnight; nil if malformed.
    public static func secondsOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0..<24).contains(h), (0..<60).contains(m), parts[1].count == 2 else { return nil }
        return h * 3600 + m * 60
    }
}
