import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// Proposes a decision (`decision.proposed`); its effects are checked now and applied on acceptance.
    public func propose(_ content: DecisionContent, _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try DecisionService(log: log).propose(content, $0) }
    }

    /// Accepts a proposed decision, recording its effects in the same transaction.
    public func accept(_ id: String, reason: String = "", _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try DecisionService(log: log).accept(id, reason: reason, $0) }
    }

    /// Rejects a proposed decision; a reason is required.
    public func reject(_ id: String, reason: String, _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try DecisionService(log: log).reject(id, reason: reason, $0) }
    }

    /// Supersedes an accepted decision by accepted successors; a reason is required.
    public func supersede(_ id: String, by successors: [String], reason: String, _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try DecisionService(log: log).supersede(id, by: successors, reason: reason, $0) }
    }

    /// Deprecates an accepted decision; a reason is required.
    public func deprecate(_ id: String, reason: String, _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try DecisionService(log: log).deprecate(id, reason: reason, $0) }
    }

    /// Replaces a decision's content (`decision.amended`); once decided, only some parts may change.
    public func amend(_ id: String, to content: DecisionContent, reason: String = "", _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try DecisionService(log: log).amend(id, to: content, reason: reason, $0) }
    }

    /// Links one decision to another with a typed link (`decision.linked`).
    public func link(_ id: String, type: String, to target: String, note: String? = nil, _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try DecisionService(log: log).link(id, type: type, to: target, note: note, $0) }
    }

    /// A decision's current content, the base an amendment starts from.
    public func decisionContent(_ id: String) throws(AppError) -> DecisionContent {
        try AppError.wrap { try DecisionService(log: log).state(of: id).state.content }
    }
}
