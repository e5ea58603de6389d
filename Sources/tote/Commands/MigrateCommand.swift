import ArgumentParser
import Foundation
import ToteStore

/// `tote migrate --from sqlite:PATH --to postgres://…`: move a floor to another store.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Move a floor from one store to another (SQLite to PostgreSQL, or back), verified.",
        discussion: """
            Copies every table in one transaction into an empty destination (a fresh database: \
            createdb, or a new file), then reads both back and compares each table's rows by count \
            and checksum. Stop the stations first; they resume on the new store where they were. \
            The PostgreSQL password comes from PGPASSWORD or ~/.pgpass, never the command line.
            """
    )

    @Option(help: ArgumentHelp("The store to move: sqlite:PATH or postgres://user@host:port/db.", valueName: "STORE"))
    var from: String

    @Option(help: ArgumentHelp("The empty store to move it into.", valueName: "STORE"))
    var to: String

    @Flag(help: "Only compare the two stores, table by table; copy nothing.")
    var verifyOnly = false

    func run() throws {
        let source = try StoreLocation(parsing: Environment.expandTilde(from))
        let destination = try StoreLocation(parsing: Environment.expandTilde(to))
        guard source != destination else { throw ValidationError("--from and --to name the same store.") }
        if case .file(let path) = source, !FileManager.default.fileExists(atPath: path) {
            throw ToteError("--from \(from): no store file there. Name the floor's SQLite file (sqlite:PATH).")
        }
        let sourceStore = try FloorStore.open(source)
        let destinationStore = try FloorStore.open(destination)
        let report: StoreCopyReport
        if verifyOnly {
            report = try StoreCopy.verify(sourceStore, destinationStore)
        } else {
            let started = Date()
            report = try StoreCopy.copy(from: sourceStore, to: destinationStore) { table, rows in
                print("copied \(table): \(rows) rows")
            }
            print(String(format: "Copied %@ to %@ in %.1f s.", source.description, destination.description,
                         Date().timeIntervalSince(started)))
        }
        print(report)
        guard report.verified else {
            let differing = report.tables.filter { !$0.matches }.map(\.name).joined(separator: ", ")
            throw ToteError("The stores differ in \(differing). Do not start stations on \(destination) until this is explained.")
        }
        print("Verified: every table has the same rows in both stores.")
    }
}
