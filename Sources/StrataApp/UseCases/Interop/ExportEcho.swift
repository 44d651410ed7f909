import Foundation
import Strata
import StrataInterop

/// Recognises a file that is this store's own export of a decision, whatever the format lost.
///
/// An adr-tools file has no place for MADR's options or a decision's structured consequences,
/// so the store's own `export adr-tools` read back never says quite what the decision says.
/// Compared field by field it would look edited, and importing it would amend every decision.
/// Instead each record is compared with what the export writes for the decision holding its
/// number, read back the same way: a record that reads exactly like that is the decision, and
/// stands for its stored content.
enum ExportEcho {
    /// `decisions`, each that reads as the store's export of its number standing for the stored content.
    static func settle(_ decisions: [ImportedDecision], states: [DecisionState]) -> [ImportedDecision] {
        guard !states.isEmpty, decisions.contains(where: { $0.source.number != nil }) else { return decisions }
        let stored = Dictionary(states.map { ($0.ref.number, $0) }) { first, _ in first }
        let records = ExportedRecords.records(states)
        let echoes = [(ADRFormat.adrTools, ADRToolsExporter.export(records)), (.madr, MADRExporter.export(records))].map { format, files in
            reread(files, format: format)
        }
        return decisions.map { decision in
            guard let number = decision.source.number, let state = stored[number] else { return decision }
            let echoed = echoes.contains { echo in
                guard let copy = echo[number] else { return false }
                return copy.content == decision.content && copy.status == decision.status && copy.date == decision.date
            }
            guard echoed else { return decision }
            var settled = decision
            settled.content = state.content
            return settled
        }
    }

    /// The exported files as an import reads them, by number.
    private static func reread(_ files: [ExportedFile], format: ADRFormat) -> [Int: ImportedDecision] {
        let sources = files.map { ADRSourceFile(name: $0.relativePath, data: Data($0.contents.utf8)) }
        let records = ADRImporter().read(files: sources, format: format).records
        let decisions = ImportedRecords.decisions(records, format: format, directory: nil)
        return Dictionary(decisions.compactMap { decision in decision.source.number.map { ($0, decision) } }) { first, _ in first }
    }
}
