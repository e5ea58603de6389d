import ArgumentParser

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print Tote's version.")

    func run() {
        print("tote \(Tote.version)")
    }
}
