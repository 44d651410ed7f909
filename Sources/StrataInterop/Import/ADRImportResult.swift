/// What an import produced: the records it could read and the problems it found.
public struct ADRImportResult: Sendable, Equatable {
    /// The records, sorted by number, then date, then file name; records without a
    /// number (Log4brains) follow the numbered ones in date order.
    public var records: [ADRRecord]
    /// Everything odd, in file order. An import with problems still returns every record
    /// it could read.
    public var problems: [ImportProblem]
    /// The format used: the one requested, or the one most files were detected as.
    public var format: ADRFormat?

    /// Creates a result.
    public init(records: [ADRRecord], problems: [ImportProblem], format: ADRFormat?) {
        self.records = records
        self.problems = problems
        self.format = format
    }
}
