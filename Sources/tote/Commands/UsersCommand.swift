import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote users …`: who may sign in at a station and with which role.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add, list and change the users who sign in with a badge (packer, lead, supervisor, admin).",
        discussion: """
            Changes need an admin: pass --as BADGE (its PIN is asked for if it has one). Bootstrap: while the \
            store has no users, the first `users add … --role admin` needs no --as. A store with no users is an \
            open floor: any badge signs in at a station, with every right but editing users.
            PINs are read from the terminal without echo (or one per line from standard input), never from \
            the command line; the store keeps only a salted PBKDF2-SHA-256 hash.
            """,
        subcommands: [Add.self, List.self, SetRole.self, SetPin.self, Remove.self])

    struct Acting: ParsableArguments {
        @OptionGroup var common: CommonOptions

        @Option(name: .customLong("as"), help: ArgumentHelp("The acting admin's badge.", valueName: "BADGE"))
        var actor: String?

        /// The store and the verified acting badge (nil only when none was given).
        func open() throws -> (FloorStore, String?) {
            let store = try Environment(options: common).openStore()
            return (store, try actor.map { try ActingUser.verify($0, in: store) })
        }

        func required(_ actor: String?) throws -> String {
            guard let actor else { throw ToteError("This change needs an admin: add --as BADGE (an admin's badge).") }
            return actor
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user. The first user of a store must be an admin and needs no --as.")

        @Argument(help: "The badge as the scanner reads it, e.g. B1042.") var badge: String
        @Option(help: "The name the station shows.") var name: String
        @Option(help: "packer, lead, supervisor or admin.") var role: String = "packer"
        @Flag(help: "Ask for a PIN the user must type after scanning the badge.") var pin = false
        @Option(name: .customLong("lang"), help: "The language the station speaks to this user: en, ro, fr, sv or ko.")
        var language: String?
        @OptionGroup var acting: Acting

        func run() throws {
            guard let role = Role(name: role) else {
                throw ValidationError("--role '\(role)': use packer, lead, supervisor or admin.")
            }
            let lang = try language.map { code -> Language in
                guard let l = Language(code: code) else {
                    throw ValidationError("--lang '\(code)': use one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return l
            }
            let (store, actor) = try acting.open()
            if actor == nil, try store.userCount() > 0 { _ = try acting.required(actor) }
            let badge = badge.uppercased()
            let hash = pin ? try PinReader.readNew(for: badge) : nil
            try store.addUser(User(badge: badge, name: name, role: role, pin: hash, language: lang), by: actor,
                              now: SystemClock().nowMillis())
            print("Added \(badge) \(name) as \(role.withArticle)\(hash == nil ? "" : ", with a PIN").")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users, by badge.")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let store = try Environment(options: common).openStore()
            let users = try store.users()
            guard !users.isEmpty else {
                print("No users: this store is an open floor (any badge signs in). Add an admin with "
                      + "`tote users add BADGE --name NAME --role admin`.")
                return
            }
            let width = max(5, users.map(\.badge.count).max() ?? 0)
            print("BADGE".padding(toLength: width, withPad: " ", startingAt: 0) + "  ROLE        PIN  LANG  NAME")
            for u in users {
                print(u.badge.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                      + u.role.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + "  "
                      + (u.needsPin ? "yes" : "no ") + "  " + (u.language?.rawValue ?? "-").padding(toLength: 4, withPad: " ", startingAt: 0)
                      + "  " + u.name)
            }
        }
    }

    struct SetRole: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Change a user's role.")
        @Argument var badge: String
        @Argument(help: "packer, lead, supervisor or admin.") var role: String
        @OptionGroup var acting: Acting

        func run() throws {
            guard let role = Role(name: role) else {
                throw ValidationError("ROLE '\(role)': use packer, lead, supervisor or admin.")
            }
            let (store, actor) = try acting.open()
            try store.setRole(badge: badge.uppercased(), to: role, by: try acting.required(actor), now: SystemClock().nowMillis())
            print("\(badge.uppercased()) is now \(role.withArticle).")
        }
    }

    struct SetPin: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-pin", abstract: "Set or clear a user's PIN.")
        @Argument var badge: String
        @Flag(help: "Remove the PIN: the badge alone signs in.") var clear = false
        @OptionGroup var acting: Acting

        func run() throws {
            let (store, given) = try acting.open()
            let actor = try acting.required(given)
            let badge = badge.uppercased()
            let hash = clear ? nil : try PinReader.readNew(for: badge)
            try store.setPin(badge: badge, to: hash, by: actor, now: SystemClock().nowMillis())
            print(clear ? "\(badge) signs in with the badge alone." : "\(badge) has a new PIN.")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a user (never the last admin).")
        @Argument var badge: String
        @OptionGroup var acting: Acting

        func run() throws {
            let (store, actor) = try acting.open()
            try store.removeUser(badge: badge.uppercased(), by: try acting.required(actor), now: SystemClock().nowMillis())
            print("Removed \(badge.uppercased()).")
        }
    }
}
