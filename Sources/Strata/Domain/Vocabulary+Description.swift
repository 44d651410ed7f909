// Vocabulary values print as their published spelling, the one stored, typed and in JSON.
extension StoreRole: CustomStringConvertible { public var description: String { rawValue } }
extension ShardStrategy: CustomStringConvertible { public var description: String { rawValue } }
extension Metric: CustomStringConvertible { public var description: String { rawValue } }
extension MeasurementSource: CustomStringConvertible { public var description: String { rawValue } }
extension EntityKind: CustomStringConvertible { public var description: String { rawValue } }
extension DecisionStatus: CustomStringConvertible { public var description: String { rawValue } }
