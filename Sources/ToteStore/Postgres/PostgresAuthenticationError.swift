/// The server refused the station's login.
public struct PostgresAuthenticationError: Error, CustomStringConvertible, Sendable {
    /// `host:port` of the server.
    public let server: String
    public let user: String
    public let database: String
    /// The server's message.
    public let message: String

    public var description: String {
        "PostgreSQL at \(server) refused user \(user) for database \(database): \(message). The station takes "
            + "the password from PGPASSWORD, else from the password file (PGPASSFILE or ~/.pgpass, a line "
            + "host:port:database:user:password); check that it is there and right, and that the role may log in."
    }
}
