import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections
import StrataJSON

/// Turns records read by StrataInterop into the format-neutral input of ``DecisionImportService``.
///
/// Fields Strata's decisions have no place for travel in ``DecisionExtras``, so an export
/// writes them back. Nygard's free `## Decision` text becomes the rationale when the record
/// names no chosen option (as `strata propose --file` reads it).
enum ImportedRecords {
    /// The records in the service's shape; `directory` is where Markdown sources are read for
    /// their fingerprints (nil for a JSON-ADR document); `document` names a JSON-ADR file whose
    /// records have no `path`.
    static func decisions(
        _ records: [ADRRecord], format: ADRFormat, directory: URL?, document: String? = nil, collection: String? = nil
    ) -> [ImportedDecision] {
        records.enumerated().map { index, record in
            ImportedDecision(
                key: key(record) ?? "record-\(index + 1)", content: content(record), status: status(record.status),
                date: record.date.flatMap { Timestamp(parsing: $0.description) },
                links: record.links.map { ImportedLink(type: linkType($0.type), target: key($0.target)) },
                source: DecisionSource(
                    format: format.rawValue, collection: collection, path: record.sourcePath ?? document, number: record.number,
                    fingerprint: fingerprint(record, directory: directory)))
        }
    }

    /// How links name a record: the same reference StrataInterop resolves link targets to.
    static func key(_ record: ADRRecord) -> String? { record.reference.map(key) }

    static func key(_ target: ADRLinkTarget) -> String {
        switch target {
        case .number(let number): "#\(number)"
        case .file(let name): name
        }
    }

    /// A Markdown record is recognised by its file's bytes and path; a JSON-ADR record by its fields.
    private static func fingerprint(_ record: ADRRecord, directory: URL?) -> String? {
        if let directory, let path = record.sourcePath,
           let bytes = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path) {
            return ImportID.fingerprint(Array(path.utf8) + [0] + Array(bytes))
        }
        return (try? JSONCodec.encode(record, .escapedSlashes)).map { ImportID.fingerprint(Array($0)) }
    }

    static func status(_ status: ADRStatus) -> DecisionStatus {
        switch status {
        case .proposed, .unknown: .proposed
        case .accepted: .accepted
        case .rejected: .rejected
        case .superseded: .superseded
        case .deprecated: .deprecated
        }
    }

    /// `superseded-by`, `amends`, or a custom phrase in kebab case (`Clarified by` → `clarified-by`).
    static func linkType(_ type: ADRLinkType) -> String {
        switch type {
        case .supersedes: DecisionLink.supersedes
        case .supersededBy: ImportedLink.supersededBy
        case .amends: DecisionLink.amends
        case .amendedBy: ImportedLink.amendedBy
        case .relatesTo: DecisionLink.relatesTo
        case .custom(let text):
            text.lowercased().unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
                .map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
        }
    }

    static func content(_ record: ADRRecord) -> DecisionContent {
        let decisionIsRationale = record.chosenOption == nil && record.rationale.isEmpty
        let neutral = Dictionary(record.options.filter { !$0.neutral.isEmpty }.map { ($0.name, $0.neutral) }) { first, _ in first }
        let extras = DecisionExtras(
            decisionText: decisionIsRationale ? nil : text(record.decision),
            consequencesText: text(record.consequences.text),
            neutralConsequences: record.consequences.neutral.isEmpty ? nil : record.consequences.neutral,
            neutralArguments: neutral.isEmpty ? nil : neutral,
            confirmation: text(record.confirmation), moreInformation: text(record.moreInformation),
            statusDetail: text(record.statusDetail),
            statusText: { if case .unknown(let raw) = record.status { return raw } else { return nil } }(),
            dateText: record.date == nil ? (record.dateText ?? "") : nil,
            sections: record.extraSections.isEmpty ? nil : record.extraSections.map { DecisionSection(name: $0.name, body: $0.body) },
            metadata: record.otherMetadata.isEmpty ? nil : record.otherMetadata)
        return DecisionContent(
            title: record.title, problem: record.context, drivers: record.decisionDrivers,
            options: record.options.map {
                DecisionOption(name: $0.name, description: text($0.description), pros: $0.pros, cons: $0.cons)
            },
            chosenOption: record.chosenOption, rationale: decisionIsRationale ? record.decision : record.rationale,
            consequences: Consequences(good: record.consequences.good, bad: record.consequences.bad),
            deciders: record.deciders, consulted: record.consulted, informed: record.informed, tags: record.tags,
            extras: extras.isEmpty ? nil : extras)
    }

    private static func text(_ value: String) -> String? { value.isEmpty ? nil : value }
}
