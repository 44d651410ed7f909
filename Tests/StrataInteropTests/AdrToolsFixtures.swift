@testable import StrataInterop
import StrataTestSupport

/// adr-tools output reproduced from its documented behaviour: the exact layout `adr new`,
/// `adr new -s` and `adr link` produce with `ADR_DATE=1992-01-12`. The body sentences
/// are this project's own.
enum AdrToolsFixtures {
    /// A record file as adr-tools lays it out; `status` is the Status section body.
    static func file(_ number: Int, _ title: String, status: String = "Accepted", date: String = "1992-01-12") -> String {
        ADRToolsSamples.record(number, title, status: status, date: date)
    }

    /// The record `file(_:_:)` describes, as the importer should read it.
    static func record(_ number: Int, _ title: String, status: ADRStatus = .accepted, links: [ADRLink] = []) -> ADRRecord {
        ADRRecord(
            number: number, title: title, status: status, date: ADRDay(year: 1992, month: 1, day: 12),
            context: "Why \(title.lowercased()) had to be decided.",
            decision: "We go with \(title.lowercased()).",
            consequences: ADRConsequences(text: "Life changes after \(title.lowercased())."),
            links: links, sourcePath: ADRToolsSlug.fileName(number: number, title: title))
    }

    static func link(_ type: ADRLinkType, _ number: Int, _ title: String) -> ADRLink {
        let text = "\(number). \(title)"
        let line = "\(type.adrToolsPhrase) [\(text)](\(ADRToolsSlug.fileName(number: number, title: title)))"
        return ADRLink(type: type, target: .number(number), targetTitle: title, raw: line)
    }

    /// `adr new -s 1 Second Record`.
    static let supersedeOne: [String: String] = [
        "0001-first-record.md": file(1, "First Record", status: "Superceded by [2. Second Record](0002-second-record.md)"),
        "0002-second-record.md": file(2, "Second Record", status: """
            Accepted

            Supercedes [1. First Record](0001-first-record.md)
            """),
    ]



    static let supersedeSeveral = ADRToolsSamples.supersedeSeveral
    static let amendAndClarify = ADRToolsSamples.amendAndClarify

    /// The records of ``amendAndClarify``.
    static let amendAndClarifyRecords: [ADRRecord] = [
        record(1, "First Record", links: [link(.amendedBy, 3, "Third Record")]),
        record(2, "Second Record", links: [link(.custom("Clarified by"), 3, "Third Record")]),
        record(3, "Third Record", links: [
            link(.amends, 1, "First Record"), link(.custom("Clarifies"), 2, "Second Record"),
        ]),
    ]
}
