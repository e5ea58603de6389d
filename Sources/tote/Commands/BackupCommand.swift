import ArgumentParser
import Foundation
import ToteStore

/// `tote backup FILE`: an online copy of the live store, safe while stations run.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the store to FILE while stations keep working (SQLite online backup).",
        discussion: """
            The copy is written beside FILE, checked with SQLite's integrity check and then renamed \
            to FILE, so FILE is never half written. Restore it with `tote restore FILE`.
            """
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "FILE"))
    var file: String

    func run() throws {
        let env = try Environment(options: options)
        guard env.store.isFile else {
            throw ToteError("tote backup copies a SQLite store file; \(env.store) is on PostgreSQL: back it up with pg_dump.")
        }
        guard FileManager.default.fileExists(atPath: env.storePath) else {
            throw ToteError("\(env.storePath): no store to back up. Give the store with --store PATH.")
        }
        let store = try env.openStore()
        let summary = try store.backup(to: file)
        print("Backed up \(env.storePath) to \(file): \(summary)")
    }
}
