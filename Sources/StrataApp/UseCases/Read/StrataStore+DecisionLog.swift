import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// Which decisions to list, as a face receives the filters; every given field narrows.
    public struct DecisionLogQuery: Sendable, Equatable {
        public var status: String?
        /// A context's id (`C-N`) or name.
        public var context: String?
        public var technology: String?
        public var tag: String?
        public var decider: String?
        /// Only decisions whose status took effect on or after this date (from its first instant).
        public var from: String?
        /// Only decisions whose status took effect on or before this date (the whole day).
        public var to: String?
        /// Only decisions whose id, title, tags or technologies contain this text (case ignored):
        /// a search for faces where the caller knows a word, not a filter value.
        public var text: String?

        public init(status: String? = nil, context: String? = nil, technology: String? = nil, tag: String? = nil,
                    decider: String? = nil, from: String? = nil, to: String? = nil, text: String? = nil) {
            self.status = status; self.context = context; self.technology = technology.map(Technology.canonicalID); self.tag = tag
            self.decider = decider; self.from = from; self.to = to; self.text = text
        }
    }

    /// Every decision at `moment` with status, dates and links both ways, narrowed by `query`.
    ///
    /// A filter value nothing known answers to (a misspelt technology, a tag nobody used, a
    /// context that does not exist) is an ``AppError/Code/unknownFilterValue`` naming the nearest
    /// known ones; known values that select no decision give an empty log.
    public func decisionLog(at moment: Moment = .now, _ query: DecisionLogQuery = DecisionLogQuery()) throws(AppError) -> DecisionLog {
        try FilterValue.check(query.status, field: .status, noun: "status", known: DecisionStatus.allCases.map(\.rawValue))
        let filter = DecisionLog.Filter(
            status: query.status, context: query.context, technology: query.technology, tag: query.tag, decider: query.decider,
            from: try query.from.map { text throws(AppError) in try MomentParser.start(text, field: .from) },
            to: try query.to.map { text throws(AppError) in try MomentParser.instant(text, field: .to) })
        return try self.query(moment) { view in
            try Self.checkFilters(query, view.reader)
            var log = try DecisionLog.build(view, filter: filter)
            if let text = query.text?.lowercased(), !text.isEmpty {
                log.decisions = log.decisions.filter { entry in
                    ([entry.id, entry.title] + entry.tags + entry.technologies).contains { $0.lowercased().contains(text) }
                }
            }
            return log
        }
    }

    private static func checkFilters(_ query: DecisionLogQuery, _ reader: ReadModelReader) throws {
        if query.context != nil { try ReadIndex(reader).checkContext(query.context) }
        guard query.technology != nil || query.tag != nil || query.decider != nil else { return }
        let facets = try reader.facets().values
        func used(_ names: String...) -> [String] {
            Set(facets.flatMap { facet in names.flatMap { facet[$0] ?? [] } }).sorted()
        }
        try FilterValue.check(
            query.technology, field: .technology, noun: "technology",
            known: Technology.allCases.map(\.rawValue) + used("technology", "store-technology"))
        try FilterValue.check(query.tag, field: .tag, noun: "tag", known: used("tag"))
        try FilterValue.check(query.decider, field: .decider, noun: "decider", known: used("named-decider", "decider"))
    }
}
