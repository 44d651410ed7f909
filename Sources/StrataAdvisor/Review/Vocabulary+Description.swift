// Vocabulary values print as their published spelling, the one stored, typed and in JSON.
extension AuditVerdict: CustomStringConvertible { public var description: String { rawValue } }
extension WarningCode: CustomStringConvertible { public var description: String { rawValue } }
extension ScalingAction: CustomStringConvertible { public var description: String { rawValue } }
extension BottleneckKind: CustomStringConvertible { public var description: String { rawValue } }
