import Testing
import ToteCore

@Suite struct RightsTests {
    @Test func rolesAreOrdered() {
        #expect(Role.packer < .lead && Role.lead < .supervisor && Role.supervisor < .admin)
        #expect(Role(name: " Supervisor ") == .supervisor)
        #expect(Role(name: "boss") == nil)
    }

    @Test func theTable() {
        #expect(Rights.permissions(of: .packer) == [.reprint])
        #expect(Rights.permissions(of: .lead) == [.reprint, .releaseOtherClaim, .overrideMissingItem])
        #expect(Rights.permissions(of: .supervisor)
                == [.reprint, .releaseOtherClaim, .overrideMissingItem, .voidLabel, .cancelOrder])
        #expect(Rights.permissions(of: .admin) == Permission.allCases)
    }

    @Test func everyPermissionHasItsLeastRole() {
        for permission in Permission.allCases {
            let least = Rights.minimumRole(for: permission)
            for role in Role.allCases { #expect(Rights.allows(role, permission) == (role >= least)) }
        }
    }

    @Test func refusalNamesActionRoleAndUser() {
        let ana = User(badge: "B1042", name: "Ana", role: .packer)
        #expect(throws: RightsError.notAllowed(.voidLabel, badge: "B1042", name: "Ana", role: .packer)) {
            try Rights.check(ana, .voidLabel)
        }
        let text = RightsError.notAllowed(.voidLabel, badge: "B1042", name: "Ana", role: .packer).description
        #expect(text == "Voiding a label needs a supervisor; B1042 Ana is a packer.")
        let lead = User(badge: "B2001", name: "Lee", role: .lead)
        #expect(RightsError.notAllowed(.editUsers, badge: lead.badge, name: lead.name, role: lead.role).description
                == "Editing users needs an admin; B2001 Lee is a lead.")
    }

    @Test func allowedChecksPass() throws {
        try Rights.check(User(badge: "B1", name: "S", role: .supervisor), .cancelOrder)
        try Rights.check(User(badge: "B2", name: "L", role: .lead), .overrideMissingItem)
        try Rights.check(User(badge: "B3", name: "P", role: .packer), .reprint)
    }

    @Test func userFieldsAreValidated() throws {
        try User.validate(badge: "B1042", name: "Ana Lind")
        #expect(throws: RightsError.self) { try User.validate(badge: "", name: "Ana") }
        #expect(throws: RightsError.self) { try User.validate(badge: "B1 2", name: "Ana") }
        #expect(throws: RightsError.self) { try User.validate(badge: "B1", name: "An\u{1b}[2Ja") }
        #expect(throws: RightsError.self) { try User.validate(badge: "B1", name: "Ana\u{202e}") }
        #expect(throws: RightsError.self) { try User.validate(badge: "B1", name: String(repeating: "x", count: 65)) }
    }
}
