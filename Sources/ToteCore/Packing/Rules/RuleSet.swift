/// The parsed `config/pack-rules.toml`: rules, regions and checklist settings.
///
/// Resolution order (documented in config/RULES.md): disabled rules are skipped; the rest are
/// tried by priority, higher first, ties in file order; a matching rule whose exclusive group
/// was already taken by an earlier rule in that order is suppressed; the actions of the rules
/// that fired merge in that order (`RuleActions.merge`).
public struct RuleSet: Equatable, Sendable {
    /// In file order.
    public private(set) var rules: [PackRule]
    /// Region name (as written) → ISO country codes, built-ins included.
    public private(set) var regions: [String: Set<String>]
    /// A shippable line with at least this many units is scanned once and its count confirmed.
    public var scanOnceFrom: Int

    /// Indices into `rules` in resolution order, enabled rules only.
    private var order: [Int]
    /// Group number per rule (index into a dense table), -1 for none; keeps the hot loop free of strings.
    private var groupIndex: [Int]
    private var groupCount: Int
    /// `InsertAction.mergeKey` of each rule's items, computed once: merging is on the hot path.
    private var itemKeys: [[String]]

    public static let defaultScanOnceFrom = 10

    public init(rules: [PackRule], regions: [String: Set<String>] = RegionTable.builtIn,
                scanOnceFrom: Int = RuleSet.defaultScanOnceFrom) {
        self.rules = rules
        self.regions = regions
        self.scanOnceFrom = scanOnceFrom
        order = rules.indices.filter { rules[$0].enabled }
            .sorted { rules[$0].priority != rules[$1].priority ? rules[$0].priority > rules[$1].priority : $0 < $1 }
        var groups: [String: Int] = [:]
        groupIndex = rules.map { rule in
            guard let g = rule.group else { return -1 }
            if let i = groups[g] { return i }
            groups[g] = groups.count
            return groups.count - 1
        }
        groupCount = groups.count
        itemKeys = rules.map { $0.actions.items.map(\.mergeKey) }
    }

    public static let empty = RuleSet(rules: [])

    /// Which rules fire for the order in `facts`, and their merged actions.
    public func evaluate(_ facts: RuleFacts) -> RuleEvaluation {
        var fired: [Int] = []
        var suppressed: [RuleEvaluation.Suppression] = []
        // Who took each group; stack-friendly small array, no dictionary in the loop.
        var taken = [Int](repeating: -1, count: groupCount)
        for i in order where rules[i].condition.holds(for: facts) {
            let g = groupIndex[i]
            if g >= 0 {
                if taken[g] >= 0 {
                    suppressed.append(.init(rule: i, by: taken[g], group: rules[i].group ?? ""))
                    continue
                }
                taken[g] = i
            }
            fired.append(i)
        }
        return RuleEvaluation(fired: fired, suppressed: suppressed, actions: merged(fired))
    }

    /// The actions of `fired` merged as `RuleActions.merge` describes, with hashed look-ups so
    /// that a hundred firing rules stay linear.
    private func merged(_ fired: [Int]) -> RuleActions {
        var actions = RuleActions()
        var itemAt: [String: Int] = [:]
        var instructions = Set<String>()
        for i in fired {
            let a = rules[i].actions
            for (key, item) in zip(itemKeys[i], a.items) {
                if let j = itemAt[key] {
                    actions.items[j].quantity = max(actions.items[j].quantity, item.quantity)
                } else {
                    itemAt[key] = actions.items.count
                    actions.items.append(item)
                }
            }
            actions.giftCard = actions.giftCard || a.giftCard
            actions.hidePrices = actions.hidePrices || a.hidePrices
            for text in a.instructions where instructions.insert(text).inserted { actions.instructions.append(text) }
            actions.brandedBox = actions.brandedBox || a.brandedBox
            if actions.returnLabel == nil { actions.returnLabel = a.returnLabel }
        }
        return actions
    }

    /// Every enabled rule in resolution order, then disabled ones, as `tote rules explain` prints them.
    public func explain(_ facts: RuleFacts) -> [RuleExplanation] {
        let result = evaluate(facts)
        var out: [RuleExplanation] = []
        for i in order {
            let rule = rules[i]
            let verdict: RuleExplanation.Verdict
            if result.fired.contains(i) {
                verdict = .fired
            } else if let s = result.suppressed.first(where: { $0.rule == i }) {
                let winner = rules[s.by]
                verdict = .suppressed(group: s.group, by: winner.name, byPriority: winner.priority)
            } else {
                verdict = .notMatched
            }
            out.append(RuleExplanation(rule: rule, verdict: verdict, trace: rule.condition.trace(for: facts)))
        }
        for rule in rules where !rule.enabled {
            out.append(RuleExplanation(rule: rule, verdict: .disabled, trace: []))
        }
        return out
    }
}
