import ToteCore

/// Metres the picker still has to walk: from where they are (the bin last confirmed or
/// completed, else the pack station) through every stop with units left, back to the station.
enum PickDistance {
    static func left(_ pick: PickList, layout: WarehouseLayout, geometry: AisleGeometry) -> Double {
        guard let depot = layout.depots.first else { return 0 }
        let home = layout.walkPoint(of: depot)
        let open = pick.steps.indices.filter { pick.picked[$0] < pick.steps[$0].quantity }
        guard !open.isEmpty else { return 0 }
        let done = pick.steps.indices.filter { pick.picked[$0] >= pick.steps[$0].quantity }
        let here = pick.confirmedBin ?? done.last.map { pick.steps[$0].bin }
        var stops = [here.flatMap { layout.contains($0) ? layout.walkPoint(of: $0) : nil } ?? home]
        var lastBin: BinLocation?
        for i in open where pick.steps[i].bin != lastBin && layout.contains(pick.steps[i].bin) {
            stops.append(layout.walkPoint(of: pick.steps[i].bin))
            lastBin = pick.steps[i].bin
        }
        stops.append(home)
        return geometry.length(of: stops)
    }

    /// The whole walk: from the station through every stop and back, whatever is picked.
    static func whole(_ pick: PickList, layout: WarehouseLayout, geometry: AisleGeometry) -> Double {
        left(PickList(steps: pick.steps), layout: layout, geometry: geometry)
    }

    /// "86 m", rounded to the metre (pickers do not need more), with one decimal in the last
    /// ten metres ("7,5 m" in a decimal-comma language).
    static func text(_ metres: Double, format: LocalFormat = LocalFormat(.en)) -> String {
        format.metres(metres)
    }
}
