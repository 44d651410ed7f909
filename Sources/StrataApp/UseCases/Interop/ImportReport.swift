import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// What an import recorded (or, in a dry run, would record): the decisions with their sources,
/// the problems found in the sources, and the notes on what could not be mapped as written.
public struct ImportReport: Codable, Sendable, Equatable {
    public struct Decision: Codable, Sendable, Equatable {
        public var id: String
        public var uuid: String
        public var title: String
        public var status: String
        public var source: String?
        public var sourceNumber: Int?
        public var new: Bool
        /// The record's key in its source when it has no file (a JSON-ADR record).
        public var key: String
        /// For a record an earlier import holds: what its edits recorded (`accepted`, `amended`).
        public var changes: [String]
    }

    public struct Note: Codable, Sendable, Equatable {
        public var file: String
        public var message: String
    }

    public var dryRun: Bool
    public var format: String
    public var new: Int
    public var alreadyPresent: Int
    /// Records an earlier import holds whose files changed: their changes were recorded.
    public var changed: Int
    /// `kept`, `renumbered` or `none`.
    public var numbering: String
    public var events: Int
    /// New decisions first, in source order, then the changed ones, then those already present.
    public var decisions: [Decision]
    public var problems: [ImportProblem]
    public var notes: [Note]

    init(_ report: DecisionImportReport, problems: [ImportProblem], format: ADRFormat) {
        func decision(_ entry: DecisionImportReport.Entry, new: Bool, changes: [String] = []) -> Decision {
            Decision(id: entry.ref.shortID, uuid: entry.ref.id, title: entry.title, status: entry.status.rawValue,
                     source: entry.source.path, sourceNumber: entry.source.number, new: new, key: entry.key, changes: changes)
        }
        dryRun = report.dryRun
        self.format = format.rawValue
        new = report.imported.count
        alreadyPresent = report.alreadyPresent.count
        changed = report.changed.count
        numbering = report.numbering.rawValue
        events = report.eventCount
        decisions = report.imported.map { decision($0, new: true) }
            + report.changed.map { decision($0.entry, new: false, changes: $0.recorded) }
            + report.alreadyPresent.map { decision($0, new: false) }
        self.problems = problems
        notes = report.notes.map { Note(file: $0.path, message: $0.message) }
    }
}

/// What merging another store's events did (or would do).
public struct MergeReport: Codable, Sendable, Equatable {
    public var dryRun: Bool
    public var new: Int
    public var alreadyPresent: Int
    public var lines: Int
    /// Commands this store's rules refused, left out whole; the rest was merged.
    public var refused: [Refusal]
    /// Entities that hold another short id here than in the store they came from.
    public var renumbered: [Renumbering]

    /// A refused command, named by the line of the event that was refused.
    public struct Refusal: Codable, Sendable, Equatable {
        public var line: Int
        public var eventType: String
        public var events: Int
        public var code: String
        public var message: String
    }

    /// `ADR-11` in the source store is `ADR-12` here.
    public struct Renumbering: Codable, Sendable, Equatable {
        public var entityID: String
        public var from: String
        public var to: String
    }

    init(_ report: EventMergeReport) {
        dryRun = report.dryRun
        new = report.appended
        alreadyPresent = report.alreadyPresent
        lines = report.lines
        refused = report.refused.map { Refusal(line: $0.line, eventType: $0.eventType, events: $0.events, code: $0.code, message: $0.message) }
        renumbered = report.renumbered.map {
            Renumbering(entityID: $0.entityID, from: "\($0.kind.shortPrefix)-\($0.from)", to: "\($0.kind.shortPrefix)-\($0.to)")
        }
    }
}
