import Foundation
import ToteCore

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
