import Strata

/// Format-neutral records as the CLI hands them to ``DecisionImportService``.
enum ImportSamples {
    static let day = Timestamp(parsing: "1992-01-12")

    static func record(
        _ number: Int?, _ title: String, status: DecisionStatus = .accepted, links: [ImportedLink] = [],
        date: Timestamp? = day, key: String? = nil
    ) -> ImportedDecision {
        let key = key ?? number.map { "#\($0)" } ?? title
        return ImportedDecision(
            key: key, content: DecisionContent(title: title, problem: "Why \(title)", rationale: "We go with \(title)"),
            status: status, date: date, links: links,
            source: DecisionSource(format: "adr-tools", path: "\(key).md", number: number))
    }

    /// `adr new -s 1 Second Record`, then `adr link 3 Amends 2 "Amended by"`, both ends written.
    static let collection: [ImportedDecision] = [
        record(1, "First Record", status: .superseded, links: [ImportedLink(type: "superseded-by", target: "#2")]),
        record(2, "Second Record", links: [
            ImportedLink(type: "supersedes", target: "#1"), ImportedLink(type: "amended-by", target: "#3"),
        ]),
        record(3, "Third Record", links: [
            ImportedLink(type: "amends", target: "#2"), ImportedLink(type: "clarifies", target: "#1"),
        ]),
    ]
}

extension DomainFixture {
    var importer: DecisionImportService { DecisionImportService(log: log) }

    /// Every decision, folded, by short id.
    func decisionsByShortID() throws -> [String: DecisionState] {
        var streams: [String: [RecordedEvent]] = [:]
        try log.read(EventQuery(category: "decision")) { streams[$0.streamID, default: []].append($0) }
        let states = try streams.values.compactMap { try DecisionState.fold($0)?.state }
        return Dictionary(states.map { ($0.ref.shortID, $0) }) { first, _ in first }
    }
}
