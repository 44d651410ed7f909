import Foundation
import StrataApp

/// The advice tools' one input: a recorded workload or a profile given inline, never both.
enum AdviceInput {
    static let arguments = [
        UseCaseArgument("workload", .workload, note: "Its context's stores count as existing stores, its measured bottlenecks as evidence."),
        UseCaseArgument("profile", .profile),
    ]

    /// The advisor's answer for whichever input the call gave.
    static func advise(_ call: ToolCall) throws(AppError) -> AdviceResult {
        let workload = try call.arguments.string("workload")
        let profile = try call.arguments.object("profile")
        switch (workload, profile) {
        case (let id?, nil): return try call.store.advise(workload: id, at: try call.moment())
        case (nil, let json?): return try StrataStore.advise(profile: json, source: "profile")
        default:
            throw AppError(
                .invalidInput, "give exactly one of 'workload' (a recorded W-N) or 'profile' (a workload profile object)",
                subject: .field(.workload), remedy: .provide(.workload))
        }
    }
}
