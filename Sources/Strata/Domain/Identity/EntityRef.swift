/// One entity's identities: its stable UUID (v7), its stream and its short human id.
///
/// The UUID is minted on the machine that creates the entity, so two people on two machines
/// never collide; the short number is allocated by the store, under a version guard.
public struct EntityRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public var kind: EntityKind
    /// Lowercase canonical UUID text.
    public var id: String
    /// The number in the short id (`7` in `ADR-7`).
    public var number: Int

    public init(kind: EntityKind, id: String, number: Int) {
        self.kind = kind
        self.id = id
        self.number = number
    }

    /// The entity's stream, `<kind>-<uuid>`.
    public var streamID: String { Self.streamID(kind: kind, id: id) }

    /// The short human id, e.g. `ADR-7`, `W-3`.
    public var shortID: String { "\(kind.shortPrefix)-\(number)" }

    public var description: String { shortID }

    /// The stream holding entity `id` of `kind`.
    public static func streamID(kind: EntityKind, id: String) -> String { "\(kind.streamCategory)-\(id)" }
}
