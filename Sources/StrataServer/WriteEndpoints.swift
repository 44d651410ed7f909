import Foundation
import StrataApp

/// The write endpoints: every record and decide use case the CLI has, each change recorded as
/// the calling token (`token:NAME`). A POST answers `201` with what it appended, or `200` with
/// the first attempt's report when its `idempotencyKey` was seen before.
enum WriteEndpoints {
    static let reason = UseCaseArgument("reason", .reason)
    static let requiredReason = UseCaseArgument("reason", .reason, required: true)

    static let all: [Endpoint] = [
        Endpoint(.post, "/v1/contexts", .write, "Define a bounded context", arguments: [
            UseCaseArgument("name", .text, required: true), UseCaseArgument("description", .text),
        ]) { call throws(AppError) in
            try call.store.defineContext(name: try call.arguments.required("name"), description: try call.arguments.string("description") ?? "", try call.recording())
        },
        Endpoint(.post, "/v1/contexts/:id/description", .write, "Describe a context anew", arguments: subject(.context) + [UseCaseArgument("description", .text, required: true)]) { call throws(AppError) in
            try call.store.describeContext(try call.arguments.required("id"), description: try call.arguments.required("description"), try call.recording())
        },
        Endpoint(.post, "/v1/contexts/:id/retirement", .write, "Retire a context", arguments: subject(.context) + [reason]) { call throws(AppError) in
            try call.store.retireContext(try call.arguments.required("id"), reason: try call.arguments.string("reason") ?? "", try call.recording())
        },
        Endpoint(.post, "/v1/contexts/:id/review-policy", .write, "Set the approvals a context's proposals need before acceptance", arguments: subject(.context) + [
            UseCaseArgument("approvals", .approvals), UseCaseArgument("deciders", .people), reason,
        ]) { call throws(AppError) in
            let a = call.arguments
            return try call.store.setReviewPolicy(
                context: try a.required("id"), approvals: try a.integer("approvals") ?? 0, deciders: try a.strings("deciders") ?? [],
                reason: try a.string("reason") ?? "", try call.recording())
        },
        Endpoint(.post, "/v1/workloads", .write, "Add a workload from its profile", arguments: [
            UseCaseArgument("profile", .profile, required: true), UseCaseArgument("context", .context),
        ]) { call throws(AppError) in
            try call.store.addWorkload(
                profile: try call.arguments.object("profile") ?? Data(), source: "profile", context: try call.arguments.string("context"), try call.recording())
        },
        Endpoint(.post, "/v1/workloads/:id/revisions", .write, "Revise a workload's profile", arguments: subject(.workload) + [
            UseCaseArgument("profile", .profile, required: true), reason,
        ]) { call throws(AppError) in
            try call.store.reviseWorkload(
                try call.arguments.required("id"), profile: try call.arguments.object("profile") ?? Data(), source: "profile",
                reason: try call.arguments.string("reason") ?? "", try call.recording())
        },
        Endpoint(.post, "/v1/workloads/:id/retirement", .write, "Retire a workload", arguments: subject(.workload) + [reason]) { call throws(AppError) in
            try call.store.retireWorkload(try call.arguments.required("id"), reason: try call.arguments.string("reason") ?? "", try call.recording())
        },
        Endpoint(.post, "/v1/workloads/:id/advice", .write, "Run the advisor for a workload and keep its answer in the log", arguments: subject(.workload)) { call throws(AppError) in
            let advice = try call.store.advise(workload: try call.arguments.required("id"))
            return try call.store.recordAdviceReport(advice, try call.recording())
        },
        Endpoint(.post, "/v1/measurements", .write, "Record a measurement", arguments: [
            UseCaseArgument("subject", .subject, required: true), UseCaseArgument("metric", .metric, required: true),
            UseCaseArgument("value", .figure, required: true), UseCaseArgument("source", .source, required: true),
            UseCaseArgument("unit", .text), UseCaseArgument("target", .figure), UseCaseArgument("note", .text),
        ]) { call throws(AppError) in
            let a = call.arguments
            return try call.store.measure(StrataStore.MeasurementInput(
                subject: try a.required("subject"), metric: try a.required("metric"), value: try a.number("value") ?? 0, unit: try a.string("unit"),
                source: try a.required("source"), target: try a.number("target"), note: try a.string("note")), try call.recording())
        },
        Endpoint(.post, "/v1/measurements/:id/retraction", .write, "Retract a measurement", arguments: subject(.measurement) + [requiredReason]) { call throws(AppError) in
            try call.store.retractMeasurement(try call.arguments.required("id"), reason: try call.arguments.required("reason"), try call.recording())
        },
        Endpoint(.post, "/v1/decisions", .write, "Propose a decision", arguments: [UseCaseArgument("decision", .decisionContent, required: true)]) { call throws(AppError) in
            try call.store.propose(try content(call), try call.recording())
        },
        Endpoint(.post, "/v1/decisions/:id/amendments", .write, "Amend a decision's content", arguments: subject(.decision) + [
            UseCaseArgument("decision", .decisionContent, required: true), reason,
        ]) { call throws(AppError) in
            try call.store.amend(try call.arguments.required("id"), to: try content(call), reason: try call.arguments.string("reason") ?? "", try call.recording())
        },
        Endpoint(.post, "/v1/decisions/:id/reviews", .write, "Approve a proposal or ask for changes, as the calling token", arguments: subject(.decision) + [
            UseCaseArgument("verdict", .verdict, required: true), UseCaseArgument("comment", .text),
        ]) { call throws(AppError) in
            let a = call.arguments
            let verdict = try a.required("verdict")
            guard let parsed = ReviewVerdict(rawValue: verdict) else {
                throw AppError(.invalidInput, "verdict '\(verdict)' is not approved or changes-requested", subject: .field(.verdict))
            }
            return try call.store.review(try a.required("id"), parsed, comment: try a.string("comment") ?? "", try call.recording())
        },
        Endpoint(.post, "/v1/decisions/:id/acceptance", .write, "Accept a proposed decision", arguments: subject(.decision) + [reason]) { call throws(AppError) in
            try call.store.accept(try call.arguments.required("id"), reason: try call.arguments.string("reason") ?? "", try call.recording())
        },
        Endpoint(.post, "/v1/decisions/:id/rejection", .write, "Reject a proposed decision", arguments: subject(.decision) + [requiredReason]) { call throws(AppError) in
            try call.store.reject(try call.arguments.required("id"), reason: try call.arguments.required("reason"), try call.recording())
        },
        Endpoint(.post, "/v1/decisions/:id/supersession", .write, "Supersede an accepted decision", arguments: subject(.decision) + [
            UseCaseArgument("by", .decisions, required: true), requiredReason,
        ]) { call throws(AppError) in
            try call.store.supersede(
                try call.arguments.required("id"), by: try call.arguments.strings("by") ?? [], reason: try call.arguments.required("reason"), try call.recording())
        },
        Endpoint(.post, "/v1/decisions/:id/deprecation", .write, "Deprecate an accepted decision", arguments: subject(.decision) + [requiredReason]) { call throws(AppError) in
            try call.store.deprecate(try call.arguments.required("id"), reason: try call.arguments.required("reason"), try call.recording())
        },
        Endpoint(.post, "/v1/decisions/:id/links", .write, "Link a decision to another", arguments: subject(.decision) + [
            UseCaseArgument("type", .linkType, required: true), UseCaseArgument("to", .decision, required: true), UseCaseArgument("note", .text),
        ]) { call throws(AppError) in
            let a = call.arguments
            return try call.store.link(try a.required("id"), type: try a.required("type"), to: try a.required("to"), note: try a.string("note"), try call.recording())
        },
    ]

    /// The `id` path parameter of a write about one entity, with the version the caller last saw.
    static func subject(_ type: ArgumentType) -> [UseCaseArgument] {
        [UseCaseArgument("id", type, required: true), .expectedVersion]
    }

    static func content(_ call: EndpointCall) throws(AppError) -> DecisionContent {
        try ProposalDocument.read(try call.arguments.object("decision") ?? Data(), name: "decision")
    }
}
