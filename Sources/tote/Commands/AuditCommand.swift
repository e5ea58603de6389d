import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote audit ORDER`: an order's history from the audit log, oldest first.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print an order's history: time, station, who, what, before → after.")

    @Argument(help: "The order number, e.g. #1003.") var order: String
    @OptionGroup var common: CommonOptions

    @Flag(help: "Times in UTC instead of the local time zone.") var utc = false

    func run() throws {
        let store = try Environment(options: common).openStore()
        let entries = try store.audit(order: order)
        guard !entries.isEmpty else {
            if try store.order(number: order) == nil {
                throw ToteError("Order \(order) is not in the store and has no history; check the number (with its #).")
            }
            print("Order \(order) has no recorded history (it came into the store before Tote kept an audit log).")
            return
        }
        let offset = utc ? 0 : TimeZone.current.secondsFromGMT()
        for line in AuditFormatter(utcOffsetSeconds: offset).lines(entries) { print(line) }
    }
}

/// Audit rows as aligned text lines. Free text from the store (names, paths, reasons) goes
/// through `visible`, so a hostile order never writes escape sequences to the terminal.
struct AuditFormatter {
    let utcOffsetSeconds: Int

    func lines(_ entries: [AuditEntry]) -> [String] {
        let stationWidth = entries.map { Self.visible($0.station).count }.max() ?? 0
        let actorWidth = entries.map { Self.visible($0.actor).count }.max() ?? 0
        let actionWidth = entries.map(\.action.count).max() ?? 0
        return entries.map { e in
            let change: String
            switch (e.before, e.after) {
            case let (b?, a?): change = "\(Self.visible(b)) → \(Self.visible(a))"
            case let (nil, a?): change = "→ \(Self.visible(a))"
            case let (b?, nil): change = "\(Self.visible(b)) →"
            case (nil, nil): change = ""
            }
            return [time(e.at), pad(Self.visible(e.station), stationWidth), pad(Self.visible(e.actor), actorWidth),
                    pad(e.action, actionWidth), change].joined(separator: "  ")
        }
    }

    /// `2026-11-27 09:00:01.250`, local to `utcOffsetSeconds`.
    func time(_ millis: Int64) -> String {
        let local = millis + Int64(utcOffsetSeconds) * 1000
        let date = Date(timeIntervalSince1970: TimeInterval(local) / 1000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let ms = ((local % 1000) + 1000) % 1000
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!, Int(ms))
    }

    /// Control and bidi characters as visible `\u{…}` placeholders, for text printed to a terminal.
    static func visible(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
