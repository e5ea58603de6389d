import ArgumentParser
import Foundation
import ToteCore
import ToteTUI

/// `tote i18n`: the station's translations.
struct I18nCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "i18n", abstract: "Check the station's translations.",
        subcommands: [Check.self], defaultSubcommand: Check.self)

    /// `tote i18n check`: every key missing in a language, every placeholder that differs from English.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List keys missing in each language and placeholders that differ from English.",
            discussion: "Exits 1 when anything is listed. A missing key shows in English on the screen.")

        func run() throws {
            let check = TranslationCheck()
            for report in check.reports {
                let total = StringKey.allCases.count
                print("\(report.language.rawValue) (\(report.language.nativeName)): "
                      + "\(total - report.missingKeys.count)/\(total) keys, "
                      + "\(report.missingKeys.count) missing, \(report.mismatches.count) placeholder mismatch(es)")
            }
            for line in check.lines { print(line) }
            if !check.isClean { throw ExitCode(1) }
        }
    }
}
