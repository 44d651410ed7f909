import StrataJSON

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
        let members: [JSONSourceMember]
        do { members = try JSONParser.members(of: line, options: lineOptions) } catch { throw LineError("not a JSON object (\(error))") }
        // A repeated name means its last value, as `JSONDecoder` reads it.
        func member(_ key: String) throws(LineError) -> JSONSourceMember {
            guard let member = members.last(where: { $0.key == key }) else { throw LineError("missing \"\(key)\"") }
            return member
        }
        /// Read again with exact options: an id must not silently gain a replacement character.
        func string(_ key: String) throws(LineError) -> String {
            let member = try member(key)
            guard case .string = member.value else { throw LineError("\"\(key)\" must be a string") }
            do {
                guard case .string(let text) = try JSONParser.parse(member.text, options: .exact) else { return "" }
                return text
            } catch {
                throw LineError("\"\(key)\": \(error.reason)")
            }
        }
        /// Kept byte for byte as the line spells it.
        func raw(_ key: String) throws(LineError) -> String {
            let member = try member(key)
            if case .string = member.value { throw LineError("\"\(key)\" must be a JSON object or array") }
            return member.text
        }
        let eventID = try string("event_id"), streamID = try string("stream_id"), eventType = try string("event_type")
        guard let versionText = members.last(where: { $0.key == "schema_version" })?.text, let version = Int(versionText) else {
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

    /// Valid JSON one level deeper than a payload may nest: the line wraps the payload, and
    /// every payload `strata append` accepted must read back.
    private static let lineOptions = JSONParseOptions(maximumDepth: JSONParseOptions.standard.maximumDepth + 1)

    /// Why a line could not be read.
    public struct LineError: Error, Sendable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
