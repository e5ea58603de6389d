import ArgumentParser
import Foundation
import ToteCore

/// `tote print …`: station paperwork as ZPL.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Write station labels as ZPL.",
        subcommands: [Commands.self]
    )

    /// `tote print commands [--out FILE] [--dpi N]`: the 4x6 command-barcode sheet.
    struct Commands: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "commands",
            abstract: "Write the command sheet (NEXT, SHORT, DAMAGED, … as Code 128) as one 4x6 ZPL label."
        )

        @Option(name: .long, help: ArgumentHelp("Write the ZPL to FILE instead of standard output.", valueName: "FILE"))
        var out: String?

        @Option(name: .long, help: "Printer resolution in dots per inch (203, 300 or 600).")
        var dpi: Int = 203

        func validate() throws {
            guard [203, 300, 600].contains(dpi) else { throw ValidationError("--dpi: use 203, 300 or 600.") }
        }

        func run() throws {
            let zpl = CommandSheet.zpl(dpi: dpi)
            guard let out else {
                print(zpl, terminator: "")
                return
            }
            do {
                try Data(zpl.utf8).write(to: URL(fileURLWithPath: Environment.expandTilde(out)), options: .atomic)
            } catch {
                throw ToteError("--out \(out): cannot write (\(error.localizedDescription)).")
            }
            print("Wrote the command sheet to \(out).")
        }
    }
}
