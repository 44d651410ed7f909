import Strata

/// Which decisions govern a set of changed files: `strata check --changed`, for CI.
public struct ChangeCheck: Codable, Sendable, Equatable {
    /// One changed file and the decisions whose `affects` patterns match it.
    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var decisions: [Governing]
        /// True when only superseded or deprecated decisions govern the file: the change follows
        /// a decision the team has moved away from.
        public var flagged: Bool
    }

    /// A decision that governs a file, with the patterns that matched.
    public struct Governing: Codable, Sendable, Equatable {
        public var id: String
        public var status: String
        public var title: String
        public var patterns: [String]
        /// The decisions that replaced a superseded one.
        public var supersededBy: [String]
    }

    public var files: [File]
    /// Files governed only by superseded or deprecated decisions.
    public var flagged: Int
    /// Files no decision governs.
    public var ungoverned: Int
}
