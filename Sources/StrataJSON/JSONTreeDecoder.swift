import Foundation

/// Decodes `Decodable` values from JSON text as `JSONDecoder` with its default strategies does,
/// at a fraction of its cost: the text is parsed once into a ``JSONValue`` and the containers
/// read that tree.
///
/// Every event a projection folds or a reader shows is decoded, so this is most of a rebuild's
/// and a decoded read's own work; `JSONDecoder` took about four times as long per payload.
/// What it accepts and refuses follows `JSONDecoder`: numbers convert to integer types only
/// when exact, `Data` is base64 text, `URL` a string, `Date` a number of seconds since 2001; a
/// repeated member name means its first value; failures are the same `DecodingError` cases with
/// the same coding paths, except that a number too large for its type names its member (where
/// `JSONDecoder` gives an empty path). Text that is not strict RFC 8259 JSON is handed to
/// `JSONDecoder` itself.
public enum JSONTreeDecoder {
    /// The `T` that `data` holds.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { raw in try decode(type, from: raw.bindMemory(to: UInt8.self), checkingUTF8: true) }
    }

    /// The `T` that `text` holds.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        var text = text
        return try text.withUTF8 { try decode(type, from: $0, checkingUTF8: false) }
    }

    private static func decode<T: Decodable>(
        _ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>, checkingUTF8: Bool
    ) throws -> T {
        let parsed = Result { () throws(JSONSyntaxError) -> JSONValue in
            if checkingUTF8, let bad = UTF8Check.firstInvalidOffset(in: bytes) {
                throw JSONSyntaxError(reason: "the input is not valid UTF-8", offset: bad, in: bytes)
            }
            var reader = JSONReader(bytes: bytes, options: options)
            return try reader.document()
        }
        switch parsed {
        case .success(let value):
            return try TreeDecoder.unbox(type, value, parent: nil, key: nil)
        case .failure:
            // JSONDecoder is more lenient than RFC 8259 (a trailing comma, say): text the strict
            // parser refuses goes to it, so what was accepted stays accepted, and what was
            // refused fails with its own error.
            return try JSONDecoder().decode(type, from: Data(buffer: bytes))
        }
    }

    /// JSONDecoder's limits: no nesting beyond 512, lone surrogate escapes refused.
    private static let options = JSONParseOptions(maximumDepth: 512, loneSurrogates: .reject, skipsByteOrderMark: true)
}

/// One value of the tree, and the decoder and key that led to it (the coding path is built
/// only when something asks for it: an error, or a type's own `init(from:)`).
final class TreeDecoder: Decoder {
    let value: JSONValue
    private let parent: TreeDecoder?
    private let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: JSONValue, parent: TreeDecoder?, key: (any CodingKey)?) {
        self.value = value
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] { Self.path(parent, key) }

    static func path(_ parent: TreeDecoder?, _ key: (any CodingKey)?) -> [any CodingKey] {
        var path = parent?.codingPath ?? []
        if let key { path.append(key) }
        return path
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw Self.mismatch([String: Any].self, value, path: codingPath)
        }
        return KeyedDecodingContainer(TreeKeyedContainer<Key>(members: members, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw Self.mismatch([Any].self, value, path: codingPath) }
        return TreeUnkeyedContainer(items: items, decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { TreeSingleValueContainer(decoder: self) }

    /// `type` from `value`, reached from `parent` by `key`: scalars read directly, everything
    /// else through its own `init(from:)`.
    static func unbox<T: Decodable>(_ type: T.Type, _ value: JSONValue, parent: TreeDecoder?, key: (any CodingKey)?) throws -> T {
        if T.self == String.self { return try string(value, path: path(parent, key)) as! T }
        if T.self == Int.self { return try integer(Int.self, value, path: path(parent, key)) as! T }
        if T.self == Double.self { return try floating(Double.self, value, path: path(parent, key)) as! T }
        if T.self == Bool.self { return try bool(value, path: path(parent, key)) as! T }
        if let integer = try fixedWidthInteger(type, value, path: path(parent, key)) { return integer }
        if T.self == Float.self { return try floating(Float.self, value, path: path(parent, key)) as! T }
        if T.self == Data.self {
            let text = try string(value, path: path(parent, key))
            guard let data = Data(base64Encoded: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: path(parent, key), debugDescription: "Encountered Data is not valid Base64."))
            }
            return data as! T
        }
        if T.self == URL.self {
            guard let url = URL(string: try string(value, path: path(parent, key))) else {
                throw DecodingError.dataCorrupted(.init(codingPath: path(parent, key), debugDescription: "Invalid URL string."))
            }
            return url as! T
        }
        if T.self == Decimal.self {
            guard case .number(let number) = value else { throw mismatch(type, value, path: path(parent, key)) }
            guard let decimal = Decimal(string: number.lexeme, locale: Locale(identifier: "en_US_POSIX")) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: path(parent, key), debugDescription: "Parsed JSON number <\(number.lexeme)> does not fit in Decimal."))
            }
            return decimal as! T
        }
        return try T(from: TreeDecoder(value, parent: parent, key: key))
    }

    /// `value` as `T` when `T` is one of the integer types other than `Int`; nil for any other type.
    private static func fixedWidthInteger<T>(_ type: T.Type, _ value: JSONValue, path: @autoclosure () -> [any CodingKey]) throws -> T? {
        if T.self == Int64.self { return try integer(Int64.self, value, path: path()) as? T }
        if T.self == Int32.self { return try integer(Int32.self, value, path: path()) as? T }
        if T.self == Int16.self { return try integer(Int16.self, value, path: path()) as? T }
        if T.self == Int8.self { return try integer(Int8.self, value, path: path()) as? T }
        if T.self == UInt.self { return try integer(UInt.self, value, path: path()) as? T }
        if T.self == UInt64.self { return try integer(UInt64.self, value, path: path()) as? T }
        if T.self == UInt32.self { return try integer(UInt32.self, value, path: path()) as? T }
        if T.self == UInt16.self { return try integer(UInt16.self, value, path: path()) as? T }
        if T.self == UInt8.self { return try integer(UInt8.self, value, path: path()) as? T }
        return nil
    }

    static func string(_ value: JSONValue, path: @autoclosure () -> [any CodingKey]) throws -> String {
        guard case .string(let text) = value else { throw mismatch(String.self, value, path: path()) }
        return text
    }

    static func bool(_ value: JSONValue, path: @autoclosure () -> [any CodingKey]) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(Bool.self, value, path: path()) }
        return flag
    }

    /// An integer only when the number is one exactly, as JSONDecoder converts `1.0` or `1e2`.
    static func integer<T: FixedWidthInteger>(_ type: T.Type, _ value: JSONValue, path: @autoclosure () -> [any CodingKey]) throws -> T {
        guard case .number(let number) = value else { throw mismatch(type, value, path: path()) }
        if let exact = T(number.lexeme) { return exact }
        if let double = Double(number.lexeme), let exact = T(exactly: double) { return exact }
        throw DecodingError.dataCorrupted(.init(
            codingPath: path(), debugDescription: "Parsed JSON number <\(number.lexeme)> does not fit in \(type)."))
    }

    static func floating<T: BinaryFloatingPoint & LosslessStringConvertible>(
        _ type: T.Type, _ value: JSONValue, path: @autoclosure () -> [any CodingKey]
    ) throws -> T {
        guard case .number(let number) = value else { throw mismatch(type, value, path: path()) }
        if T.self == Double.self, let exact = JSONNumber.exactDouble(number.lexeme) { return exact as! T }
        guard let parsed = T(number.lexeme), parsed.isFinite else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: path(), debugDescription: "Parsed JSON number <\(number.lexeme)> does not fit in \(type)."))
        }
        return parsed
    }

    /// `valueNotFound` for a null where a value was needed, `typeMismatch` for any other kind.
    static func mismatch(_ type: Any.Type, _ value: JSONValue, path: [any CodingKey]) -> DecodingError {
        let found: String
        switch value {
        case .null:
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        case .bool: found = "bool"
        case .number: found = "number"
        case .string: found = "a string"
        case .array: found = "an array"
        case .object: found = "a dictionary"
        }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }
}
