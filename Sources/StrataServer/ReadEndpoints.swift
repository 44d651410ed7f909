import Foundation
import StrataApp

/// The read endpoints: each runs one read use case at the moment `asOf`/`validAt` name.
enum ReadEndpoints {
    static let includeRetired = UseCaseArgument(
        "includeRetired", .init(noun: "a boolean", description: "Also show retired stores and contexts.", shape: .boolean))
    static let decisionStatus = UseCaseArgument("status", .status)
    /// Contexts, workloads and stores are active or retired; the use case checks the spelling.
    static let statusFilter = UseCaseArgument("status", .init(noun: "a status", description: "active or retired.", shape: .string))
    static let storeID = ArgumentType(noun: "a store id", description: "A store: S-N or its UUID.", shape: .string)
    static let contextFilter = UseCaseArgument("context", .context)

    static let all: [Endpoint] = [
        Endpoint(.get, "/v1/overview", .read, "Where the log's head is, what it holds, which proposals wait", arguments: UseCaseArgument.moment) { call throws(AppError) in
            try call.store.overview(at: try call.moment())
        },
        Endpoint(.get, "/v1/architecture", .read, "Contexts, their stores and workloads, and the decisions behind each", arguments: UseCaseArgument.moment + [includeRetired]) { call throws(AppError) in
            try call.store.architecture(at: try call.moment(), includeRetired: try call.arguments.bool("includeRetired") ?? false)
        },
        Endpoint(.get, "/v1/decisions", .read, "The decision log, filtered", arguments: UseCaseArgument.moment + [
            UseCaseArgument("text", .text), decisionStatus, contextFilter, UseCaseArgument("technology", .technology),
            UseCaseArgument("tag", .text), UseCaseArgument("decider", .text),
            UseCaseArgument("from", .validAt), UseCaseArgument("to", .validAt),
        ]) { call throws(AppError) in
            let a = call.arguments
            return try call.store.decisionLog(at: try call.moment(), StrataStore.DecisionLogQuery(
                status: try a.string("status"), context: try a.string("context"), technology: try a.string("technology"),
                tag: try a.string("tag"), decider: try a.string("decider"), from: try a.string("from"), to: try a.string("to"),
                text: try a.string("text")))
        },
        Endpoint(.get, "/v1/decisions/:id", .read, "A decision's whole record", arguments: identified(.decision)) { call throws(AppError) in
            try call.store.decisionRecord(try call.arguments.required("id"), at: try call.moment())
        },
        Endpoint(.get, "/v1/decisions/:id/history", .read, "A decision's status timeline", arguments: identified(.decision)) { call throws(AppError) in
            try call.store.decisionHistory(try call.arguments.required("id"), at: try call.moment())
        },
        Endpoint(.get, "/v1/search", .read, "Full-text search of decisions, ranked, with the passages that matched", arguments: [
            UseCaseArgument("q", .searchQuery, required: true), UseCaseArgument("asOf", .asOf), decisionStatus, UseCaseArgument("limit", .hitLimit),
        ]) { call throws(AppError) in
            let a = call.arguments
            return try call.store.search(
                try a.required("q"), at: try call.store.moment(asOf: try a.string("asOf"), validAt: nil), status: try a.string("status"),
                limit: try a.integer("limit") ?? 20)
        },
        Endpoint(.get, "/v1/decisions/:id/review", .read, "Where a proposal stands against its context's review policy", arguments: [
            UseCaseArgument("id", .decision, required: true),
        ]) { call throws(AppError) in
            try call.store.reviewStatus(try call.arguments.required("id"))
        },
        Endpoint(.get, "/v1/reviews", .read, "Every proposal with its review standing", arguments: []) { call throws(AppError) in
            try call.store.proposalReviews()
        },
        Endpoint(.get, "/v1/reviews/waiting", .read, "The proposals waiting on the calling token's review", arguments: []) { call throws(AppError) in
            try call.store.waitingReviews(for: call.token.actor)
        },
        Endpoint(.get, "/v1/audit", .read, "The justification audit: one verdict per store", arguments: UseCaseArgument.moment) { call throws(AppError) in
            try call.store.audit(at: try call.moment())
        },
        Endpoint(.get, "/v1/review", .read, "The advisor's review of the whole architecture", arguments: UseCaseArgument.moment) { call throws(AppError) in
            try call.store.review(at: try call.moment())
        },
        Endpoint(.get, "/v1/measurements", .read, "Measurements, filtered", arguments: UseCaseArgument.moment + [
            UseCaseArgument("subject", .subject), UseCaseArgument("metric", .metric),
        ]) { call throws(AppError) in
            try call.store.listMeasurements(at: try call.moment(), .init(subject: try call.arguments.string("subject"), metric: try call.arguments.string("metric")))
        },
        Endpoint(.get, "/v1/measurements/:id", .read, "One measurement", arguments: identified(.measurement)) { call throws(AppError) in
            try call.store.measurementDetail(try call.arguments.required("id"), at: try call.moment())
        },
        Endpoint(.get, "/v1/timeline", .read, "Figures over time per subject, bottlenecks marked", arguments: UseCaseArgument.moment + [UseCaseArgument("subject", .subject)]) { call throws(AppError) in
            try call.store.measurements(of: try call.arguments.string("subject"), at: try call.moment())
        },
        Endpoint(.get, "/v1/contexts", .read, "Bounded contexts", arguments: UseCaseArgument.moment + [statusFilter]) { call throws(AppError) in
            try call.store.listContexts(at: try call.moment(), .init(status: try call.arguments.string("status")))
        },
        Endpoint(.get, "/v1/contexts/:id", .read, "One bounded context", arguments: identified(.context)) { call throws(AppError) in
            try call.store.contextDetail(try call.arguments.required("id"), at: try call.moment())
        },
        Endpoint(.get, "/v1/workloads", .read, "Workloads", arguments: UseCaseArgument.moment + [contextFilter, statusFilter]) { call throws(AppError) in
            try call.store.listWorkloads(at: try call.moment(), .init(context: try call.arguments.string("context"), status: try call.arguments.string("status")))
        },
        Endpoint(.get, "/v1/workloads/:id", .read, "One workload", arguments: identified(.workload)) { call throws(AppError) in
            try call.store.workloadDetail(try call.arguments.required("id"), at: try call.moment())
        },
        Endpoint(.get, "/v1/workloads/:id/advice", .read, "The advisor's ranking for a recorded workload", arguments: identified(.workload)) { call throws(AppError) in
            try call.store.advise(workload: try call.arguments.required("id"), at: try call.moment())
        },
        Endpoint(.get, "/v1/diff", .read, "What changed between two moments", arguments: [
            UseCaseArgument("from", .asOf, required: true, note: "The earlier moment."), UseCaseArgument("to", .asOf, note: "The later moment; omit for now."),
            UseCaseArgument("validTime", .init(noun: "a boolean", description: "Read both moments as valid time instead of system time.", shape: .boolean)),
        ]) { call throws(AppError) in
            try call.store.diff(from: try call.arguments.required("from"), to: try call.arguments.string("to"), validTime: try call.arguments.bool("validTime") ?? false)
        },
        // Reads that take a document: POST for the body, but they record nothing and need only a reader.
        Endpoint(.post, "/v1/advise", .read, "Rank stores for a workload profile given inline", arguments: [UseCaseArgument("profile", .profile, required: true)]) { call throws(AppError) in
            try StrataStore.advise(profile: try call.arguments.object("profile") ?? Data(), source: "profile")
        },
        Endpoint(.post, "/v1/profile-check", .read, "Check a workload profile against the schema, as recording does", arguments: [UseCaseArgument("profile", .profile, required: true)]) { call throws(AppError) in
            StrataStore.checkProfile(try call.arguments.object("profile") ?? Data(), source: "profile")
        },
        Endpoint(.get, "/v1/stores", .read, "Stores", arguments: UseCaseArgument.moment + [contextFilter, statusFilter, UseCaseArgument("technology", .technology)]) { call throws(AppError) in
            let a = call.arguments
            return try call.store.listStores(at: try call.moment(), .init(context: try a.string("context"), status: try a.string("status"), technology: try a.string("technology")))
        },
        Endpoint(.get, "/v1/stores/:id", .read, "One store", arguments: identified(storeID)) { call throws(AppError) in
            try call.store.storeDetail(try call.arguments.required("id"), at: try call.moment())
        },
    ]

    /// An `id` path parameter of `type`, then the moment.
    static func identified(_ type: ArgumentType) -> [UseCaseArgument] {
        [UseCaseArgument("id", type, required: true)] + UseCaseArgument.moment
    }
}
