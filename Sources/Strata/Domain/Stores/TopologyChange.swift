import StrataProfile

/// One change to how a store is scaled: replicas, a cache in front, a CQRS read model, sharding.
public enum TopologyChange: Codable, Sendable, Equatable, CustomStringConvertible {
    /// Serve reads from this many read replicas (replaces the previous count; 0 removes them).
    case readReplicas(count: Int)
    /// Put a cache in front, optionally naming the cache store (S-N UUID) or its technology.
    case cacheInFront(technology: Technology?)
    /// Serve queries from a CQRS read model with this name.
    case cqrsReadModel(name: String)
    /// Shard the data by `strategy` on `shardKey`.
    case sharding(strategy: ShardStrategy, shardKey: String)
    /// Scale the node up (CPU, memory, disks), described in words: the first step of every path.
    case scaledUp(to: String)

    public var description: String {
        switch self {
        case .readReplicas(let count): "\(count) read replica\(count == 1 ? "" : "s")"
        case .cacheInFront(let technology): "a cache in front" + (technology.map { " (\($0.rawValue))" } ?? "")
        case .cqrsReadModel(let name): "CQRS read model '\(name)'"
        case .sharding(let strategy, let key): "\(strategy.rawValue) sharding on '\(key)'"
        case .scaledUp(let size): "scaled up to \(size)"
        }
    }

    /// Checks the change's own values.
    public func validate() throws(CommandRejection) {
        switch self {
        case .readReplicas(let count) where count < 0 || count > 1000:
            throw .invalidInput("read replicas \(count) is out of range; expected 0…1000", field: .readReplicas)
        case .cqrsReadModel(let name) where name.trimmingCharacters(in: .whitespaces).isEmpty:
            throw .invalidInput("a CQRS read model needs a name", field: .readModel)
        case .sharding(_, let key) where key.trimmingCharacters(in: .whitespaces).isEmpty:
            throw .invalidInput("sharding needs a shard key", field: .shard)
        case .scaledUp(let size) where size.trimmingCharacters(in: .whitespaces).isEmpty:
            throw .invalidInput("scaling up needs the new size, e.g. db.r6g.2xlarge", field: .scaleUp)
        default: return
        }
    }
}

/// How a store is currently scaled: the fold of its topology changes.
public struct StoreTopologyState: Codable, Sendable, Equatable {
    public var readReplicas = 0
    public var cacheInFront = false
    public var readModels: [String] = []
    public var sharding: ShardStrategy?
    public var shardKey: String?
    /// The size the node was last scaled up to, if it was.
    public var scaledUpTo: String?

    public init() {}

    /// The topology after `change`.
    public func applying(_ change: TopologyChange) -> StoreTopologyState {
        var next = self
        switch change {
        case .readReplicas(let count): next.readReplicas = count
        case .cacheInFront: next.cacheInFront = true
        case .cqrsReadModel(let name): if !next.readModels.contains(name) { next.readModels.append(name) }
        case .sharding(let strategy, let key): next.sharding = strategy; next.shardKey = key
        case .scaledUp(let size): next.scaledUpTo = size
        }
        return next
    }
}
