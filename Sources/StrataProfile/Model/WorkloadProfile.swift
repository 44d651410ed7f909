/// How one workload of a bounded context touches its data.
///
/// This is the input of `strata workload add` and `strata advise`. Every field
/// but ``name`` and ``accessPatterns`` is optional because teams rarely know
/// everything up front: the advisor reasons with what it is given and states
/// what it assumed for the rest. Property names match the JSON keys of
/// `workload.schema.json` exactly, so the synthesized `Codable` conformance
/// reads and writes the schema's format.
///
/// Build one from untrusted bytes with ``parse(_:)-(Data)``, which enforces the
/// schema; the memberwise initializer trusts its caller.
public struct WorkloadProfile: Sendable, Equatable, Codable {
    /// The workload's name, unique within its context.
    public var name: String
    /// The bounded context that owns the data.
    public var context: String?
    /// Free text for humans.
    public var description: String?
    /// How the data is read and written; never empty.
    public var accessPatterns: [AccessPattern]
    /// How settled the data's shape is (variety).
    public var structure: Structure?
    /// Whether ACID transactions are required (veracity).
    public var consistency: Consistency?
    /// Volume today, in gigabytes.
    public var dataSizeGB: Double?
    /// Volume expected within the planning horizon, in gigabytes.
    public var projectedDataSizeGB: Double?
    /// Peak reads per second.
    public var readsPerSecond: Double?
    /// Peak writes per second (velocity).
    public var writesPerSecond: Double?
    /// Processes or connections writing at the same time.
    public var concurrentWriters: Int?
    /// Target p99 latency of the hot path, in milliseconds.
    public var latencyP99Ms: Double?
    /// Whether the data may expire or be lost without harm.
    public var ephemeral: Bool?
    /// Where the workload's code runs.
    public var deployment: Deployment?
    /// Whether the workload must keep working without a network.
    public var offline: Bool?
    /// Whether writes are accepted in more than one region.
    public var multiRegionWrites: Bool?
    /// Whether the data belongs to several customers.
    public var multiTenant: Bool?
    /// How many tenants there are.
    public var tenantCount: Int?
    /// Whether the data files would live on NFS, SMB or similar.
    public var networkFilesystem: Bool?
    /// How many embedding vectors are stored.
    public var vectorCount: Int?
    /// Dimensions of each embedding vector.
    public var vectorDimensions: Int?
    /// Hops in the deepest relationship query.
    public var traversalDepth: Int?
    /// Size of the largest single record or document, in megabytes.
    public var maxRecordSizeMB: Double?
    /// Whether a record accumulates children without bound.
    public var unboundedGrowth: Bool?
    /// Whether full history, replay or time travel is required.
    public var auditTrail: Bool?
    /// How long written data is kept.
    public var retention: Retention?
    /// How far the system is from serving real users.
    public var stage: Stage?
    /// Whether the figures above were measured or estimated.
    public var figures: Figures?
    /// The widest cardinality between entities read together.
    public var relationships: RelationshipCardinality?
    /// Whether each tenant must get its own isolated database.
    public var databasePerTenant: Bool?
    /// Whether row- or user-level access rules are enforced by the database.
    public var complexPermissions: Bool?
    /// How many differently shaped read representations are needed.
    public var readModels: Int?
    /// Whether the data must stay within a region or jurisdiction.
    public var dataResidency: Bool?
    /// Technologies already running in the architecture.
    public var existingStores: [Technology]?
    /// Technologies the team already knows well.
    public var teamExpertise: [Technology]?
    /// Who is expected to run the database.
    public var operations: Operations?
    /// How much the team can spend.
    public var budget: Budget?
    /// Specific capabilities the store must offer.
    public var needs: [Need]?

    /// Creates a profile with the two required fields; set the optional
    /// ones afterwards.
    ///
    /// The initializer trusts its caller (it does not check `accessPatterns`
    /// is non-empty); untrusted input goes through ``parse(_:)-(Data)``.
    public init(name: String, accessPatterns: [AccessPattern]) {
        self.name = name
        self.accessPatterns = accessPatterns
    }
}
