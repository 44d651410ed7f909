/// How a running store is currently scaled: which progression steps are in place.
///
/// The scaling advisor reads this to find the next step not yet taken; the
/// review reads it to judge whether sharding came too early.
public struct StoreTopology: Sendable, Equatable, Codable {
    /// The node has already been sized up (step 1 taken).
    public var scaledVertically: Bool
    /// How many read replicas serve reads (step 2 when above zero).
    public var readReplicas: Int
    /// A cache such as Redis or Valkey sits in front (step 3).
    public var cacheInFront: Bool
    /// Queries are served from CQRS read models (step 4).
    public var cqrsReadModels: Bool
    /// The data is sharded across primaries (step 5).
    public var sharded: Bool
    /// Clients reach the store through a connection pooler.
    public var connectionPooling: Bool

    /// Creates a topology; everything defaults to "not in place".
    public init(
        scaledVertically: Bool = false, readReplicas: Int = 0, cacheInFront: Bool = false,
        cqrsReadModels: Bool = false, sharded: Bool = false, connectionPooling: Bool = false
    ) {
        self.scaledVertically = scaledVertically
        self.readReplicas = readReplicas
        self.cacheInFront = cacheInFront
        self.cqrsReadModels = cqrsReadModels
        self.sharded = sharded
        self.connectionPooling = connectionPooling
    }

    /// Whether `step` is already in place.
    public func has(_ step: ScalingStep) -> Bool {
        switch step {
        case .vertical: scaledVertically
        case .readReplicas: readReplicas > 0
        case .cache: cacheInFront
        case .cqrs: cqrsReadModels
        case .sharding: sharded
        }
    }

    /// The steps in place, in progression order.
    public var stepsTaken: [ScalingStep] {
        ScalingStep.allCases.filter(has)
    }
}
