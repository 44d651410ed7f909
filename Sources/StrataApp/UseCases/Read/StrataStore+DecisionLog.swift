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

        public init(status: String? = nil, context: String? = nil, technology: String? = nil, tag: String? = nil,
                    decider: String? = nil, from: String? = nil, to: String? = nil) {
            self.status = status; self.context = context; self.technology = technology; self.tag = tag
            self.decider = decider; self.from = from; self.to = to
        }
    }

    /// Every decision at `moment` with status, dates and links both ways, narrowed by `query`.
    public func decisionLog(at moment: Moment = .now, _ query: DecisionLogQuery = DecisionLogQuery()) throws(AppError) -> DecisionLog {
        if let status = query.status, DecisionStatus(rawValue: status.lowercased()) == nil {
            throw AppError(
                .unknownValue, "'\(status)' is not a status; expected proposed, accepted, rejected, superseded or deprecated",
                subject: .field(.status))
        }
        let filter = DecisionLog.Filter(
            status: query.status, context: query.context, technology: query.technology, tag: query.tag, decider: query.decider,
            from: try query.from.map { text throws(AppError) in try MomentParser.start(text, field: .from) },
            to: try query.to.map { text throws(AppError) in try MomentParser.instant(text, field: .to) })
        return try self.query(moment) { try DecisionLog.build($0, filter: filter) }
    }
}
