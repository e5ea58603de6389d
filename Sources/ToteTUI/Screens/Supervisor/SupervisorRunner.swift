import ToteCore

/// Runs the dashboard's effects against a `SupervisorSource` and answers with events.
///
/// The forecast horizon is the end of the local day (`utcOffsetSeconds`) holding `now`:
/// today's carrier cutoffs.
public final class SupervisorRunner {
    private let source: SupervisorSource
    private let calculator: DashboardCalculator
    private let supervisor: String
    private let strings: Strings
    /// The printers' side of REPRINT and VOID; nil when no printer is configured.
    private let labels: LabelDesk?
    /// A claim silent for longer is stale, milliseconds.
    public var staleAfterMillis: Int64

    public init(source: SupervisorSource, calculator: DashboardCalculator, supervisor: String,
                strings: Strings = .english, staleAfterMillis: Int64 = 600_000, labels: LabelDesk? = nil) {
        self.labels = labels
        self.source = source
        self.calculator = calculator
        self.supervisor = supervisor
        self.strings = strings
        self.staleAfterMillis = staleAfterMillis
    }

    /// End of the local day holding `now` (ms), in seconds since 1970.
    public static func endOfDaySeconds(now: Int64, utcOffsetSeconds: Int) -> Int64 {
        let local = now / 1000 + Int64(utcOffsetSeconds)
        return (local.floorDiv(86_400) + 1) * 86_400 - Int64(utcOffsetSeconds)
    }

    public func run(_ effect: SupervisorEffect, now: Int64) -> [SupervisorEvent] {
        do {
            switch effect {
            case .checkForChanges:
                return try source.hasChanged() ? [.storeChanged] : []
            case .load(let at, let hours):
                let window = MetricsWindow.last(hours: hours, endingAt: at)
                let facts = try source.dashboardFacts(
                    window: window, now: at,
                    horizonSeconds: Self.endOfDaySeconds(now: at, utcOffsetSeconds: calculator.utcOffsetSeconds),
                    staleAfterMillis: staleAfterMillis)
                return [.loaded(calculator.compute(facts, window: window, now: at))]
            case .release(let order):
                try source.supervisorRelease(number: order, supervisor: supervisor, now: now)
                return [.actionDone(StatusMessage(strings.text(.supReleased, ["order": order]), .ok))]
            case .reassign(let order, let station):
                try source.supervisorReassign(number: order, to: station, supervisor: supervisor, now: now)
                return [.actionDone(StatusMessage(strings.text(.supReassigned, ["order": order, "station": station]), .ok))]
            case .cancel(let order):
                try source.supervisorCancel(number: order, supervisor: supervisor, now: now)
                return [.actionDone(StatusMessage(strings.text(.supCancelled, ["order": order]), .ok))]
            case .reprint(let order):
                guard let labels else { return [.failed(strings.text(.supNeedsPrinting))] }
                guard try labels.reprintLabel(of: order, nowMillis: now) else {
                    return [.failed(strings.text(.reprintUnavailable, ["order": order]))]
                }
                return [.actionDone(StatusMessage(strings.text(.reprintQueued, ["order": order]), .ok))]
            case .void(let order, let reason):
                guard let labels else { return [.failed(strings.text(.supNeedsPrinting))] }
                guard let number = try labels.voidLabel(of: order, reason: reason, supervisor: supervisor, nowMillis: now) else {
                    return [.failed(strings.text(.supNothingToVoid, ["order": order]))]
                }
                return [.actionDone(StatusMessage(strings.text(.supVoided, ["order": order, "tracking": number]), .ok))]
            case .beep, .quit:
                return []
            }
        } catch {
            return [.failed(String(describing: error))]
        }
    }
}
