/// One `[[rule]]` of `config/pack-rules.toml`: when it applies and what it asks for.
public struct PackRule: Equatable, Sendable {
    /// Unique in the file; shown in explanations and on the pack screen.
    public var name: String
    /// Higher runs first; ties go to the rule written first.
    public var priority: Int
    /// Exclusive group: of the matching rules sharing a group, only the first in resolution
    /// order fires (e.g. at most one flyer per box). Nil for none.
    public var group: String?
    public var condition: RuleCondition
    public var actions: RuleActions
    /// False keeps the rule in the file without effect.
    public var enabled: Bool
    /// Line of the `[[rule]]` header (1-based), for messages.
    public var line: Int

    public init(name: String, priority: Int = 0, group: String? = nil, condition: RuleCondition = .always,
                actions: RuleActions, enabled: Bool = true, line: Int = 0) {
        self.name = name
        self.priority = priority
        self.group = group
        self.condition = condition
        self.actions = actions
        self.enabled = enabled
        self.line = line
    }
}
