import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// What a rebuild refolded, and how long it took.
public struct RebuildReport: Codable, Sendable, Equatable {
    public struct Projection: Codable, Sendable, Equatable {
        public var projection: String
        public var events: Int
        public var position: Int64
    }

    public var rebuilt: [Projection]
    public var seconds: Double
}

extension StrataStore {
    /// Drops every read model and folds it again from the log, in one transaction and one pass.
    public func rebuild() throws(AppError) -> RebuildReport {
        let started = Date()
        let progress = try AppError.wrap { try ProjectionRunner(Self.inlineProjections).rebuild(log) }
        return RebuildReport(
            rebuilt: progress.map { RebuildReport.Projection(projection: $0.projection, events: $0.eventsApplied, position: $0.position) },
            seconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000)
    }
}
