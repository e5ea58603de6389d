import ToteCore

/// The carrier service on the pack screen: shown with its price and delivery date, and changed
/// by the packer (F7) among the services that keep the order's promised delivery.
extension WorkState {
    /// Services of the order's carrier that take the parcel, the promise keepers first, cheapest
    /// first (the automatic choice is the first). Empty without carrier config.
    /// - Parameter nowMillis: the pack time, milliseconds since 1970 (cutoffs decide the pickup day).
    func serviceOptions(carriers: CarrierConfig?, nowMillis: Int64) -> [ServiceSelection] {
        guard let carriers else { return [] }
        return ServiceSelector.options(config: carriers, carrier: order.carrier, level: order.service,
                                       country: order.shipTo.country, grams: weighedGrams ?? pack.expectedGrams,
                                       nowSeconds: nowMillis / 1000)
    }

    /// The service the box will ship with: the packer's choice, else the automatic one.
    func currentService(carriers: CarrierConfig?, nowMillis: Int64) -> ServiceSelection? {
        let options = serviceOptions(carriers: carriers, nowMillis: nowMillis)
        if let id = chosenService, let chosen = options.first(where: { $0.service.id == id }) { return chosen }
        return options.first
    }
}

extension AppReducer {
    /// F7: the next service that keeps the promise (all of them when none does); after the last,
    /// back to the automatic choice. Saved like a scan so a restart keeps it.
    func nextService(_ state: inout AppState) -> [AppEffect] {
        guard let work = state.work, !work.finishing else { return [] }
        let options = work.serviceOptions(carriers: context.carriers, nowMillis: state.nowMillis)
        let keepers = options.filter(\.meetsPromise)
        let allowed = keepers.isEmpty ? options : keepers
        guard allowed.count > 1 else {
            state.status = StatusMessage(strings.text(.packServiceOnlyOne), .warning)
            return [.beep]
        }
        let current = work.chosenService ?? allowed[0].service.id
        let at = allowed.firstIndex { $0.service.id == current } ?? 0
        let next = allowed[(at + 1) % allowed.count].service.id
        let id: String? = next == allowed[0].service.id ? nil : next
        let scan = ScanRecord(at: state.nowMillis, station: state.station, packer: state.packer, raw: "<F7>", kind: "key",
                              outcome: "accepted", orderNumber: work.order.number, phase: .pack, effect: .service(id: id))
        return [.record(scan, ack: .service(id))]
    }
}
