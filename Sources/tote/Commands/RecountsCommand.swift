import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote recounts …`: bins a short pick asked to count again.
struct RecountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recounts", abstract: "List bins to recount after short picks, and close them when counted.",
        subcommands: [RecountsListCommand.self, RecountsDoneCommand.self],
        defaultSubcommand: RecountsListCommand.self)
}

struct RecountsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List open recount tasks, oldest first.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let env = try Environment(options: options)
        let store = try env.openStore()
        let tasks = try store.openRecounts()
        guard !tasks.isEmpty else {
            print("No open recount tasks.")
            return
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "MM-dd HH:mm"
        print("Bin         Opened       SKU              Reason       Empty  Shorts  Orders")
        for t in tasks {
            let opened = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(t.openedAt) / 1000))
            print([pad(t.bin.code, 11), pad(opened, 12), pad(t.sku, 16), pad(t.reason.rawValue, 12),
                   pad(t.reportedEmpty ? "yes" : "no", 6), pad(String(t.shortPicks), 7),
                   t.orders.joined(separator: ", ")].joined(separator: " "))
        }
        FileHandle.standardError.write(Data(("\(tasks.count) bin(s) to recount. "
            + "When one is counted: tote recounts done BIN\n").utf8))
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}

struct RecountsDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Close the open recount task of a bin.")

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The bin counted, as printed on its label.", valueName: "BIN"))
    var bin: String

    @Option(help: "Who counted it (kept with the task).")
    var by: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"

    func run() throws {
        guard let location = BinLocation(code: bin) else {
            throw ValidationError("'\(bin)' is not a bin code; write it as on the bin label, e.g. A03-B-12-2.")
        }
        let env = try Environment(options: options)
        let store = try env.openStore()
        guard try store.closeRecount(bin: location, by: by, now: SystemClock().nowMillis()) else {
            throw ToteError("Bin \(location.code) has no open recount task; `tote recounts` lists the open ones.")
        }
        print("Recount of \(location.code) closed.")
    }
}
