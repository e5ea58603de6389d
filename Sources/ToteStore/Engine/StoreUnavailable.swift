/// The store's server did not answer (refused, reset, timed out): the station may keep working
/// offline (`JournaledStore`) and try again later. Never thrown by a SQLite store.
public struct StoreUnavailable: Error, Equatable, CustomStringConvertible {
    /// `host:port` of the server.
    public var endpoint: String
    /// What the connection said.
    public var reason: String

    public init(endpoint: String, reason: String) {
        self.endpoint = endpoint
        self.reason = reason
    }

    public var description: String {
        "cannot reach the PostgreSQL server at \(endpoint) (\(reason)); check that the server runs and the network"
    }
}
