/// The outcome of running a `RuleSet` on one order.
public struct RuleEvaluation: Equatable, Sendable {
    /// A rule that matched but lost its exclusive group to an earlier rule in resolution order.
    public struct Suppression: Equatable, Sendable {
        /// Index into `RuleSet.rules`.
        public var rule: Int
        /// Index of the rule that took the group.
        public var by: Int
        public var group: String
    }

    /// Indices into `RuleSet.rules`, in resolution order.
    public var fired: [Int]
    public var suppressed: [Suppression]
    /// The merged actions of the fired rules.
    public var actions: RuleActions
}
