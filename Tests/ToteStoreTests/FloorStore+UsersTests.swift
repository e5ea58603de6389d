import GRDB
import Testing
import ToteCore
@testable import ToteStore

@Suite struct FloorStoreUsersTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func rows(_ store: FloorStore, _ sql: String) throws -> Int {
        try store.engine.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// A store with admin A1 (PIN 1234), supervisor S1, lead L1 and packer B1042 Ana.
    private func staffed() throws -> FloorStore {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1"), Fixtures.order("#2")])
        try store.addUser(User(badge: "A1", name: "Alex", role: .admin, pin: try PinHash(pin: "1234", salt: [7], iterations: 5)),
                          by: nil, now: Fixtures.now)
        try store.addUser(User(badge: "S1", name: "Sam", role: .supervisor), by: "A1", now: Fixtures.now)
        try store.addUser(User(badge: "L1", name: "Lee", role: .lead), by: "A1", now: Fixtures.now)
        try store.addUser(User(badge: "B1042", name: "Ana", role: .packer), by: "A1", now: Fixtures.now)
        return store
    }

    @Test func firstUserMustBeAnAdminAndNeedsNoActor() throws {
        let store = try Fixtures.store(in: folder, orders: [])
        #expect(throws: RightsError.firstUserMustBeAdmin(badge: "B1", role: .packer)) {
            try store.addUser(User(badge: "B1", name: "Ana", role: .packer), by: nil, now: Fixtures.now)
        }
        #expect(try store.userCount() == 0)
        try store.addUser(User(badge: "A1", name: "Alex", role: .admin), by: nil, now: Fixtures.now)
        #expect(try store.users() == [User(badge: "A1", name: "Alex", role: .admin)])
        // After the bootstrap an actor is needed, and must be an admin.
        #expect(throws: RightsError.unknownUser(badge: "")) {
            try store.addUser(User(badge: "A2", name: "Bo", role: .admin), by: nil, now: Fixtures.now)
        }
    }

    @Test func aUsersLanguageIsKept() throws {
        let store = try staffed()
        try store.addUser(User(badge: "B1043", name: "Ioana", role: .packer, language: .ro), by: "A1", now: Fixtures.now)
        #expect(try store.user(badge: "B1043")?.language == .ro)
        #expect(try store.user(badge: "B1042")?.language == nil)
    }

    @Test func crudByAnAdminIsAudited() throws {
        let store = try staffed()
        #expect(try store.users().map(\.badge) == ["A1", "B1042", "L1", "S1"])
        try store.setRole(badge: "B1042", to: .lead, by: "A1", now: Fixtures.now + 1)
        #expect(try store.user(badge: "B1042")?.role == .lead)
        let pin = try PinHash(pin: "5678", salt: [1, 2], iterations: 3)
        try store.setPin(badge: "B1042", to: pin, by: "A1", now: Fixtures.now + 2)
        #expect(try store.user(badge: "B1042")?.pin?.matches("5678") == true)
        try store.removeUser(badge: "L1", by: "A1", now: Fixtures.now + 3)
        #expect(try store.user(badge: "L1") == nil)

        let log = try store.auditLog().filter { $0.action.hasPrefix("user-") }
        #expect(log.map(\.action) == ["user-add", "user-add", "user-add", "user-add", "user-role", "user-pin", "user-remove"])
        #expect(log[4].before == "B1042 Ana (packer)" && log[4].after == "B1042 Ana (lead)")
        #expect(log[5].after == "B1042 Ana (lead, PIN)")
        #expect(log.allSatisfy { $0.actor == "A1" })
        // Neither the PIN nor its hash ever reaches the log.
        #expect(!log.contains { ($0.after ?? "").contains("5678") || ($0.after ?? "").contains(Hex.encode(pin.hash)) })
    }

    @Test func nonAdminsCannotEditUsersAndNothingIsWritten() throws {
        let store = try staffed()
        let before = try rows(store, "SELECT COUNT(*) FROM audit_log")
        #expect(throws: RightsError.notAllowed(.editUsers, badge: "S1", name: "Sam", role: .supervisor)) {
            try store.addUser(User(badge: "X1", name: "X", role: .admin), by: "S1", now: Fixtures.now)
        }
        #expect(throws: RightsError.notAllowed(.editUsers, badge: "B1042", name: "Ana", role: .packer)) {
            try store.setRole(badge: "B1042", to: .admin, by: "B1042", now: Fixtures.now)
        }
        #expect(throws: RightsError.unknownUser(badge: "Z9")) { try store.removeUser(badge: "L1", by: "Z9", now: Fixtures.now) }
        #expect(try store.users().count == 4)
        #expect(try store.user(badge: "B1042")?.role == .packer)
        #expect(try rows(store, "SELECT COUNT(*) FROM audit_log") == before)
    }

    @Test func theLastAdminStays() throws {
        let store = try staffed()
        #expect(throws: RightsError.lastAdmin(badge: "A1")) { try store.removeUser(badge: "A1", by: "A1", now: Fixtures.now) }
        #expect(throws: RightsError.lastAdmin(badge: "A1")) { try store.setRole(badge: "A1", to: .lead, by: "A1", now: Fixtures.now) }
        try store.setRole(badge: "S1", to: .admin, by: "A1", now: Fixtures.now)
        try store.removeUser(badge: "A1", by: "S1", now: Fixtures.now)
        #expect(try store.user(badge: "A1") == nil)
    }

    @Test func duplicateAndInvalidUsersAreRefused() throws {
        let store = try staffed()
        #expect(throws: RightsError.duplicateBadge(badge: "L1")) {
            try store.addUser(User(badge: "L1", name: "Again", role: .packer), by: "A1", now: Fixtures.now)
        }
        #expect(throws: RightsError.self) {
            try store.addUser(User(badge: "B7", name: "\u{1b}]0;owned\u{7}", role: .packer), by: "A1", now: Fixtures.now)
        }
    }

    @Test func cancelNeedsASupervisorAndARefusalWritesNothing() throws {
        let store = try staffed()
        let before = try rows(store, "SELECT COUNT(*) FROM audit_log")
        let events = try rows(store, "SELECT COUNT(*) FROM order_event")
        #expect(throws: RightsError.notAllowed(.cancelOrder, badge: "L1", name: "Lee", role: .lead)) {
            try store.supervisorCancel(number: "#1", supervisor: "L1", now: Fixtures.now)
        }
        #expect(try store.order(number: "#1")?.order.status == .new)
        #expect(try rows(store, "SELECT COUNT(*) FROM audit_log") == before)
        #expect(try rows(store, "SELECT COUNT(*) FROM order_event") == events)

        try store.supervisorCancel(number: "#1", supervisor: "S1", now: Fixtures.now + 5)
        #expect(try store.order(number: "#1")?.order.status == .cancelled)
        let row = try #require(try store.audit(order: "#1").last)
        #expect(row == AuditEntry(at: Fixtures.now + 5, station: "supervise", actor: "S1", action: "cancel", order: "#1",
                                  before: "new", after: "cancelled"))
    }

    @Test func releasingAnotherStationsClaimNeedsALead() throws {
        let store = try staffed()
        _ = try store.claim(number: "#1", station: "ST1", actor: "B1042", now: Fixtures.now)
        #expect(throws: RightsError.notAllowed(.releaseOtherClaim, badge: "B1042", name: "Ana", role: .packer)) {
            try store.supervisorRelease(number: "#1", supervisor: "B1042", now: Fixtures.now)
        }
        #expect(throws: RightsError.notAllowed(.releaseOtherClaim, badge: "B1042", name: "Ana", role: .packer)) {
            try store.supervisorReassign(number: "#1", to: "ST2", supervisor: "B1042", now: Fixtures.now)
        }
        #expect(try store.order(number: "#1")?.claimedBy == "ST1")
        try store.supervisorRelease(number: "#1", supervisor: "L1", now: Fixtures.now + 1)
        #expect(try store.order(number: "#1")?.claimedBy == nil)
    }

    @Test func voidNeedsASupervisorAndARefusedVoidWritesNothing() throws {
        let store = try staffed()
        try store.recordTracking(number: "1Z001", carrier: "UPS", order: "#1", carton: 1, nowMillis: Fixtures.now)
        let before = try rows(store, "SELECT COUNT(*) FROM audit_log")
        #expect(throws: RightsError.notAllowed(.voidLabel, badge: "B1042", name: "Ana", role: .packer)) {
            _ = try store.voidTracking(number: "1Z001", reason: "torn", by: "B1042", nowMillis: Fixtures.now)
        }
        #expect(throws: RightsError.unknownUser(badge: "nobody")) {
            _ = try store.voidTracking(number: "1Z001", reason: "torn", by: "nobody", nowMillis: Fixtures.now)
        }
        #expect(try store.voidRecord(number: "1Z001") == nil)
        #expect(try store.activeTracking(order: "#1", carton: 1) == "1Z001")
        #expect(try rows(store, "SELECT COUNT(*) FROM audit_log") == before)

        #expect(try store.voidTracking(number: "1Z001", reason: "torn", by: "S1", nowMillis: Fixtures.now + 9))
        #expect(try store.voidRecord(number: "1Z001")?.by == "S1")
        #expect(try store.audit(order: "#1").last?.action == "void")
    }

    @Test func releasingStaleClaimsByHandNeedsALead() throws {
        let store = try staffed()
        _ = try store.claim(number: "#1", station: "ST1", actor: "B1042", now: Fixtures.now)
        #expect(throws: RightsError.notAllowed(.releaseOtherClaim, badge: "B1042", name: "Ana", role: .packer)) {
            try store.releaseStaleClaims(olderThan: 1, now: Fixtures.now + 10, by: "B1042")
        }
        #expect(try store.order(number: "#1")?.claimedBy == "ST1")
        #expect(try store.releaseStaleClaims(olderThan: 1, now: Fixtures.now + 10, by: "L1") == ["#1"])
        #expect(try store.audit(order: "#1").last?.actor == "L1")
    }

    @Test func anOpenFloorLetsEveryBadgeActButNotEditUsers() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")])
        try store.supervisorCancel(number: "#1", supervisor: "whoever", now: Fixtures.now)
        #expect(try store.order(number: "#1")?.order.status == .cancelled)
    }
}
