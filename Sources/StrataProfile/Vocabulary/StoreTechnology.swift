/// What a recorded store runs: a catalogue technology, or one outside the catalogue written
/// `other:NAME`, with the category it is used as.
///
/// The catalogue cannot list every database a team runs (FoundationDB, a home-grown queue),
/// yet the audit and the advisor must still reason about such a store. Its category says how:
/// an `other:` store used as `relational` is judged as a second relational store would be.
/// Stored payloads keep `technology` a string (`postgresql`, `other:FoundationDB`) and add
/// an optional `category` only for `other:` ones, so every older payload decodes unchanged.
public enum StoreTechnology: Hashable, Sendable, Comparable, CustomStringConvertible {
    case catalogue(Technology)
    case other(name: String, category: StoreCategory)

    /// The longest `other:` name accepted: a product name, not a description.
    public static let maximumNameLength = 60

    /// The prefix marking a technology outside the catalogue.
    public static let otherPrefix = "other:"

    /// The stored id: the catalogue id, or `other:NAME` as written.
    public var id: String {
        switch self {
        case .catalogue(let technology): technology.rawValue
        case .other(let name, _): Self.otherPrefix + name
        }
    }

    /// The category it reports and is reasoned about by.
    public var category: StoreCategory {
        switch self {
        case .catalogue(let technology): technology.category
        case .other(_, let category): category
        }
    }

    /// A human name for prose: the catalogue's, or the name as written.
    public var displayName: String {
        switch self {
        case .catalogue(let technology): technology.displayName
        case .other(let name, _): name
        }
    }

    /// The catalogue entry, or nil for an `other:` technology.
    public var catalogueEntry: Technology? {
        if case .catalogue(let technology) = self { return technology }
        return nil
    }

    public var description: String { id }

    /// Orders by id, case ignored, so listings are deterministic.
    public static func < (lhs: StoreTechnology, rhs: StoreTechnology) -> Bool {
        (lhs.id.lowercased(), lhs.id) < (rhs.id.lowercased(), rhs.id)
    }

    /// Whether `text` is written `other:…`, in any case.
    public static func isOther(_ text: String) -> Bool {
        text.lowercased().hasPrefix(otherPrefix)
    }

    /// Reads a technology as typed, with the category given for it, if any.
    ///
    /// A catalogue id or alias needs no category (one that contradicts the catalogue's is
    /// refused); `other:NAME` needs one of ``StoreCategory``'s values.
    public static func parse(_ text: String, category: String?) throws(StoreTechnologyError) -> StoreTechnology {
        let trimmed = text.trimmingSpaces
        let given = category?.trimmingSpaces
        guard isOther(trimmed) else {
            let technology: Technology
            do { technology = try Technology.parse(trimmed) } catch { throw StoreTechnologyError(error.description) }
            if let given, !given.isEmpty, StoreCategory(rawValue: given.lowercased()) != technology.category {
                throw StoreTechnologyError("category '\(given)' does not fit \(technology.rawValue), which is \(technology.category.rawValue); give a category only with other:NAME")
            }
            return .catalogue(technology)
        }
        let name = String(trimmed.dropFirst(otherPrefix.count)).trimmingSpaces
        guard !name.isEmpty else { throw StoreTechnologyError("'\(text)' names no technology; write other:NAME, e.g. other:FoundationDB") }
        guard name.count <= maximumNameLength, !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StoreTechnologyError("other:NAME takes a name of at most \(maximumNameLength) characters on one line, without control characters")
        }
        guard let given, !given.isEmpty else {
            throw StoreTechnologyError("\(otherPrefix)\(name) needs a category; expected one of \(StoreCategory.list)")
        }
        guard let parsed = StoreCategory(rawValue: given.lowercased()) else {
            throw StoreTechnologyError("category '\(given)' is not known; expected one of \(StoreCategory.list)")
        }
        return .other(name: name, category: parsed)
    }

    /// Rebuilds a stored value (a payload or a read-model row); nil when it does not read.
    public init?(stored id: String, category: String?) {
        guard let value = try? Self.parse(id, category: Self.isOther(id) ? category : nil) else { return nil }
        self = value
    }
}

/// A technology and category that do not read, with one line saying what to write instead.
public struct StoreTechnologyError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension StoreCategory {
    /// Every category's contract spelling, for messages.
    public static var list: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
