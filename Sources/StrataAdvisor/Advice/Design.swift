/// The design a recommendation grows into (issue 16, the guide's output
/// standards): a schema sketch, a migration plan when the choice differs
/// from what runs, an operations checklist and sizing figures.
///
/// Encoded under the advice's `design` key, a backwards-compatible addition
/// the contract allows (extra keys are free); `version` says which shape
/// the section has, so readers can rely on it as it grows. Every entry names
/// the rule behind it.
public struct Design: Sendable, Equatable, Codable {
    /// The shape of this section; 1 for the four lists below.
    public var version: Int
    /// Tables and indexes, a document shape, keys and structures, or topics, for the top choice.
    public var schema: [RuleNote]
    /// Dual write or change-data capture, backfill, cutover and retirement; empty when nothing moves.
    public var migration: [RuleNote]
    /// Backups and point-in-time recovery, failover, monitoring, cost.
    public var operations: [RuleNote]
    /// Figures with the rule behind each: pool size, partitions.
    public var sizing: [RuleNote]

    /// The version this code writes.
    public static let currentVersion = 1

    /// Creates a design section of the current version.
    public init(schema: [RuleNote], migration: [RuleNote], operations: [RuleNote], sizing: [RuleNote]) {
        version = Self.currentVersion
        self.schema = schema
        self.migration = migration
        self.operations = operations
        self.sizing = sizing
    }
}
