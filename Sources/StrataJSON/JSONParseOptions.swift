/// What a parse accepts beyond the RFC 8259 grammar, which never changes.
///
/// ``standard`` is the definition of valid JSON in Strata: what `strata append` stores and
/// `strata import events` reads back. Stricter options exist for inputs whose values must be
/// exact (workload profiles, fast decoders that fall back to `Codable` on anything unusual).
public struct JSONParseOptions: Sendable, Hashable {
    /// What to do when an object names the same member twice.
    public enum DuplicateKeys: Sendable, Hashable {
        /// Keep every member in document order; lookups take the last, as `JSONDecoder` does.
        case keep
        /// Fail at the second occurrence: the document has no single meaning.
        case reject
    }

    /// What to do with a `\u` escape of an unpaired UTF-16 surrogate (`"\ud800"`).
    ///
    /// The grammar allows it and the append path stores such payloads verbatim, so it is valid
    /// JSON; but a Swift `String` cannot hold it.
    public enum LoneSurrogates: Sendable, Hashable {
        /// Decode it as U+FFFD, the replacement character.
        case replace
        /// Fail with an "unpaired surrogate" error at the escape.
        case reject
    }

    /// Deepest nesting of arrays and objects accepted; bounds recursion on hostile input.
    public var maximumDepth: Int
    /// Repeated member names: kept (valid JSON) or refused (values read field by field).
    public var duplicateKeys: DuplicateKeys
    /// Unpaired surrogate escapes: decoded as U+FFFD (valid JSON) or refused (exact strings).
    public var loneSurrogates: LoneSurrogates
    /// Longest number spelling accepted, in bytes; nil for no limit.
    public var maximumNumberLength: Int?
    /// Whether a number must fit a finite `Double` (`1e999` refused).
    public var requiresFiniteNumbers: Bool
    /// Whether a leading UTF-8 byte order mark is skipped, as files from some editors carry one.
    public var skipsByteOrderMark: Bool

    /// The standard options, changed where given.
    public init(
        maximumDepth: Int = 256, duplicateKeys: DuplicateKeys = .keep, loneSurrogates: LoneSurrogates = .replace,
        maximumNumberLength: Int? = nil, requiresFiniteNumbers: Bool = false, skipsByteOrderMark: Bool = false
    ) {
        self.maximumDepth = maximumDepth
        self.duplicateKeys = duplicateKeys
        self.loneSurrogates = loneSurrogates
        self.maximumNumberLength = maximumNumberLength
        self.requiresFiniteNumbers = requiresFiniteNumbers
        self.skipsByteOrderMark = skipsByteOrderMark
    }

    /// Valid JSON as Strata defines it; ``JSONValidation/isValid(_:)`` answers for exactly this.
    public static let standard = JSONParseOptions()

    /// Every string exact and every member name unique: for values read field by field.
    public static let exact = JSONParseOptions(duplicateKeys: .reject, loneSurrogates: .reject)

    /// Hand-written documents such as workload profiles: exact, shallow, finite numbers, BOM allowed.
    public static let document = JSONParseOptions(
        maximumDepth: 64, duplicateKeys: .reject, loneSurrogates: .reject, maximumNumberLength: 400,
        requiresFiniteNumbers: true, skipsByteOrderMark: true)
}
