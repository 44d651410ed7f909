/// Reads a kind-like column back into its enum. The folds write only known values, so an
/// unknown one means a table written by another build or edited by hand.
import StrataProfile

public enum StoredValue {
    /// `raw` as `type`, or an error naming the column and the value.
    public static func decode<T: RawRepresentable>(_ raw: String, as type: T.Type, column: String) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: raw) else { throw ReadModelValueError(column: column, value: raw) }
        return value
    }

    /// A stored technology id (a catalogue id, or `other:NAME` with its category), checked and
    /// returned as the id, or an error naming the column and the value.
    public static func technology(_ raw: String, category: String?, column: String) throws -> StoreTechnology {
        guard let value = StoreTechnology(stored: raw, category: category) else { throw ReadModelValueError(column: column, value: raw) }
        return value
    }
}

/// A read-model column holds a value this build does not know.
public struct ReadModelValueError: Error, Sendable, Equatable, CustomStringConvertible {
    public var column: String
    public var value: String

    public var description: String {
        "the read models hold '\(value)' in \(column), which this build does not know; rebuild the read models from the log"
    }
}
