import Foundation
import StrataJSON

extension WorkloadProfile {
    /// The largest profile document accepted, in bytes (1 MiB).
    ///
    /// Real profiles are a few hundred bytes; the cap keeps a wrong file
    /// (a log, a dump) from being read into memory and parsed at length.
    public static let maximumInputBytes = 1_048_576

    /// Parses and validates a profile strictly against `workload.schema.json`.
    ///
    /// Rejects malformed JSON, unknown fields, wrong JSON types (`2.5` or
    /// `true` where an integer belongs), out-of-range numbers, bad string
    /// lengths, values outside an enum, too few items and repeated items.
    /// Never traps, whatever the bytes.
    ///
    /// - Throws: ``ProfileError`` describing the first problem in document order.
    public static func parse(_ data: Data) throws(ProfileError) -> WorkloadProfile {
        guard data.count <= maximumInputBytes else {
            throw ProfileError(
                .tooLarge, found: "\(data.count) bytes",
                expected: "at most \(maximumInputBytes) bytes (1 MiB)",
                remedy: "Check that the file is a workload profile; trim long descriptions if it is.")
        }
        let bytes = [UInt8](data)
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes, options: .document)
        } catch {
            throw ProfileError.syntax(error)
        }
        try ProfileValidator.validate(document)
        return try decode(validated: document)
    }

    /// Parses a profile from JSON text; see ``parse(_:)-(Data)``.
    public static func parse(_ text: String) throws(ProfileError) -> WorkloadProfile {
        try parse(Data(text.utf8))
    }

    /// Decodes a document the validator accepted.
    ///
    /// The canonical form prints every integer field as an integer literal,
    /// which is what the synthesized decoder wants; after validation the
    /// decoder cannot fail, but a failure is still reported, not trapped.
    private static func decode(validated document: JSONValue) throws(ProfileError) -> WorkloadProfile {
        let canonical = Data(JSONWriter.canonical(document).utf8)
        do {
            return try JSONCodec.decode(WorkloadProfile.self, from: canonical)
        } catch {
            throw ProfileError(
                .wrongType, found: "a document the decoder rejected (\(error))",
                expected: "a profile matching the workload schema (see 'strata workload template')",
                remedy: "Please report this profile as a Strata bug.")
        }
    }
}
