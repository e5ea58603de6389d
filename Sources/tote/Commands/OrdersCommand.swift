import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote orders …`: look at the queue and look after claims from the command line.
struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "List orders and release claims of stations that died.",
        subcommands: [OrdersListCommand.self, OrdersReleaseStaleCommand.self])
}

extension OrderStatus: ExpressibleByArgument {}

struct OrdersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List orders in queue order.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Only orders with this status (repeatable): \(OrderStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: [OrderStatus] = []

    @Option(help: "At most this many orders.")
    var limit: Int?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func run() throws {
        let env = try Environment(options: options)
        let store = try env.openStore()
        let orders = try store.listOrders(statuses: status, limit: limit)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(orders), as: UTF8.self))
            return
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "MM-dd HH:mm"
        print("Order      Status     Pri Ln/Un  Service    Ship by      Station   Flags  Customer")
        for o in orders {
            let flags = (o.changedWhileClaimed ? "C" : "") + (o.cancelRequested ? "X" : "")
            let cols = [pad(o.number, 10), pad(o.status.rawValue, 10), pad(String(o.priority), 3),
                        pad("\(o.lineCount)/\(o.unitCount)", 6), pad(o.service.rawValue, 10),
                        pad(formatter.string(from: Date(timeIntervalSince1970: TimeInterval(o.shipBy))), 12),
                        pad(o.claimedBy ?? "", 9), pad(flags, 6), o.customer]
            print(cols.joined(separator: " "))
        }
        FileHandle.standardError.write(Data(("\(orders.count) order(s). Flags: C changed in the shop while at a station, "
            + "X cancelled in the shop while at a station.\n").utf8))
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}

struct OrdersReleaseStaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release-stale",
        abstract: "Give back to the queue the orders of stations silent for too long (no claim, no scan).")

    @OptionGroup var options: CommonOptions

    @Option(help: ArgumentHelp("Seconds of silence after which a station counts as dead.", valueName: "SECONDS"))
    var olderThan: Int = 900

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Act as this badge, a lead or above (its PIN is asked for if it has one); needed once the store has users.",
        valueName: "BADGE"))
    var actor: String?

    func run() throws {
        guard olderThan > 0 else { throw ValidationError("--older-than must be more than 0 seconds.") }
        let env = try Environment(options: options)
        let store = try env.openStore()
        let actor = try actor.map { try ActingUser.verify($0, in: store) }
        if actor == nil, try store.userCount() > 0 {
            throw ToteError("Releasing other stations' orders needs a lead or above: add --as BADGE.")
        }
        let released = try store.releaseStaleClaims(olderThan: Int64(olderThan) * 1000, now: SystemClock().nowMillis(),
                                                    by: actor)
        print(released.isEmpty ? "No stale claims." : "Released \(released.count): " + released.joined(separator: ", "))
    }
}
