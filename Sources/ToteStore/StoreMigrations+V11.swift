import GRDB

extension StoreMigrations {
    /// v11: cluster picking. An order on a cart keeps the cart's label and its tote position
    /// from the cart's claim until it is packed, so a restarted station finds its cart again and
    /// a pack station can tell which tote an item came from.
    static func v11Carts(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            ALTER TABLE orders ADD COLUMN cart TEXT;
            ALTER TABLE orders ADD COLUMN cart_tote INTEGER CHECK (cart_tote IS NULL OR cart_tote >= 1);
            CREATE INDEX orders_cart ON orders (cart, cart_tote) WHERE cart IS NOT NULL;
            """)
    }
}
