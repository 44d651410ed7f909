/// The constraints of `workload.schema.json`, restated as data.
///
/// Strata does not ship a JSON Schema engine; this table is the schema in a
/// form the hand-written validator walks. Enum values come from the Swift
/// enums themselves, so the model and the validator cannot drift apart.
/// A test compares this table against the schema file when it is present.
enum ProfileSchema {
    /// What one field accepts.
    enum Constraint: Sendable {
        /// A string with a length range, counted in Unicode scalars.
        case text(minLength: Int, maxLength: Int)
        /// Any finite number ≥ 0 (or > 0 when `exclusive`).
        case number(exclusiveMinimum: Bool)
        /// A whole number ≥ `minimum`.
        case integer(minimum: Int)
        /// `true` or `false`.
        case boolean
        /// One string from a fixed list.
        case choice([String])
        /// An array of distinct strings from a fixed list.
        case choices([String], minItems: Int)
    }

    /// One property of the profile object.
    struct Field: Sendable {
        let name: String
        let constraint: Constraint
    }

    /// Fields that must be present.
    static let required = ["name", "accessPatterns"]

    /// Every property, in the schema's order.
    static let fields: [Field] = [
        Field(name: "name", constraint: .text(minLength: 1, maxLength: 200)),
        Field(name: "context", constraint: .text(minLength: 1, maxLength: 200)),
        Field(name: "description", constraint: .text(minLength: 0, maxLength: 10_000)),
        Field(name: "accessPatterns", constraint: .choices(values(AccessPattern.self), minItems: 1)),
        Field(name: "structure", constraint: .choice(values(Structure.self))),
        Field(name: "consistency", constraint: .choice(values(Consistency.self))),
        Field(name: "dataSizeGB", constraint: .number(exclusiveMinimum: false)),
        Field(name: "projectedDataSizeGB", constraint: .number(exclusiveMinimum: false)),
        Field(name: "readsPerSecond", constraint: .number(exclusiveMinimum: false)),
        Field(name: "writesPerSecond", constraint: .number(exclusiveMinimum: false)),
        Field(name: "concurrentWriters", constraint: .integer(minimum: 0)),
        Field(name: "latencyP99Ms", constraint: .number(exclusiveMinimum: true)),
        Field(name: "ephemeral", constraint: .boolean),
        Field(name: "deployment", constraint: .choice(values(Deployment.self))),
        Field(name: "offline", constraint: .boolean),
        Field(name: "multiRegionWrites", constraint: .boolean),
        Field(name: "multiTenant", constraint: .boolean),
        Field(name: "tenantCount", constraint: .integer(minimum: 0)),
        Field(name: "networkFilesystem", constraint: .boolean),
        Field(name: "vectorCount", constraint: .integer(minimum: 0)),
        Field(name: "vectorDimensions", constraint: .integer(minimum: 1)),
        Field(name: "traversalDepth", constraint: .integer(minimum: 0)),
        Field(name: "maxRecordSizeMB", constraint: .number(exclusiveMinimum: false)),
        Field(name: "unboundedGrowth", constraint: .boolean),
        Field(name: "auditTrail", constraint: .boolean),
        Field(name: "retention", constraint: .choice(values(Retention.self))),
        Field(name: "stage", constraint: .choice(values(Stage.self))),
        Field(name: "figures", constraint: .choice(values(Figures.self))),
        Field(name: "relationships", constraint: .choice(values(RelationshipCardinality.self))),
        Field(name: "databasePerTenant", constraint: .boolean),
        Field(name: "complexPermissions", constraint: .boolean),
        Field(name: "readModels", constraint: .integer(minimum: 0)),
        Field(name: "dataResidency", constraint: .boolean),
        Field(name: "existingStores", constraint: .choices(Technology.schemaCases.map(\.rawValue), minItems: 0)),
        Field(name: "teamExpertise", constraint: .choices(Technology.schemaCases.map(\.rawValue), minItems: 0)),
        Field(name: "operations", constraint: .choice(values(Operations.self))),
        Field(name: "budget", constraint: .choice(values(Budget.self))),
        Field(name: "needs", constraint: .choices(values(Need.self), minItems: 0)),
    ]

    /// The field named `name`, if the schema defines one.
    static func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }

    private static func values<T: CaseIterable & RawRepresentable>(_: T.Type) -> [String]
    where T.RawValue == String {
        T.allCases.map(\.rawValue)
    }
}
