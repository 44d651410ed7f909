/// What an append expects of its stream's current version: the optimistic-concurrency guard.
///
/// Versions are 1-based: a stream's version is its number of events, and 0 means no stream.
public enum ExpectedVersion: Hashable, Sendable {
    /// Append whatever the stream holds.
    case any
    /// The stream must not exist yet.
    case noStream
    /// The stream must hold at least one event.
    case streamExists
    /// The stream must be exactly at this version.
    case exact(Int)

    /// Whether a stream currently at `actual` satisfies the expectation.
    public func isSatisfied(by actual: Int) -> Bool {
        switch self {
        case .any: true
        case .noStream: actual == 0
        case .streamExists: actual > 0
        case .exact(let expected): actual == expected
        }
    }
}

extension ExpectedVersion: CustomStringConvertible {
    public var description: String {
        switch self {
        case .any: "any version"
        case .noStream: "no stream"
        case .streamExists: "an existing stream"
        case .exact(let version): "version \(version)"
        }
    }
}
