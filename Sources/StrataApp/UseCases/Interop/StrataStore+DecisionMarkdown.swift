import Foundation
import Strata
import StrataInterop

extension StrataStore {
    /// One decision as a MADR 4 Markdown document, as `strata export --format madr` writes its
    /// file: for faces that hand a decision to a reader (an MCP resource, a chat message).
    public func decisionMarkdown(_ id: String) throws(AppError) -> String {
        let ref = try AppError.wrap { try EntityResolver(log: log).resolve(id, as: .decision) }
        let files = MADRExporter.export(ExportedRecords.records(try decisionStates(upTo: nil)))
        let digits = String(ref.number)
        let prefix = String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-"
        guard let file = files.first(where: { $0.relativePath.hasPrefix(prefix) }) else {
            throw AppError(.notFound, "no decision '\(id)'", subject: .entity(id), remedy: .listKnown(.decision))
        }
        return file.contents
    }
}
