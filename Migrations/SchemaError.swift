/// Why a store's schema cannot be used by this build.
public enum SchemaError: Error, Equatable, Sendable {
    /// The store records a schema version this build does not know.
    case newerThanSupported(found: Int, supported: Int)
    /// An applied migration's recorded checksum differs from this build's text.
    case migrationChanged(version: Int, name: String)
}

extension SchemaError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .newerThanSupported(found, supported):
            "the store uses schema version \(found), but this strata knows up to version \(supported); upgrade strata to open it"
        case let .migrationChanged(version, name):
            "migration \(version) (\(name)) differs from the one this store was built with; use the strata release that created the store"
        }
    }
}
