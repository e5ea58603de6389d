/// Why one rule did or did not fire for an order (`tote rules explain`).
public struct RuleExplanation: Equatable, Sendable {
    public enum Verdict: Equatable, Sendable {
        case fired
        case notMatched
        /// Matched, but `by` (priority `byPriority`) had already taken the exclusive `group`.
        case suppressed(group: String, by: String, byPriority: Int)
        case disabled
    }

    public var rule: PackRule
    public var verdict: Verdict
    /// The condition tree with ✓/✗ per node and what the order had (see `RuleCondition.trace`).
    public var trace: [String]

    /// A readable block: header line, then the condition trace and, for fired rules, the actions.
    public var lines: [String] {
        let head = "\(rule.name) (priority \(rule.priority)\(rule.group.map { ", group \($0)" } ?? ""), line \(rule.line))"
        switch verdict {
        case .fired:
            return ["FIRED      " + head] + trace.map { "    " + $0 } + rule.actions.summary.map { "    → " + $0 }
        case .notMatched:
            return ["not matched " + head] + trace.map { "    " + $0 }
        case .suppressed(let group, let by, let p):
            return ["SUPPRESSED " + head,
                    "    matched, but exclusive group \(group) was already taken by \(by) (priority \(p), earlier in resolution order)"]
                + trace.map { "    " + $0 }
        case .disabled:
            return ["disabled   " + head]
        }
    }
}
