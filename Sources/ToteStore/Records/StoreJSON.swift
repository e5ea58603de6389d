import Foundation
import ToteCore

/// JSON text columns: encoded with sorted keys so equal values store equal text.
enum StoreJSON {
    static func text<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A JSON array of strings; NULL reads as empty.
    static func strings(_ json: String?, column: String, key: String) throws -> [String] {
        guard let json else { return [] }
        guard let list = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else {
            throw StoreDataError(column: column, value: json, key: key)
        }
        return list
    }
}
