/// An error for the command line: one sentence saying what went wrong and what to do.
struct ToteError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
