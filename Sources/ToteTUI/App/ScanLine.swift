/// The scan line: characters typed by a keyboard-wedge scanner (or by hand) until Enter.
///
/// Keeps the arrival time of each character, so a scan can be told from typing, and so a
/// lone key with nothing after it can act as a hotkey.
public struct ScanLine: Equatable, Sendable {
    public private(set) var buffer: String = ""
    /// Arrival of each character, milliseconds since 1970.
    public private(set) var times: [Int64] = []

    public init() {}

    public var isEmpty: Bool { buffer.isEmpty }

    public mutating func append(_ ch: Character, at ms: Int64) {
        // A scan longer than any barcode is a stuck key or garbage; cap it so memory stays bounded.
        guard buffer.unicodeScalars.count < 4096 else { return }
        buffer.append(ch)
        times.append(ms)
    }

    public mutating func deleteLast() {
        guard !buffer.isEmpty else { return }
        buffer.removeLast()
        times.removeLast()
    }

    public mutating func clear() {
        buffer = ""
        times = []
    }

    /// The single character waiting, if exactly one arrived and nothing followed it for at
    /// least `window` milliseconds by `now`.
    public func loneKey(now: Int64, window: Int64) -> Character? {
        guard buffer.count == 1, let t = times.first, now - t >= window else { return nil }
        return buffer.first
    }

    /// The longest gap between two characters, milliseconds (0 for one character): a scanner
    /// keeps it under ~50 ms; a person typing does not.
    public var maxGapMillis: Int64 {
        zip(times, times.dropFirst()).map { $1 - $0 }.max() ?? 0
    }
}
