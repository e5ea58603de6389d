/// When a pack rule applies. Leaves test one fact of `RuleFacts`; `all`, `any` and `not` combine them.
///
/// Set-valued leaves hold when the order has *any* of the listed values. Strings are stored
/// normalised (tags and channels lower case, countries upper case) so matching is exact.
public indirect enum RuleCondition: Equatable, Sendable {
    /// No `when`: the rule applies to every order.
    case always
    case all([RuleCondition])
    case any([RuleCondition])
    case not(RuleCondition)
    case channel(Set<String>)
    case orderTag(Set<String>)
    case customerTag(Set<String>)
    case skuTag(Set<String>)
    case sku(Set<String>)
    case firstOrder(Bool)
    /// Order total in minor currency units (hundredths).
    case totalMinor(IntRange)
    case units(IntRange)
    case lines(IntRange)
    case gift(Bool)
    case country(Set<String>)
    /// A named region, resolved to its countries when the file was read.
    case region(names: [String], countries: Set<String>)
    case service(Set<ServiceLevel>)
    /// Inclusive local calendar days.
    case dateWindow(from: CalendarDay, to: CalendarDay)
    case weekday(Set<Weekday>)

    /// True when the order described by `f` satisfies the condition. Hot path: no allocation.
    public func holds(for f: RuleFacts) -> Bool {
        switch self {
        case .always: return true
        case .all(let cs):
            for c in cs where !c.holds(for: f) { return false }
            return true
        case .any(let cs):
            for c in cs where c.holds(for: f) { return true }
            return false
        case .not(let c): return !c.holds(for: f)
        case .channel(let s): return s.contains(f.channel)
        case .orderTag(let s): return Self.intersects(s, f.orderTags)
        case .customerTag(let s): return Self.intersects(s, f.customerTags)
        case .skuTag(let s): return Self.intersects(s, f.skuTags)
        case .sku(let s): return Self.intersects(s, f.skus)
        case .firstOrder(let b): return f.isFirstOrder == b
        case .totalMinor(let r): return r.contains(f.totalMinor)
        case .units(let r): return r.contains(f.unitCount)
        case .lines(let r): return r.contains(f.lineCount)
        case .gift(let b): return f.isGift == b
        case .country(let s): return s.contains(f.country)
        case .region(_, let s): return s.contains(f.country)
        case .service(let s): return s.contains(f.service)
        case .dateWindow(let from, let to): return f.day >= from && f.day <= to
        case .weekday(let s): return s.contains(f.day.weekday)
        }
    }

    /// Iterates the smaller set: both are usually tiny, but an order can carry many tags.
    @inline(__always)
    private static func intersects(_ wanted: Set<String>, _ have: Set<String>) -> Bool {
        if have.isEmpty { return false }
        if wanted.count <= have.count {
            for w in wanted where have.contains(w) { return true }
        } else {
            for h in have where wanted.contains(h) { return true }
        }
        return false
    }

    /// The condition as a rule file would write it (for explanations).
    public var summary: String {
        func list<S: Sequence>(_ s: S) -> String where S.Element == String { "[" + s.sorted().joined(separator: ", ") + "]" }
        switch self {
        case .always: return "always"
        case .all: return "all of"
        case .any(let cs): return cs.isEmpty ? "any of (nothing)" : "any of"
        case .not: return "not"
        case .channel(let s): return "channel in \(list(s))"
        case .orderTag(let s): return "order tag in \(list(s))"
        case .customerTag(let s): return "customer tag in \(list(s))"
        case .skuTag(let s): return "SKU tag in \(list(s))"
        case .sku(let s): return "SKU in \(list(s))"
        case .firstOrder(let b): return "first order = \(b)"
        case .totalMinor(let r):
            return "order total " + IntRange(min: r.min, max: r.max).description.replacingMinor()
        case .units(let r): return "units \(r)"
        case .lines(let r): return "lines \(r)"
        case .gift(let b): return "gift = \(b)"
        case .country(let s): return "country in \(list(s))"
        case .region(let names, _): return "region in [\(names.joined(separator: ", "))]"
        case .service(let s): return "service in \(list(s.map(\.rawValue)))"
        case .dateWindow(let a, let b): return "date \(a) … \(b)"
        case .weekday(let s): return "weekday in [" + Weekday.allCases.filter(s.contains).map(\.rawValue).joined(separator: ", ") + "]"
        }
    }

    /// What the order had for this leaf, e.g. `channel nordic-home`; empty for combinators.
    public func observed(in f: RuleFacts) -> String {
        func list(_ s: Set<String>) -> String { s.isEmpty ? "none" : s.sorted().joined(separator: ", ") }
        switch self {
        case .always, .all, .any, .not: return ""
        case .channel: return "channel \(f.channel)"
        case .orderTag: return "order tags: \(list(f.orderTags))"
        case .customerTag: return "customer tags: \(list(f.customerTags))"
        case .skuTag: return "SKU tags: \(list(f.skuTags))"
        case .sku: return "SKUs: \(list(f.skus))"
        case .firstOrder: return f.isFirstOrder ? "first order" : "returning customer or unknown"
        case .totalMinor: return "total \(Self.money(f.totalMinor))"
        case .units: return "\(f.unitCount) units"
        case .lines: return "\(f.lineCount) lines"
        case .gift: return f.isGift ? "gift" : "not a gift"
        case .country, .region: return "country \(f.country)"
        case .service: return "service \(f.service.rawValue)"
        case .dateWindow: return "today \(f.day)"
        case .weekday: return "today \(f.day.weekday.rawValue)"
        }
    }

    /// Minor units as `12.34`.
    static func money(_ minor: Int) -> String {
        let sign = minor < 0 ? "-" : ""
        let m = abs(minor)
        let cents = m % 100
        return "\(sign)\(m / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// One line per node, indented, with ✓/✗ and what the order had: the body of `tote rules explain`.
    public func trace(for f: RuleFacts, depth: Int = 0) -> [String] {
        let pad = String(repeating: "  ", count: depth)
        let mark = holds(for: f) ? "✓" : "✗"
        switch self {
        case .all(let cs), .any(let cs):
            return ["\(pad)\(mark) \(summary)"] + cs.flatMap { $0.trace(for: f, depth: depth + 1) }
        case .not(let c):
            return ["\(pad)\(mark) not"] + c.trace(for: f, depth: depth + 1)
        case .always:
            return ["\(pad)✓ always (no conditions)"]
        default:
            return ["\(pad)\(mark) \(summary) — \(observed(in: f))"]
        }
    }
}

private extension String {
    /// Range text of minor units shown as money (`≥ 10000` → `≥ 100.00`).
    func replacingMinor() -> String {
        var out = ""
        var digits = ""
        for ch in self + " " {
            if ch.isNumber || (ch == "-" && digits.isEmpty) { digits.append(ch); continue }
            if !digits.isEmpty, let v = Int(digits) { out += RuleCondition.money(v) } else { out += digits }
            digits = ""
            out.append(ch)
        }
        return String(out.dropLast())
    }
}
