import Strata
import StrataAdvisor
import StrataProfile

/// Every decision with its status, dates, people, tags, technologies and typed links in both
/// directions: what `strata log` lists and filters.
public struct DecisionLog: Codable, Sendable, Equatable {
    public struct Link: Codable, Sendable, Hashable {
        public var type: LinkType
        public var target: String
        public var direction: LinkDirection
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var uuid: String
        public var title: String
        public var status: DecisionStatus
        /// When the current status took effect.
        public var effectiveAt: String
        public var proposedAt: String
        public var acceptedAt: String?
        public var context: String?
        public var tags: [String]
        public var deciders: [String]
        /// Catalogue ids, or `other:NAME` for technologies outside the catalogue.
        public var technologies: [String]
        public var links: [Link]
    }

    /// Which decisions to list; every field narrows, nil fields do not.
    public struct Filter: Sendable, Equatable {
        public var status: String?
        public var context: String?
        public var technology: String?
        public var tag: String?
        public var decider: String?
        public var from: Timestamp?
        public var to: Timestamp?

        public init(status: String? = nil, context: String? = nil, technology: String? = nil, tag: String? = nil,
                    decider: String? = nil, from: Timestamp? = nil, to: Timestamp? = nil) {
            self.status = status; self.context = context; self.technology = technology; self.tag = tag
            self.decider = decider; self.from = from; self.to = to
        }
    }

    public var position: Int64
    public var decisions: [Entry]

    public static func build(_ view: ReadModelView, filter: Filter = Filter()) throws -> DecisionLog {
        let reader = view.reader
        let rows = try reader.decisions(content: false)
        let shortIDs = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.shortID) })
        let contexts = Dictionary(uniqueKeysWithValues: try reader.contexts().map { ($0.id, $0) })
        let facets = try reader.facets()
        let links = try reader.links()
        let linksFrom = Dictionary(grouping: links, by: \.decisionID)
        let linksTo = Dictionary(grouping: links, by: \.targetID)
        let entries = try rows.map { row -> Entry in
            let own = facets[row.id] ?? [:]
            let outgoing = (linksFrom[row.id] ?? [])
                .map { Link(type: LinkType($0.type), target: shortIDs[$0.targetID] ?? $0.targetID, direction: .outgoing) }
            let incoming = (linksTo[row.id] ?? [])
                .map { Link(type: LinkType($0.type).inverse, target: shortIDs[$0.decisionID] ?? $0.decisionID, direction: .incoming) }
            return Entry(
                id: row.shortID, uuid: row.id, title: row.title,
                status: try StoredValue.decode(row.status, as: DecisionStatus.self, column: "rm_decisions.status"), effectiveAt: row.statusAt.iso8601,
                proposedAt: row.proposedAt.iso8601, acceptedAt: row.acceptedAt?.iso8601,
                context: row.contextID.flatMap { contexts[$0]?.shortID },
                tags: (own["tag"] ?? []).sorted(), deciders: (own["named-decider"] ?? []).union(own["decider"] ?? []).sorted(),
                technologies: try (own["technology"] ?? []).union(own["store-technology"] ?? []).sorted()
                    .map { try Self.technology($0) },
                links: outgoing + incoming)
        }
        let contextNames = Dictionary(uniqueKeysWithValues: contexts.values.map { ($0.shortID, $0.name.lowercased()) })
        let rowsByID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        return DecisionLog(position: view.position, decisions: entries.filter { entry in
            matches(entry, rowsByID[entry.uuid], filter, contextNames)
        })
    }

    private static func matches(_ entry: Entry, _ row: DecisionRow?, _ filter: Filter, _ contextNames: [String: String]) -> Bool {
        if let status = filter.status, entry.status.rawValue != status.lowercased() { return false }
        if let context = filter.context?.lowercased() {
            guard let id = entry.context, id.lowercased() == context || contextNames[id] == context else { return false }
        }
        if let technology = filter.technology?.lowercased(), !entry.technologies.contains(where: { $0.lowercased() == technology }) { return false }
        if let tag = filter.tag?.lowercased(), !entry.tags.contains(where: { $0.lowercased() == tag }) { return false }
        if let decider = filter.decider?.lowercased(), !entry.deciders.contains(where: { $0.lowercased() == decider }) { return false }
        let date = row?.statusAt ?? Timestamp(microseconds: 0)
        if let from = filter.from, date < from { return false }
        if let to = filter.to, date > to { return false }
        return true
    }

    /// A technology facet: a catalogue id, or `other:NAME` (whose category its store row keeps).
    private static func technology(_ raw: String) throws -> String {
        if StoreTechnology.isOther(raw), raw.count > StoreTechnology.otherPrefix.count { return raw }
        return try StoredValue.decode(raw, as: Technology.self, column: "rm_decision_facets.value").rawValue
    }
}
