/// The dashboard's panels, one on screen at a time (keys 1–4, Tab cycles).
public enum SupervisorPanel: Int, CaseIterable, Sendable {
    case throughput = 1, queue, exceptions, charts

    var next: SupervisorPanel { SupervisorPanel(rawValue: rawValue % 4 + 1)! }
}
