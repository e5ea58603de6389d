import ToteCore

extension JournaledStore {
    /// Sends one journal entry; the conflict it raised, if the server refused what the station
    /// was told offline. Throws `StoreUnavailable` when the server stops answering (the entry
    /// stays and is sent again: scans by their key, so never twice).
    func send(_ entry: OfflineJournal.Entry) throws -> OfflineConflict? {
        switch entry.step {
        case .scan(let scan, let accepted):
            let stored = try inner.record(scan)
            guard accepted, !stored, let order = scan.orderNumber else { return nil }
            return conflict(order: order, entry.step, refusal: nil)
        case .move(let order, let from, let to, let actor, let now):
            do {
                try inner.move(number: order, from: from, to: to, station: station, actor: actor, now: now)
                return nil
            } catch let error as StoreError {
                // Moved already: the acknowledgement of an earlier replay was lost.
                if let now = try inner.order(number: order), now.order.status == to, now.claimedBy == station { return nil }
                return conflict(order: order, entry.step, refusal: error.description)
            }
        case .complete(let order, let actor, let labelPath, let now):
            do {
                try inner.completePack(number: order, station: station, actor: actor, labelPath: labelPath, now: now)
                return nil
            } catch let error as StoreUnavailable {
                throw error
            } catch {
                if let now = try inner.order(number: order), now.order.status == .packed || now.order.status == .labelled {
                    return nil
                }
                return conflict(order: order, entry.step, refusal: String(describing: error))
            }
        case .pickDistance(let order, let metres):
            // A walking distance for the reports: an order gone meanwhile has no use for it.
            do { try inner.recordPickDistance(number: order, metres: metres) } catch let error as StoreUnavailable { throw error } catch {}
            return nil
        }
    }

    /// The conflict for `step` on `order`, with the reason as the store now sees the order.
    private func conflict(order: String, _ step: JournalStep, refusal: String?) -> OfflineConflict {
        let reason: String
        if let now = try? inner.order(number: order) {
            if now.order.status == .cancelled {
                reason = "order \(order) was cancelled"
            } else if let holder = now.claimedBy, holder != station {
                reason = "order \(order) was given to station \(holder)"
            } else if now.claimedBy == nil {
                reason = "order \(order) was given back to the queue (\(now.order.status.rawValue))"
            } else {
                reason = refusal ?? "the store refused it"
            }
        } else {
            reason = refusal ?? "order \(order) is not in the store"
        }
        return OfflineConflict(order: order, step: step.label, reason: reason, at: step.at)
    }
}
