import Foundation
import StrataJSON

/// Reads JSON-ADR v1 documents into records.
///
/// Accepts the schema's two shapes (`{version, adr}` and `{version, adrs: [...]}`), plus
/// a bare record and a bare array, which other tools emit. Links keep their target
/// numbers; the linter checks that they exist.
enum JSONADRReader {
    static func read(data: Data, name: String) -> ADRImportResult {
        var problems: [ImportProblem] = []
        let entries: [Lenient<JSONADRRecord>]
        do {
            entries = try decodeEntries(data, name: name, problems: &problems)
        } catch {
            problems.append(ImportProblem(
                file: name, code: .invalidJSON,
                message: "not a JSON-ADR document (\(describe(error))). Check the file is JSON-ADR v1"))
            return ADRImportResult(records: [], problems: problems, format: .jsonADR)
        }
        var records: [ADRRecord] = []
        for (position, entry) in entries.enumerated() {
            switch entry.result {
            case .success(let dto):
                records.append(JSONADRMapping.record(from: dto, file: name, position: position, problems: &problems))
            case .failure(let failure):
                problems.append(ImportProblem(
                    file: name, code: .invalidRecord,
                    message: "record \(position + 1) is malformed (\(failure.message)); skipped. Fix that record"))
            }
        }
        return ADRImportResult(records: records, problems: problems, format: .jsonADR)
    }

    private static func decodeEntries(_ data: Data, name: String, problems: inout [ImportProblem]) throws -> [Lenient<JSONADRRecord>] {
        let decoder = JSONCodec.decoder()
        let firstByte = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if firstByte == UInt8(ascii: "[") {
            return try decoder.decode([Lenient<JSONADRRecord>].self, from: data)
        }
        let document = try decoder.decode(JSONADRDocument.self, from: data)
        if let version = document.version, !version.hasPrefix("1.") {
            problems.append(ImportProblem(
                file: name, code: .unsupportedVersion,
                message: "JSON-ADR version \(ImportProblem.excerpt(version)) is not 1.x; read as 1.0. Check the result"))
        }
        if let adrs = document.adrs { return adrs }
        if let adr = document.adr { return [adr] }
        let object = try? JSONParser.parse([UInt8](data), options: JSONParseOptions(skipsByteOrderMark: true))
        guard let object, object["title"] != nil || object["number"] != nil else { throw ShapeError() }
        return [try decoder.decode(Lenient<JSONADRRecord>.self, from: data)]
    }

    /// The document is JSON but holds no record in any accepted shape.
    private struct ShapeError: Error, CustomStringConvertible {
        var description: String { "it has no 'adrs' list, no 'adr' object and is not a record itself" }
    }

    /// A one-line description of a decoding error, naming the field at fault.
    static func describe(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(path(context)) has the wrong type"
        case DecodingError.keyNotFound(let key, let context):
            return "\(path(context)) lacks '\(key.stringValue)'"
        case DecodingError.dataCorrupted(let context):
            return "invalid JSON at \(path(context))"
        default:
            return ImportProblem.excerpt(String(describing: error))
        }
    }
}
