/// How settled the shape of the data is (the "variety" of the Four V's).
public enum Structure: String, CaseIterable, Codable, Sendable {
    /// The schema is known and stable; constraints pay off.
    case rigid
    /// Fields change over time, e.g. per season or per product family.
    case evolving
    /// There is no common schema at all.
    case schemaless
}
