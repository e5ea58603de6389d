import ToteCore

/// What a pack step writes to the store, and what the status line says about it.
extension AppReducer {
    /// The store change an accepted step makes.
    static func effect(of step: PackStep, in plan: PackPlan) -> ScanRecord.Effect? {
        switch step {
        case .counted(let i, let units), .confirmed(let i, let units):
            let item = plan.items[i]
            if case .line(let n, _) = item.kind { return units == 1 ? .pack(line: n) : .packUnits(line: n, units: units) }
            return .check(key: item.key, units: units, of: item.quantity)
        case .cartonChosen(let i, let carton):
            return .carton(key: plan.items[i].key, code: carton.barcode)
        case .overridden(let o):
            return .override(key: plan.items[o.item].key, by: o.by, reason: o.reason)
        case .refused:
            return nil
        }
    }

    /// The store change that takes an accepted step back (UNDO).
    static func reverseEffect(of step: PackStep, in plan: PackPlan) -> ScanRecord.Effect? {
        switch step {
        case .counted(let i, let units), .confirmed(let i, let units):
            let item = plan.items[i]
            if case .line(let n, _) = item.kind { return units == 1 ? .unpack(line: n) : .packUnits(line: n, units: -units) }
            return .check(key: item.key, units: -units, of: item.quantity)
        case .cartonChosen(let i, _):
            return .carton(key: plan.items[i].key, code: nil)
        case .overridden(let o):
            return .override(key: plan.items[o.item].key, by: nil, reason: nil)
        case .refused:
            return nil
        }
    }

    func stepText(_ step: PackStep, _ session: PackSession) -> String {
        if session.isComplete { return strings.text(context.weighParcels ? .packAllChecked : .packAllVerified) }
        switch step {
        case .counted(let i, _), .confirmed(let i, _):
            let item = session.plan.items[i]
            if item.verify == .scanOnceConfirmCount, !session.isDone(i) {
                return strings.text(.packConfirmCount, ["name": item.name, "count": String(item.quantity)])
            }
            return strings.text(.packVerified, ["sku": item.name, "have": String(session.counts[i]),
                                                "need": String(item.quantity)])
        case .cartonChosen(_, let carton):
            return strings.text(.packCartonChosen, ["carton": carton.name])
        case .overridden(let o):
            return strings.text(.packOverridden, ["item": o.name, "by": o.by])
        case .refused(let r):
            return refusalText(r, session)
        }
    }

    func refusalText(_ refusal: PackRefusal, _ session: PackSession) -> String {
        strings.packRefusal(refusal,
                            itemName: { session.plan.items.indices.contains($0) ? session.plan.items[$0].name : String($0) },
                            skuName: { context.catalog.sku(code: $0)?.name ?? "" })
    }
}

extension PackRefusal {
    /// The scan log's outcome for a refused pack scan.
    var logName: String {
        switch self {
        case .notOnOrder: return "not_on_order"
        case .overScan: return "over_scan"
        case .unknownBarcode: return "unknown"
        case .scanRequired: return "scan_required"
        case .scanOneFirst: return "scan_one_first"
        case .alreadyDone: return "already_done"
        case .noSuchItem: return "no_such_item"
        case .noCartonNeeded: return "no_carton_needed"
        case .carton: return "carton_refused"
        case .overrideIncomplete: return "override_incomplete"
        case .nothingToUndo: return "nothing_to_undo"
        }
    }
}
