// Vocabulary values print as their published spelling, the one stored, typed and in JSON.
extension Technology: CustomStringConvertible { public var description: String { rawValue } }
extension StoreCategory: CustomStringConvertible { public var description: String { rawValue } }
