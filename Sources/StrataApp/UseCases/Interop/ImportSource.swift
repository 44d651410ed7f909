import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Reads what `strata import` was pointed at: a directory of records, one Markdown file, or a
/// JSON-ADR document.
struct ImportSource {
    var result: ADRImportResult
    var format: ADRFormat
    /// Where the Markdown sources live, for their fingerprints; nil for JSON-ADR.
    var directory: URL?
    /// The JSON-ADR file's name, for records without a `path`.
    var document: String?
    /// What names the collection across imports (``CollectionKey``).
    var collection: String
    /// Whether the whole collection was read (a directory), so a record missing from it was deleted.
    var wholeCollection: Bool

    static func read(_ path: String, format: ADRFormat?, progress: ((Int, Int) -> Void)? = nil) throws(AppError) -> ImportSource {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let result: ADRImportResult
        var directory: URL? = url
        var document: String?
        if isDirectory.boolValue {
            result = ADRImporter.read(directory: url, format: format, progress: progress)
            if result.format == .jsonADR { directory = nil }
        } else {
            try FormatDetection.check(url, format: format)
            let data = try InputFile.read(path, field: .path)
            if format == .jsonADR || (format == nil && path.lowercased().hasSuffix(".json")) {
                result = ADRImporter.readJSONADR(data: data, name: url.lastPathComponent)
                directory = nil
                document = url.lastPathComponent
            } else {
                result = ADRImporter().read(files: [ADRSourceFile(name: url.lastPathComponent, data: data)], format: format)
                directory = url.deletingLastPathComponent()
            }
        }
        if let fatal = result.problems.first(where: { $0.code == .unreadableDirectory || $0.code == .invalidJSON }),
           result.records.isEmpty {
            throw AppError(.unreadableFile, fatal.description, subject: .file(path))
        }
        guard !result.records.isEmpty else {
            throw AppError(
                .nothingToImport, "no decision records found in '\(path)'; point at the folder that holds them (e.g. doc/adr)",
                subject: AppError.Subject(field: .path, file: path))
        }
        let place = isDirectory.boolValue ? url : (document == nil ? url.deletingLastPathComponent() : url)
        return ImportSource(
            result: result, format: result.format ?? format ?? .madr, directory: directory, document: document,
            collection: CollectionKey.of(place), wholeCollection: isDirectory.boolValue)
    }
}
