/// Packed state of the aisle sweep DP: the intersection nodes of one aisle column, 4 bits
/// each (node n at bits 4n…4n+3). A nibble of 0 means the node is not on the tour yet;
/// otherwise bit 0 is the degree parity so far and bits 1–3 the connected-component label
/// (1…7). Bit 63 marks a tour already closed to the left. Labels are kept canonical
/// (numbered in order of first appearance) so equal situations share one key.
enum SweepState {
    static let closed: UInt64 = 1 << 63
    static let maxNodes = 7

    @inline(__always) static func nibble(_ key: UInt64, _ node: Int) -> UInt64 { (key >> UInt64(4 * node)) & 0xF }

    @inline(__always) static func setNibble(_ key: UInt64, _ node: Int, _ value: UInt64) -> UInt64 {
        let shift = UInt64(4 * node)
        return (key & ~(0xF << shift)) | (value << shift)
    }

    /// Bit mask (bit l for label l) of the labels in use.
    static func labels(_ key: UInt64, nodes: Int) -> UInt32 {
        var used: UInt32 = 0
        for n in 0..<nodes {
            let v = nibble(key, n)
            if v != 0 { used |= 1 << UInt32(v >> 1) }
        }
        return used
    }

    /// Smallest label not in `used` (there is always one: at most 7 nodes, labels 1…7).
    static func freshLabel(_ used: UInt32) -> UInt64 {
        var label: UInt64 = 1
        while used & (1 << UInt32(label)) != 0 { label += 1 }
        return label
    }

    /// Puts `node` on the tour as its own component if it is not on it yet.
    static func touch(_ key: UInt64, _ node: Int, nodes: Int) -> UInt64 {
        guard nibble(key, node) == 0 else { return key }
        return setNibble(key, node, freshLabel(labels(key, nodes: nodes)) << 1)
    }

    /// Flips the degree parity of a node already on the tour.
    @inline(__always) static func toggle(_ key: UInt64, _ node: Int) -> UInt64 { key ^ (1 << UInt64(4 * node)) }

    /// Merges the components of two nodes already on the tour.
    static func union(_ key: UInt64, _ a: Int, _ b: Int, nodes: Int) -> UInt64 {
        let la = nibble(key, a) >> 1, lb = nibble(key, b) >> 1
        guard la != lb else { return key }
        var out = key
        for n in 0..<nodes {
            let v = nibble(key, n)
            if v != 0 && v >> 1 == lb { out = setNibble(out, n, (la << 1) | (v & 1)) }
        }
        return out
    }

    /// Relabels components in order of first appearance.
    static func canonical(_ key: UInt64, nodes: Int) -> UInt64 {
        var map: UInt64 = 0  // 4 bits per old label: its new label
        var next: UInt64 = 1
        var out = key & closed
        for n in 0..<nodes {
            let v = nibble(key, n)
            guard v != 0 else { continue }
            let shift = (v >> 1) * 4
            var label = (map >> shift) & 0xF
            if label == 0 { label = next; next += 1; map |= label << shift }
            out |= ((label << 1) | (v & 1)) << UInt64(4 * n)
        }
        return out
    }
}
