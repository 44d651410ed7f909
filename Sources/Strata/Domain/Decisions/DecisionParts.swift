import StrataProfile

/// One option considered, with its pros and cons.
public struct DecisionOption: Codable, Sendable, Equatable {
    public var name: String
    public var description: String?
    public var pros: [String]
    public var cons: [String]

    public init(name: String, description: String? = nil, pros: [String] = [], cons: [String] = []) {
        self.name = name
        self.description = description
        self.pros = pros
        self.cons = cons
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        pros = try c.decodeIfPresent([String].self, forKey: .pros) ?? []
        cons = try c.decodeIfPresent([String].self, forKey: .cons) ?? []
    }
}

/// What follows from a decision, good and bad.
public struct Consequences: Codable, Sendable, Equatable {
    public var good: [String]
    public var bad: [String]

    public init(good: [String] = [], bad: [String] = []) {
        self.good = good
        self.bad = bad
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        good = try c.decodeIfPresent([String].self, forKey: .good) ?? []
        bad = try c.decodeIfPresent([String].self, forKey: .bad) ?? []
    }
}

/// A typed link from one decision to another: `supersedes`, `amends`, `relates-to`, or a custom kebab-case label.
public struct DecisionLink: Codable, Sendable, Equatable {
    public static let supersedes = LinkType.supersedes.rawValue
    public static let amends = LinkType.amends.rawValue
    public static let relatesTo = LinkType.relatesTo.rawValue

    public var type: String
    /// The target decision: any reference on input, its UUID once stored.
    public var decision: String
    public var note: String?

    public init(type: String, decision: String, note: String? = nil) {
        self.type = type
        self.decision = decision
        self.note = note
    }

    /// Whether `type` is lowercase kebab-case, 1…40 characters.
    public static func isValidType(_ type: String) -> Bool {
        (1...40).contains(type.count) && type.first != "-" && type.last != "-"
            && type.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// A capability a store offers that existing stores lack.
public enum Capability: String, CaseIterable, Codable, Sendable {
    case fullText = "full-text"
    case vectorSimilarity = "vector-similarity"
    case graphTraversal = "graph-traversal"
    case timeSeries = "time-series"
    case eventStreaming = "event-streaming"
    case geo
    case caching
    case analytics
    case pubSub = "pub-sub"
    case queue
    case transactions
}

/// Why a decision adopts a store. References are any form on input and UUIDs once stored.
public enum Justification: Codable, Sendable, Equatable {
    /// Measurements that miss a target.
    case measuredBottleneck(measurements: [String])
    /// Workloads whose access pattern the existing stores serve badly.
    case accessPattern(workloads: [String], note: String?)
    /// A capability the store offers, and the workloads that need it.
    case capability(capability: Capability, workloads: [String])
    /// Words only.
    case freeText(text: String)
}

/// A change to the architecture a decision carries, applied when it is accepted.
///
/// Store references are `S-N`, a UUID, or `new:<name>` for a store adopted by the same decision.
/// An adoption's technology may be `other:NAME` with a `category` (see `ArchitectureEffect+Coding`).
public enum ArchitectureEffect: Codable, Sendable, Equatable {
    case adoptStore(
        technology: StoreTechnology, name: String, context: String, role: StoreRole, workloads: [String]?,
        justifications: [Justification]?)
    case retireStore(store: String)
    case changeTopology(store: String, change: TopologyChange)
    case moveWorkload(workload: String, from: String, to: String)

    /// The prefix naming a store adopted earlier in the same decision.
    public static let newStorePrefix = "new:"
}
