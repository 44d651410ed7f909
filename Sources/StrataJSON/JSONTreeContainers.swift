/// An object's members, read by key: the first member of a repeated name wins, as in `JSONDecoder`.
struct TreeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [JSONMember]
    let decoder: TreeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        var seen = Set<String>()
        return members.filter { seen.insert($0.key).inserted }.compactMap { Key(stringValue: $0.key) }
    }

    func contains(_ key: Key) -> Bool { lookup(key) != nil }

    private func lookup(_ key: Key) -> JSONValue? { lookup(name: key.stringValue) }

    private func value(_ key: Key) throws -> JSONValue {
        guard let value = lookup(key) else {
            throw DecodingError.keyNotFound(key, .init(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return value
    }

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try TreeDecoder.bool(value(key), path: path(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try TreeDecoder.string(value(key), path: path(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try TreeDecoder.floating(type, value(key), path: path(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try TreeDecoder.floating(type, value(key), path: path(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try TreeDecoder.integer(type, value(key), path: path(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try TreeDecoder.integer(type, value(key), path: path(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try TreeDecoder.unbox(type, value(key), parent: decoder, key: key)
    }

    /// Absent and null are both nil, as `JSONDecoder` reads optionals.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = lookup(key), value != .null else { return nil }
        return try TreeDecoder.unbox(type, value, parent: decoder, key: key)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let value = lookup(key), value != .null else { return nil }
        return try TreeDecoder.string(value, path: path(key))
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let value = lookup(key), value != .null else { return nil }
        return try TreeDecoder.integer(type, value, path: path(key))
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let value = lookup(key), value != .null else { return nil }
        return try TreeDecoder.floating(type, value, path: path(key))
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let value = lookup(key), value != .null else { return nil }
        return try TreeDecoder.bool(value, path: path(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(value(key), parent: decoder, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(value(key), parent: decoder, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoder(lookup(name: "super") ?? .null, parent: decoder, key: TreeIndexKey(name: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TreeDecoder(lookup(key) ?? .null, parent: decoder, key: key)
    }

    private func lookup(name: String) -> JSONValue? {
        // By index: iterating would copy every member (and retain its value) on the way.
        for index in members.indices where members[index].key == name { return members[index].value }
        return nil
    }
}

/// An array's items, read in order.
struct TreeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [JSONValue]
    let decoder: TreeDecoder
    private(set) var currentIndex = 0

    init(items: [JSONValue], decoder: TreeDecoder) {
        self.items = items
        self.decoder = decoder
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private var key: TreeIndexKey { TreeIndexKey(index: currentIndex) }

    private mutating func next(_ type: Any.Type) throws -> JSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(
                codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        defer { currentIndex += 1 }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any?.self, .init(
                codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        guard items[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeItem(type) }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decodeItem(type) }
    mutating func decode(_ type: String.Type) throws -> String { try decodeItem(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decodeItem(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try decodeItem(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decodeItem(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeItem(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeItem(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeItem(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeItem(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeItem(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeItem(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeItem(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeItem(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeItem(type) }

    private mutating func decodeItem<T: Decodable>(_ type: T.Type) throws -> T {
        let key = self.key
        return try TreeDecoder.unbox(type, next(type), parent: decoder, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let key = self.key
        return try TreeDecoder(next(KeyedDecodingContainer<NestedKey>.self), parent: decoder, key: key).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let key = self.key
        return try TreeDecoder(next((any UnkeyedDecodingContainer).self), parent: decoder, key: key).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let key = self.key
        return TreeDecoder(try next((any Decoder).self), parent: decoder, key: key)
    }
}

/// The value a decoder stands on, read as one scalar or through its type's `init(from:)`.
struct TreeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: TreeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil)
    }

    func decode(_ type: Bool.Type) throws -> Bool { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: String.Type) throws -> String { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: Double.Type) throws -> Double { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: Float.Type) throws -> Float { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: Int.Type) throws -> Int { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: Int8.Type) throws -> Int8 { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: Int16.Type) throws -> Int16 { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: Int32.Type) throws -> Int32 { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: Int64.Type) throws -> Int64 { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: UInt.Type) throws -> UInt { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try TreeDecoder.unbox(type, decoder.value, parent: decoder, key: nil) }
}

/// The coding key of an array item (`Index 3`), or of `super`.
struct TreeIndexKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init(name: String) {
        stringValue = name
        intValue = nil
    }

    init?(stringValue: String) { self.init(name: stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
