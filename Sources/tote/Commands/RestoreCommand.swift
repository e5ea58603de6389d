import ArgumentParser
import Foundation
import ToteStore

/// `tote restore FILE`: put a backup in place of the live store.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the store with a backup that `tote backup` wrote.",
        discussion: """
            Refuses a file that is not a Tote store, is damaged, or comes from a newer Tote, and \
            refuses while stations hold orders (stop them first, or add --force). The old store is \
            kept as <store>.before-restore.
            """
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The backup to restore.", valueName: "FILE"))
    var file: String

    @Flag(name: .long, help: "Restore even though stations hold orders in the live store (their work since the backup is lost).")
    var force = false

    func run() throws {
        let env = try Environment(options: options)
        guard env.store.isFile else {
            throw ToteError("tote restore replaces a SQLite store file; \(env.store) is on PostgreSQL: restore it with pg_restore, or move a SQLite backup into an empty database with tote migrate.")
        }
        let result = try FloorStore.restore(from: file, to: env.storePath, force: force)
        print("Restored \(env.storePath) from \(file): \(result.summary)")
        if let kept = result.keptAs { print("The old store is kept as \(kept).") }
    }
}
