import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote report shift`: per packer and station figures for a time span, as a table, CSV or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Print reports from the store.", subcommands: [Shift.self])

    struct Shift: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "shift",
            abstract: "Orders, units, lines, errors and average times per packer and station, with totals.")

        @OptionGroup var options: CommonOptions

        @Option(help: "Start: ISO 8601 (2025-03-05T06:00:00Z or 2025-03-05T06:00) or milliseconds since 1970. Default: 8 hours before --to.")
        var from: String?

        @Option(help: "End (exclusive), same forms as --from. Default: now.")
        var to: String?

        @Option(help: "table, csv or json.")
        var format: String = "table"

        func run() throws {
            guard let format = ShiftReport.Format(rawValue: format) else {
                throw ValidationError("--format must be table, csv or json")
            }
            let env = try Environment(options: options)
            let now = SystemClock().nowMillis()
            let end = try to.map { try Self.parseTime($0, option: "--to") } ?? now
            let start = try from.map { try Self.parseTime($0, option: "--from") } ?? end - 8 * 3_600_000
            guard start < end else { throw ValidationError("--from must be before --to") }
            let window = MetricsWindow(from: start, to: end)
            let store = try env.openStore()
            let calculator = DashboardCalculator(standards: try SupervisorSetup.standards(configDirectory: env.configDirectory),
                                                 utcOffsetSeconds: TimeZone.current.secondsFromGMT())
            let facts = try store.dashboardFacts(window: window, now: end, horizonSeconds: end / 1000, staleAfterMillis: 600_000)
            print(ShiftReport(dashboard: calculator.compute(facts, window: window, now: end)).render(format), terminator: "")
        }

        /// Milliseconds since 1970 from digits, or from ISO 8601 (local time without a zone).
        static func parseTime(_ text: String, option: String) throws -> Int64 {
            if let ms = Int64(text) { return ms }
            let iso = ISO8601DateFormatter()
            if let date = iso.date(from: text) { return Int64(date.timeIntervalSince1970 * 1000) }
            let local = DateFormatter()
            local.locale = Locale(identifier: "en_US_POSIX")
            local.timeZone = TimeZone.current
            for pattern in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
                local.dateFormat = pattern
                if let date = local.date(from: text) { return Int64(date.timeIntervalSince1970 * 1000) }
            }
            throw ValidationError("\(option) '\(text)': use 2025-03-05T06:00, 2025-03-05T06:00:00Z or milliseconds since 1970")
        }
    }
}
