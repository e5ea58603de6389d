extension PickList {
    /// Units still open on step `i` (ordered minus picked); 0 for an index off the walk.
    public func stillNeeded(step i: Int) -> Int {
        steps.indices.contains(i) ? max(0, steps[i].quantity - picked[i]) : 0
    }

    /// Applies a committed partial short pick to step `i`: the `found` units count as picked and
    /// the step now asks for exactly what it has, so the walk moves on. A step left asking for
    /// nothing leaves the walk (as the store drops the line from what it ships).
    /// `found` is clamped to `0...stillNeeded(step: i)`, keeping `picked[i] <= quantity`.
    public mutating func shorten(step i: Int, found: Int) {
        guard steps.indices.contains(i) else { return }
        let total = picked[i] + min(max(0, found), stillNeeded(step: i))
        var all = steps
        var counts = picked
        if total == 0 {
            all.remove(at: i)
            counts.remove(at: i)
        } else {
            all[i].quantity = total
            counts[i] = total
        }
        let bin = confirmedBin
        self = PickList(steps: all, picked: counts)
        if let bin, all.contains(where: { $0.bin == bin }) { commit(.binConfirmed(bin)) }
    }
}
