import GRDB

extension StoreMigrations {
    /// v6: the length of each order's pick walk (metres, on the optimal route from the pack
    /// station and back), so supervisors see metres walked and earn walking time in the
    /// labour standards.
    static func v6PickDistance(_ db: GRDB.Database) throws {
        try db.execute(sql: "ALTER TABLE orders ADD COLUMN pick_distance_m REAL")
    }
}
