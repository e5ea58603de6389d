/// The last message on the status line and how loud it is.
public struct StatusMessage: Equatable, Sendable {
    public enum Severity: Equatable, Sendable { case info, ok, warning, error }
    public var text: String
    public var severity: Severity

    public init(_ text: String, _ severity: Severity = .info) {
        self.text = text
        self.severity = severity
    }
}
