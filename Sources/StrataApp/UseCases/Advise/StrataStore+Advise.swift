import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// Ranks technologies for a profile given as JSON; no store is needed.
    public static func advise(profile json: Data, source: String) throws(AppError) -> AdviceResult {
        let profile = try parseProfile(json, source: source)
        return AdviceResult(advice: Advisor.advise(profile, context: AdvisoryContext()), workload: nil, nextSteps: [])
    }

    /// Ranks technologies for a recorded workload at `moment`: its context's stores count as
    /// existing stores, its latest measured bottlenecks as evidence, and the next scaling steps
    /// of the stores serving it are named.
    public func advise(workload id: String, at moment: Moment = .now) throws(AppError) -> AdviceResult {
        let recorded = try recordedWorkload(id, at: moment)
        return AdviceResult(
            advice: Advisor.advise(recorded.profile, context: recorded.context), workload: recorded.reference, nextSteps: recorded.nextSteps)
    }

    /// Keeps `result` in the log (`advice.recorded`), so the audit shows what was advised beside
    /// what was decided; returns the position it was recorded at.
    public func recordAdvice(_ result: AdviceResult, _ recording: Recording) throws(AppError) -> Int64 {
        try recordAdviceReport(result, recording).events.last?.position ?? 0
    }

    /// Keeps `result` in the log like ``recordAdvice(_:_:)`` and reports the events appended;
    /// a retry with the same idempotency key reports the first attempt's events instead.
    public func recordAdviceReport(_ result: AdviceResult, _ recording: Recording) throws(AppError) -> ChangeReport {
        let command = try recording.command()
        if let key = command.idempotencyKey, let earlier = try replay(key) { return earlier }
        let appended = try AppError.wrap {
            try AdviceService(log: log).record(
                adviceJSON: result.advice.jsonString(pretty: false), workloadName: result.advice.workload,
                topTechnology: result.advice.recommendations.first?.technology.rawValue ?? "", workload: result.workload,
                command)
        }
        return ChangeReport(advice: appended)
    }

    /// The advisor's review of the whole architecture at `moment`: fits, scaling steps due, anti-patterns.
    public func review(at moment: Moment = .now) throws(AppError) -> ArchitectureAdviceReport {
        try query(moment) { try ArchitectureAdviceReport.build($0) }
    }

    /// Whether `text` reads as a recorded workload's id (`W-N` or a UUID) rather than a file.
    public static func looksLikeWorkloadID(_ text: String) -> Bool {
        // By hand: compiling a regular expression cost a tenth of the command.
        let digits = text.utf8.dropFirst(2)
        let shortID = text.utf8.count > 2 && text.uppercased().hasPrefix("W-")
            && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return shortID || EventID.isValid(text)
    }
}
