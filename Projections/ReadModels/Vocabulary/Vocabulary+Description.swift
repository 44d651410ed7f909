// Read-side values print as their published spelling, the one in the tables and in JSON.
extension LifecycleStatus: CustomStringConvertible { public var description: String { rawValue } }
extension StoreChangeKind: CustomStringConvertible { public var description: String { rawValue } }
extension LinkDirection: CustomStringConvertible { public var description: String { rawValue } }
extension DecisionChange: CustomStringConvertible { public var description: String { rawValue } }
