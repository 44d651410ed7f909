import Foundation
import Strata
import StrataJSON
import StrataProfile

// The argument types of the use cases, each described once. Choices come from the domain's
// enums, the profile's schema from the validator's own table.
extension ArgumentType {
    /// A system-time cut, as ``StrataStore/cut(_:field:)`` parses it.
    public static let asOf = ArgumentType(
        noun: "a moment", description: "What the log knew then: a date (the whole day, UTC), a date-time, @POSITION, or ADR-N (right after that decision was accepted). Omit for now.",
        shape: .string)
    /// A valid-time instant, as ``MomentParser`` parses it.
    public static let validAt = ArgumentType(
        noun: "a date", description: "The architecture in effect then: a date or date-time; only facts effective at or before it count. Omit for now.",
        shape: .string)
    /// Valid time for a recorded fact.
    public static let effective = ArgumentType(
        noun: "a date", description: "When the fact took effect (valid time), a date or date-time, to record history; omit for now.", shape: .string)
    public static let decision = ArgumentType(noun: "a decision id", description: "A decision: ADR-N or its UUID.", shape: .string)
    public static let workload = ArgumentType(noun: "a workload id", description: "A recorded workload: W-N or its UUID.", shape: .string)
    public static let context = ArgumentType(noun: "a context", description: "A bounded context: C-N, its UUID or its name.", shape: .string)
    public static let subject = ArgumentType(
        noun: "a workload or store id", description: "What was measured: a workload W-N or a store S-N (or a UUID).", shape: .string)
    public static let measurement = ArgumentType(noun: "a measurement id", description: "A measurement: M-N or its UUID.", shape: .string)
    public static let rule = ArgumentType(noun: "a rule id", description: "An advisor rule's id, as advice and the rule catalogue name it.", shape: .string)
    public static let profile = ArgumentType(
        noun: "a workload profile",
        description: "A workload profile object (the workload profile schema): only name and accessPatterns are required; every gap is reported as an assumption.",
        shape: .object, objectSchema: ProfileJSONSchema.value)
    public static let decisionContent = ArgumentType(
        noun: "a decision document",
        description: """
            A decision as JSON: title (required), problem, drivers, options [{name, description, pros, cons}], chosenOption, \
            rationale, consequences {good, bad}, deciders, consulted, informed, tags, links [{type, decision, note}], context (C-N or name), \
            and effects applied on acceptance, e.g. {"adoptStore": {"technology": "postgresql", "name": "main-db", "context": "C-1", \
            "role": "primary", "workloads": ["W-1"], "justifications": [{"measuredBottleneck": {"measurements": ["M-1"]}}]}}, \
            {"retireStore": {"store": "S-1"}}, {"moveWorkload": {"workload": "W-1", "from": "S-1", "to": "S-2"}}; a technology \
            outside the catalogue is "other:NAME" with a "category" beside it, e.g. "technology": "other:FoundationDB", "category": "key-value".
            """,
        shape: .object)
    public static let metric = ArgumentType(
        noun: "a metric", description: "The metric measured, from the vocabulary.", shape: .choice(Metric.allCases.map(\.rawValue)))
    public static let source = ArgumentType(
        noun: "a source", description: "Where the figure came from.", shape: .choice(MeasurementSource.allCases.map(\.rawValue)))
    public static let status = ArgumentType(
        noun: "a status", description: "A decision status.", shape: .choice(DecisionStatus.allCases.map(\.rawValue)))
    public static let linkType = ArgumentType(
        noun: "a link type", description: "supersedes, amends, relates-to, or a kebab-case label of the team's own.", shape: .string)
    public static let technology = ArgumentType(
        noun: "a technology", description: "A technology id, e.g. postgresql or redis.", shape: .string)
    public static let reason = ArgumentType(noun: "a reason", description: "Why, in a sentence; kept in the log with the change.", shape: .string)
    public static let text = ArgumentType(noun: "text", description: "Free text.", shape: .string)
    public static let figure = ArgumentType(noun: "a number", description: "A figure in the metric's unit.", shape: .number)
    public static let directory = ArgumentType(
        noun: "a directory", description: "A directory on the server's machine, absolute or relative to where it was started.", shape: .string)
    public static let idempotencyKey = ArgumentType(
        noun: "a UUID",
        description: "Your own UUID for this call, stored as the command id of every event it appends; retrying with the same key reports the first call's events instead of recording twice.",
        shape: .string)
    public static let expectedVersion = ArgumentType(
        noun: "a version",
        description: "The subject's version you last saw (a write's result names it); refused as a version-conflict if someone changed it since.",
        shape: .integer)
    public static let decisions = ArgumentType(noun: "decision ids", description: "Decisions: ADR-N or UUIDs.", shape: .strings)
    public static let verdict = ArgumentType(
        noun: "a verdict", description: "approved, or changes-requested (which needs a comment).", shape: .choice(ReviewVerdict.allCases.map(\.rawValue)))
    public static let approvals = ArgumentType(
        noun: "a count", description: "Distinct approvals a proposal needs (0 to 20; 0 with no deciders lifts the policy).", shape: .integer)
    public static let people = ArgumentType(noun: "names", description: "People, as their actor names.", shape: .strings)
    public static let searchQuery = ArgumentType(
        noun: "a search",
        description: "Words to find, all of them, stemmed; word* for a prefix, a OR b for either, -word to exclude, a quoted phrase.",
        shape: .string)
    public static let hitLimit = ArgumentType(noun: "a count", description: "At most this many results (1 to 1000, default 20).", shape: .integer)
}
