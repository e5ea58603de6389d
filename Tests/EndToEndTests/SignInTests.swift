import Foundation
import Testing
import ToteCore
import ToteStore

/// Badge sign-in at a real station on the demo floor, and the users/audit commands around it.
@Suite("E2E: badge sign-in, users and audit")
struct SignInTests {
    private func tote(_ station: Station, _ arguments: [String]) async throws -> Subprocess.Output {
        try await Subprocess.run(station.tote, arguments + ["--store", station.storePath, "--config",
                                                            ToteBinary.configDirectory], scratch: station.folder)
    }

    @Test(.timeLimit(.minutes(1)))
    func badgesSignInAndTheAuditNamesWhoDidWhat() async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()

        // An unknown badge is refused; a PIN badge asks for the PIN and shows it masked.
        try await s.sendScan("B7777")
        try await s.waitFor("Badge B7777 is not a user here")
        try await s.sendScan("B2001")
        try await s.waitFor("B2001 Lee: type your PIN")
        try await s.sendLiteral("20")
        let masked = try await s.waitFor("PIN ▸ ••")
        #expect(!masked.text.contains("PIN ▸ 20"))
        try await s.sendLiteral("01")
        try await s.sendKey("Enter")
        try await s.waitFor("Signed in: B2001 Lee (lead)")
        let number = try await station.claimNext()

        // The PIN never reaches the scan log.
        let store = try station.openStore()
        #expect(try store.scans(order: number).allSatisfy { !$0.raw.contains("2001") || $0.raw == "B2001" })
        #expect(try store.audit(order: number).last?.actor == "B2001")

        let audit = try await tote(station, ["audit", number])
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stdout.contains("B2001") && audit.stdout.contains("claim") && audit.stdout.contains("new → picking @"),
                "audit: \(audit.stdout)")

        // Users: a supervisor may not add anyone; the demo admin (no PIN) may.
        let refused = try await tote(station, ["users", "add", "B5555", "--name", "Kim", "--as", "B3001"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("Editing users needs an admin; B3001 Sam is a supervisor."), "\(refused.stderr)")
        let added = try await tote(station, ["users", "add", "B5555", "--name", "Kim", "--role", "lead", "--as", "B9001"])
        #expect(added.status == 0, "\(added.stderr)")
        let list = try await tote(station, ["users", "list"])
        #expect(list.stdout.contains("B5555  lead"), "\(list.stdout)")
        // A PIN is never taken from the command line, and a missing one on stdin is an error.
        let noPin = try await tote(station, ["users", "add", "B6666", "--name", "Jo", "--pin", "--as", "B9001"])
        #expect(noPin.status != 0)
        #expect(try station.openStore().user(badge: "B6666") == nil)
    }
}
