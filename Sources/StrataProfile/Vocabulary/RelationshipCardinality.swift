/// The widest cardinality between entities the workload reads together.
///
/// Decides between embedding children in a parent document and referencing
/// them.
public enum RelationshipCardinality: String, CaseIterable, Codable, Sendable {
    case oneToFew = "one-to-few"
    case oneToMany = "one-to-many"
    case manyToMany = "many-to-many"
}
