/// Whether an import writes or only reports what it would do.
public enum ImportMode: Sendable, Equatable {
    /// Apply everything in one transaction.
    case apply
    /// Work out the same counts, then roll back: the store is left as it was.
    case dryRun
}
