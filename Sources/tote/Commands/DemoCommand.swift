import ArgumentParser
import ToteStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the bundled demo warehouse (catalogue and orders) into the store."
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Replace everything in the store with the demo, even if it holds data.")
    var reset = false

    func run() throws {
        let env = try Environment(options: options)
        let store = try env.openStore()
        let empty = try store.isEmpty()
        guard reset || empty else {
            throw ToteError("The store \(env.store) already holds data; add --reset to replace it with the demo.")
        }
        let loader = DemoLoader(configDirectory: env.configDirectory, clock: SystemClock())
        let summary = try loader.load(into: store)
        let users = try loader.seedUsers(into: store)
        print("Loaded the demo into \(env.store): \(summary.skus) SKUs, \(summary.orders) orders"
              + (users > 0 ? ", \(users) users (see config/demo/README.md)." : "."))
    }
}
