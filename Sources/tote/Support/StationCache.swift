import Foundation
import ToteCore

/// What a station on a shared server keeps on its own disk to start while the server does not
/// answer: the catalogue (to read scans) and whether users are set up. Written at every start
/// that reached the server; read only when a start does not.
struct StationCache: Codable {
    var skus: [SKU]
    var usersRequired: Bool

    /// Writes atomically (a crash leaves the old cache or the new one, never half of one).
    func save(to path: String) throws {
        let data = try JSONEncoder().encode(self)
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The cache at `path`; nil when there is none.
    static func load(from path: String) throws -> StationCache? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(StationCache.self, from: data)
        } catch {
            throw ToteError("\(path): the station's offline cache cannot be read (\(error)). Delete it and start the station while the server answers.")
        }
    }
}
