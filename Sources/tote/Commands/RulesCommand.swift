import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote rules …`: check the pack-rules file and explain which rules fire for an order.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Check pack rules and cartons, and explain them for an order.",
        subcommands: [RulesCheckCommand.self, RulesExplainCommand.self])

    /// `pack-rules.toml` in the config folder; nil when there is none (no rules is valid).
    static func loadRules(_ env: Environment) throws -> RuleSet {
        let file = env.configDirectory + "/pack-rules.toml"
        guard let text = try Environment.readIfPresent(file) else { return .empty }
        return try RuleSet.parse(text, file: file)
    }

    /// `cartons.toml` in the config folder; nil when there is none (no carton step).
    static func loadCartons(_ env: Environment) throws -> CartonConfig? {
        let file = env.configDirectory + "/cartons.toml"
        guard let text = try Environment.readIfPresent(file) else { return nil }
        return try CartonConfig.parse(text, file: file)
    }
}

struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a pack-rules file (default: pack-rules.toml and cartons.toml of the config folder).",
        discussion: "Prints file:line: reason for the first problem and exits 1; prints a summary when the file is valid.")

    @Argument(help: ArgumentHelp("Rules file to check.", valueName: "FILE"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Config folder (used when FILE is not given).", valueName: "DIR"))
    var config: String?

    func run() throws {
        var files: [(String, Bool)] = []  // (path, isCartons)
        if let file {
            files = [(Environment.expandTilde(file), file.hasSuffix("cartons.toml"))]
        } else {
            let dir = try Environment.resolveConfigDirectory(config)
            files = [(dir + "/pack-rules.toml", false), (dir + "/cartons.toml", true)]
        }
        var failed = false
        for (path, isCartons) in files {
            guard let text = try Environment.readIfPresent(path) else {
                if file != nil { throw ToteError("\(path): no such file.") }
                print("\(path): not present (optional).")
                continue
            }
            do {
                print(try Self.summary(text, path: path, isCartons: isCartons))
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// One line describing a valid file; throws the first problem as `file:line: reason`.
    static func summary(_ text: String, path: String, isCartons: Bool) throws(ConfigError) -> String {
        if isCartons {
            let c = try CartonConfig.parse(text, file: path)
            return "\(path): OK, \(c.cartons.count) carton(s) (\(c.cartons.filter(\.branded).count) branded), "
                + "weight tolerance \(c.tolerance.absoluteGrams) g or \(c.tolerance.percent) %."
        }
        let r = try RuleSet.parse(text, file: path)
        let enabled = r.rules.filter(\.enabled).count
        let groups = Set(r.rules.compactMap(\.group)).sorted()
        return "\(path): OK, \(r.rules.count) rule(s), \(enabled) enabled"
            + (groups.isEmpty ? "" : "; exclusive groups: " + groups.joined(separator: ", "))
            + "; large lines from \(r.scanOnceFrom) units."
    }
}

struct RulesExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show which pack rules fire for an order in the store and why, and the resulting checklist.")

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("Order number, e.g. '#1004' or 1004.", valueName: "ORDER"))
    var order: String

    @Option(help: ArgumentHelp("Evaluate at this local date or date-time instead of now (YYYY-MM-DD or YYYY-MM-DDTHH:MM).",
                               valueName: "WHEN"))
    var at: String?

    @Option(help: ArgumentHelp("Station offset from UTC, e.g. +01:00 (default: this machine's time zone).", valueName: "OFFSET"))
    var utcOffset: String?

    func run() throws {
        let env = try Environment(options: options)
        let rules = try RulesCommand.loadRules(env)
        let cartons = try RulesCommand.loadCartons(env)
        let store = try env.openStore()
        let number = order.hasPrefix("#") ? order : "#" + order
        guard let progress = try store.order(number: number) else {
            throw ToteError("Order \(number) is not in the store \(env.store). List orders with `tote orders list`.")
        }
        let catalog = try store.loadCatalog()
        let now = try localTime()
        let facts = RuleFacts(order: progress.order, catalog: catalog, now: now)
        print("Order \(number) at \(now.day) (\(now.day.weekday.rawValue)), UTC\(Self.offsetText(now.utcOffsetSeconds))")
        print("  channel \(facts.channel) · country \(facts.country) · service \(facts.service.rawValue) · "
            + "\(facts.lineCount) lines / \(facts.unitCount) units · total \(Self.money(facts.totalMinor)) "
            + "\(progress.order.currency ?? "") · gift \(facts.isGift ? "yes" : "no") · first order \(facts.isFirstOrder ? "yes" : "no")")
        print("  order tags: \(Self.list(facts.orderTags)) · SKU tags: \(Self.list(facts.skuTags))")
        print("")
        if rules.rules.isEmpty { print("No pack rules (\(env.configDirectory)/pack-rules.toml is missing or empty).") }
        for explanation in rules.explain(facts) {
            explanation.lines.forEach { print($0) }
        }

        let plan = PackPlan(order: progress.order, catalog: catalog, rules: rules, cartons: cartons, now: now)
        print("")
        print("Checklist:")
        for (i, item) in plan.items.enumerated() {
            let how: String
            switch item.verify {
            case .scanEach: how = item.barcode.map { "scan \($0)" } ?? "scan each unit"
            case .scanOnceConfirmCount: how = "scan one, confirm the count"
            case .confirm: how = "confirm"
            case .cartonScan: how = "scan carton \(item.barcode ?? "")"
            }
            print("  [\(i)] \(item.quantity) × \(item.name) — \(how)")
        }
        for text in plan.instructions { print("  ! \(text)") }
        if plan.hidePrices { print("  Packing slip without prices.") }
        if let msg = plan.giftMessage { print("  Gift card: \"\(msg)\"") }
        if let label = plan.returnLabel { print("  Return label: \(label)") }
        if cartons != nil {
            for (i, load) in plan.cartons.loads.enumerated() {
                let contents = load.contents.map { "\($0.quantity) × \($0.sku)" }.joined(separator: ", ")
                print("  Carton \(i + 1): \(load.carton.name) (\(load.carton.inner.length)×\(load.carton.inner.width)×"
                    + "\(load.carton.inner.height) mm, \(load.grossGrams) g with tare): \(contents)")
            }
            for u in plan.cartons.unfit { print("  No carton for \(u.sku) (line \(u.lineNumber)): \(u.reason)") }
            if plan.cartons.brandedUnavailable { print("  No branded carton holds this order; plain cartons suggested.") }
            if !plan.cartons.unmeasured.isEmpty {
                print("  Not measured (weight only): " + plan.cartons.unmeasured.joined(separator: ", "))
            }
            let session = PackSession(plan: plan, cartons: cartons)
            print("  Expected weight: \(session.expectedGrams) g (±\(cartons!.tolerance.allowance(forExpected: session.expectedGrams)) g)")
        }
    }

    private func localTime() throws -> LocalTime {
        let offset: Int
        if let utcOffset {
            guard let o = Self.parseOffset(utcOffset) else {
                throw ValidationError("--utc-offset \(utcOffset): write it as +HH:MM or -HH:MM, e.g. +01:00.")
            }
            offset = o
        } else {
            offset = TimeZone.current.secondsFromGMT()
        }
        guard let at else { return LocalTime(seconds: Int64(Date().timeIntervalSince1970), utcOffsetSeconds: offset) }
        let parts = at.split(separator: "T", maxSplits: 1)
        guard let day = CalendarDay(iso: String(parts[0])) else {
            throw ValidationError("--at \(at): write a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
        }
        var seconds = Int64(day.daysSince1970) * 86_400 + 12 * 3600  // noon when no time is given
        if parts.count == 2 {
            let hm = parts[1].split(separator: ":")
            guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0..<24).contains(h), (0..<60).contains(m) else {
                throw ValidationError("--at \(at): the time must be HH:MM (24-hour).")
            }
            seconds = Int64(day.daysSince1970) * 86_400 + Int64(h * 3600 + m * 60)
        }
        return LocalTime(seconds: seconds - Int64(offset), utcOffsetSeconds: offset)
    }

    static func parseOffset(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let hm = text.dropFirst().split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...14).contains(h), (0..<60).contains(m) else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }

    static func offsetText(_ seconds: Int) -> String {
        let a = abs(seconds)
        return (seconds < 0 ? "-" : "+") + String(format: "%02d:%02d", a / 3600, a % 3600 / 60)
    }

    static func money(_ minor: Int) -> String { String(format: "%d.%02d", minor / 100, abs(minor % 100)) }
    static func list(_ s: Set<String>) -> String { s.isEmpty ? "none" : s.sorted().joined(separator: ", ") }
}
