import Foundation
import ToteCore
import ToteStore

/// Loads the bundled demo (config/demo/catalog.json and orders.json) into a store, with the
/// orders' times moved to today so ship-by times make sense whenever the demo runs.
struct DemoLoader {
    let configDirectory: String
    let clock: Clock

    struct Summary { let skus: Int; let orders: Int }

    func load(into store: OrderStore) throws -> Summary {
        let catalogFile = configDirectory + "/demo/catalog.json"
        let ordersFile = configDirectory + "/demo/orders.json"
        let skus = try decode([SKU].self, catalogFile)
        var orders = try decode([Order].self, ordersFile)
        do {
            _ = try Catalog(skus)
        } catch {
            throw ToteError("\(catalogFile): \(error)")
        }
        let known = Set(skus.map(\.code))
        for order in orders {
            for line in order.lines where !known.contains(line.sku) {
                throw ToteError("\(ordersFile): order \(order.number) line \(line.lineNumber): SKU \(line.sku) is not in the catalogue.")
            }
        }
        orders = Self.rebase(orders, nowSeconds: clock.nowMillis() / 1000)
        try store.replaceAll(catalog: skus, orders: orders)
        return Summary(skus: skus.count, orders: orders.count)
    }

    private struct DemoUser: Decodable {
        let badge: String; let name: String; let role: Role; let pin: String?; let language: String?
    }

    /// Adds `demo/users.json`'s users while the store has none (the first is the bootstrap admin);
    /// returns how many were added. A missing file adds none: the demo stays an open floor.
    func seedUsers(into store: FloorStore) throws -> Int {
        let file = configDirectory + "/demo/users.json"
        guard FileManager.default.fileExists(atPath: file), try store.userCount() == 0 else { return 0 }
        let people = try decode([DemoUser].self, file).sorted { ($0.role == .admin ? 0 : 1) < ($1.role == .admin ? 0 : 1) }
        guard let admin = people.first, admin.role == .admin else {
            throw ToteError("\(file): list at least one admin, or nobody could manage the demo's users.")
        }
        let now = clock.nowMillis()
        var generator = SystemRandomNumberGenerator()
        for person in people {
            let salt = (0 ..< PinHash.saltSize).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let pin: PinHash?
            do {
                pin = try person.pin.map { try PinHash(pin: $0, salt: salt) }
            } catch {
                throw ToteError("\(file): \(person.badge): \(error)")
            }
            var language: Language?
            if let code = person.language {
                guard let l = Language(code: code) else {
                    throw ToteError("\(file): \(person.badge): language \"\(code)\" is not one of "
                                    + Language.allCases.map(\.rawValue).joined(separator: ", "))
                }
                language = l
            }
            try store.addUser(User(badge: person.badge.uppercased(), name: person.name, role: person.role, pin: pin,
                                   language: language),
                              by: admin.badge.uppercased(), station: "demo", now: now)
        }
        return people.count
    }

    /// Keeps each time of day but moves the demo's first day to today (UTC).
    static func rebase(_ orders: [Order], nowSeconds: Int64) -> [Order] {
        guard let first = orders.map(\.createdAt).min() else { return orders }
        let delta = (nowSeconds / 86_400 - first / 86_400) * 86_400
        return orders.map { o in
            var o = o
            o.createdAt += delta
            o.shipBy += delta
            return o
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToteError("\(path): missing or unreadable. Restore the demo files from the repository.")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.dataCorrupted(ctx) {
            throw ToteError("\(path): \(Self.where(ctx.codingPath)) \(ctx.debugDescription)")
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw ToteError("\(path): \(Self.where(ctx.codingPath)) missing key '\(key.stringValue)'")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw ToteError("\(path): \(Self.where(ctx.codingPath)) \(ctx.debugDescription)")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw ToteError("\(path): \(Self.where(ctx.codingPath)) \(ctx.debugDescription)")
        }
    }

    private static func `where`(_ path: [CodingKey]) -> String {
        path.isEmpty ? "" : "at " + path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined() + ":"
    }
}
