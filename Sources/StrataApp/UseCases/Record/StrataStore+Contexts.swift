import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// Defines a bounded context (`context.defined`); its name is unique among active contexts.
    public func defineContext(name: String, description: String = "", _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try ContextService(log: log).define(name: name, description: description, $0) }
    }

    /// Replaces a context's description (`context.described`).
    public func describeContext(_ id: String, description: String, _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try ContextService(log: log).describe(id, description: description, $0) }
    }

    /// Retires a context (`context.retired`); refused while it owns active workloads or stores.
    public func retireContext(_ id: String, reason: String = "", _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try ContextService(log: log).retire(id, reason: reason, $0) }
    }
}
