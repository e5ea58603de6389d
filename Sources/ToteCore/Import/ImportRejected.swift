/// An import refused whole because the file has problems; nothing was written.
public struct ImportRejected: Error, Equatable, CustomStringConvertible {
    public let problems: [ImportProblem]

    public init(problems: [ImportProblem]) { self.problems = problems }

    public var description: String {
        "the import was refused: \(problems.count) problem(s), the first at \(problems.first?.description ?? "?"); "
            + "fix the file, or import the good records with --skip-invalid"
    }
}
