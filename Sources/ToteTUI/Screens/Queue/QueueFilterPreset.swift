import ToteCore

/// The status filters F4 cycles through on the queue.
public enum QueueFilterPreset: CaseIterable, Equatable, Sendable {
    case open, waiting, inProgress, flagged

    public var statuses: [OrderStatus] {
        switch self {
        case .open, .flagged: return OrderStatus.allCases.filter(\.isOpen)
        case .waiting: return [.new]
        case .inProgress: return [.picking, .picked, .packing]
        }
    }

    public var next: QueueFilterPreset {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    var label: StringKey {
        switch self {
        case .open: return .filterOpen
        case .waiting: return .filterWaiting
        case .inProgress: return .filterInProgress
        case .flagged: return .filterFlagged
        }
    }
}
