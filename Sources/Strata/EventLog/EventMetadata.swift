import StrataJSON

/// Who and what caused an append: stored as the `metadata` JSON of every event it writes.
///
/// Like a Datomic transaction entity, this lets an audit answer "who recorded this, with which
/// command, in answer to what" years later.
public struct EventMetadata: Codable, Hashable, Sendable {
    /// The person or process that issued the command.
    public var actor: String
    /// One id per command invocation; a retry reuses it.
    public var commandID: String
    /// Groups the events of one conversation, session or pull request.
    public var correlationID: String?
    /// The event or command that led to this one.
    public var causationID: String?
    /// The strata release that wrote the event.
    public var toolVersion: String

    public init(
        actor: String, commandID: String = EventID.make(), correlationID: String? = nil,
        causationID: String? = nil, toolVersion: String = StrataVersion.current
    ) {
        self.actor = actor
        self.commandID = commandID
        self.correlationID = correlationID
        self.causationID = causationID
        self.toolVersion = toolVersion
    }

    /// The JSON stored in the `metadata` column, with a fixed key order.
    public var json: String {
        var object = JSONObjectBuilder()
        object.add("actor", actor)
        object.add("commandID", commandID)
        object.addIfPresent("correlationID", correlationID)
        object.addIfPresent("causationID", causationID)
        object.add("toolVersion", toolVersion)
        return object.json
    }
}

/// The version string written into every event's metadata and printed by `strata --version`.
public enum StrataVersion {
    public static let current = "0.1.0"
}
