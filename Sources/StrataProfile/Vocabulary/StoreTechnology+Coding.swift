extension KeyedDecodingContainer {
    /// Decodes a ``StoreTechnology`` held as a `technology` string plus an optional `category`
    /// (present only for `other:` ones), with the one-line error as the decoding failure.
    public func decodeStoreTechnology(technology: Key, category: Key) throws -> StoreTechnology {
        let id = try decode(String.self, forKey: technology)
        let given = try decodeIfPresent(String.self, forKey: category)
        do {
            return try StoreTechnology.parse(id, category: given)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: StoreTechnology.isOther(id) ? category : technology, in: self, debugDescription: error.description)
        }
    }
}

extension KeyedEncodingContainer {
    /// Encodes a ``StoreTechnology`` as its `technology` id, and its `category` only when it is
    /// an `other:` one, so a catalogue technology's payload is byte for byte what it always was.
    public mutating func encode(_ value: StoreTechnology, technology: Key, category: Key) throws {
        try encode(value.id, forKey: technology)
        if case .other(_, let chosen) = value { try encode(chosen.rawValue, forKey: category) }
    }
}
