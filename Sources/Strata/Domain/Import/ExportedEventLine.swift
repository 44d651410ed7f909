/// One line of `strata events --json`: the columns a merge reads, payloads kept as raw text.
///
/// Positions, stream versions, recorded times and hashes in the line belong to the store that
/// wrote it and are ignored: the store that merges the event assigns its own. The payload and
/// metadata are kept byte for byte as they appear in the line.
public struct ExportedEventLine: Sendable, Equatable {
    public var eventID: String
    public var streamID: String
    public var eventType: String
    public var schemaVersion: Int
    public var data: String
    public var metadata: String
    public var effectiveAt: Timestamp

    /// Parses one NDJSON line.
    ///
    /// - Throws: a one-line description of the first thing wrong (a missing key, a wrong type).
    public static func parse(_ line: String) throws(LineError) -> ExportedEventLine {
        var scanner = RawJSONObject(line)
        let fields = try scanner.fields()
        func string(_ key: String) throws(LineError) -> String {
            guard let value = fields[key] else { throw LineError("missing \"\(key)\"") }
            guard case .string(let text) = value else { throw LineError("\"\(key)\" must be a string") }
            return text
        }
        func raw(_ key: String) throws(LineError) -> String {
            guard let value = fields[key] else { throw LineError("missing \"\(key)\"") }
            guard case .raw(let text) = value else { throw LineError("\"\(key)\" must be a JSON object or array") }
            return text
        }
        let eventID = try string("event_id"), streamID = try string("stream_id"), eventType = try string("event_type")
        guard case .raw(let versionText)? = fields["schema_version"], let version = Int(versionText) else {
            throw LineError("\"schema_version\" must be a whole number")
        }
        let data = try raw("data"), metadata = try raw("metadata")
        let effectiveText = try string("effective_at")
        guard let effective = Timestamp(parsing: effectiveText) else {
            throw LineError("\"effective_at\" '\(effectiveText)' is not an ISO-8601 time")
        }
        return ExportedEventLine(
            eventID: eventID, streamID: streamID, eventType: eventType, schemaVersion: version, data: data,
            metadata: metadata, effectiveAt: effective)
    }

    /// Why a line could not be read.
    public struct LineError: Error, Sendable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
