/// What the short-pick flow and the recount list need from persistence. `ToteStore`'s
/// SQLite store implements it beside `OrderStore`.
///
/// Every method is one transaction. Times are milliseconds since 1970.
public protocol ShortPickStore: Sendable {
    /// Records `short` whole or not at all: the short-pick row, the found units counted as
    /// picked, the bin's recount task (opened, or added to), and by `short.mode` either the
    /// order moved to `exception` with its claim freed, or the line reduced to what was found.
    /// In `partial` mode an order left with no unit to ship goes to `exception` instead.
    /// A refusal (see `ShortPickResult.refused`) changes nothing.
    func recordShortPick(_ short: ShortPick) throws -> ShortPickResult

    /// Open recount tasks, oldest first.
    func openRecounts() throws -> [RecountTask]

    /// Closes the open recount task of `bin`; false when the bin has none.
    func closeRecount(bin: BinLocation, by who: String, now: Int64) throws -> Bool
}
