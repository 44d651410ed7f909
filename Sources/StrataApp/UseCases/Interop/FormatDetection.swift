import Foundation
import StrataInterop

/// Refuses a file `strata import` would only misread.
///
/// Read as Markdown, any text becomes a decision titled after its file name: an events export
/// imported without the word `events` once recorded a junk decision for good. So a single file
/// is read only when its name says Markdown (`.md`, `.markdown`) or JSON-ADR (`.json`), and
/// anything else is refused with the formats import reads, naming `events` when the file is
/// an events export.
enum FormatDetection {
    static func check(_ url: URL, format: ADRFormat?) throws(AppError) {
        let name = url.lastPathComponent.lowercased()
        let markdown = name.hasSuffix(".md") || name.hasSuffix(".markdown")
        let json = name.hasSuffix(".json")
        if format == .jsonADR ? json || !markdown : markdown || (format == nil && json) { return }
        let formats = ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        let looksLikeEvents = Self.looksLikeEvents(url)
        let what = looksLikeEvents ? "an events export ('strata events --json')" : "not a format import recognises"
        let next = looksLikeEvents ? "merge it with 'strata import events \(url.path)'"
            : "name its format: strata import FORMAT PATH, FORMAT one of \(formats)"
        throw AppError(
            .unknownFormat, "'\(url.path)' is \(what), not \(format.map { "a \($0.rawValue) record" } ?? "an ADR record"); \(next)",
            subject: AppError.Subject(field: .path, file: url.path))
    }

    /// Whether the file's first line is an event line: a JSON object with `event_id` and `stream_id`.
    private static func looksLikeEvents(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
        let first = head.split(separator: "\n").first.map(String.init) ?? ""
        return first.hasPrefix("{") && first.contains("\"event_id\"") && first.contains("\"stream_id\"")
    }
}
