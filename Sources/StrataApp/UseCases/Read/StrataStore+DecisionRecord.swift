import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// A decision's whole record at `moment`: content, status timeline, links, chain and effects.
    public func decisionRecord(_ id: String, at moment: Moment = .now) throws(AppError) -> DecisionRecord {
        let record = try query(moment) { try DecisionRecord.build($0, reference: id) }
        guard let record else {
            let when = moment.isNow ? "" : " at that moment"
            throw AppError(.notFound, "no decision '\(id)'\(when)", subject: .entity(id), remedy: .listKnown(.decision))
        }
        return record
    }

    /// A decision's status timeline at `moment`: each change with who, both clocks and why.
    public func decisionHistory(_ id: String, at moment: Moment = .now) throws(AppError) -> DecisionHistory {
        let record = try decisionRecord(id, at: moment)
        return DecisionHistory(id: record.entry.id, title: record.entry.title, timeline: record.timeline, chain: record.supersessionChain)
    }
}

/// A decision's id and title, then its status timeline; the supersession chain when it has one.
public struct DecisionHistory: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var timeline: [DecisionRecord.Step]
    /// Decisions it replaced, itself, then its successors; empty when it is in no chain.
    public var chain: [String]

    public init(id: String, title: String, timeline: [DecisionRecord.Step], chain: [String]) {
        self.id = id
        self.title = title
        self.timeline = timeline
        self.chain = chain
    }
}
