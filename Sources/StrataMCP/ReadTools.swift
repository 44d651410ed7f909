import Foundation
import StrataApp

/// The read-only tools: every one runs a read use case at the moment `asOf`/`validAt` name.
enum ReadTools {
    static let all: [StrataTool] = [
        StrataTool(
            "overview", "Store overview",
            "Where the log's head is, how many contexts, workloads, stores, decisions and measurements it holds, and which proposals wait for a person. Call it first.",
            access: .read, arguments: UseCaseArgument.moment
        ) { call throws(AppError) in try call.store.overview(at: try call.moment()) },
        StrataTool(
            "architecture", "Current architecture",
            "Contexts, their stores (technology, role, topology), the workloads each serves and the decisions behind each, at a moment.",
            access: .read, arguments: UseCaseArgument.moment + [UseCaseArgument("includeRetired", .init(noun: "a boolean", description: "Also show retired stores and contexts.", shape: .boolean))]
        ) { call throws(AppError) in
            try call.store.architecture(at: try call.moment(), includeRetired: try call.arguments.bool("includeRetired") ?? false)
        },
        StrataTool(
            "list_decisions", "List or search decisions",
            "The decision log with status, dates and links both ways; every filter narrows, and a filter value nothing known answers to is an error naming the nearest known ones.",
            access: .read,
            arguments: UseCaseArgument.moment + [
                UseCaseArgument("text", .text, note: "Only decisions whose id, title, tags or technologies contain it."),
                UseCaseArgument("status", .status), UseCaseArgument("context", .context), UseCaseArgument("technology", .technology),
                UseCaseArgument("tag", .text, note: "A tag used on some decision."), UseCaseArgument("decider", .text, note: "A decider's name."),
                UseCaseArgument("from", .validAt, note: "Only decisions whose status took effect on or after this date."),
                UseCaseArgument("to", .validAt, note: "Only decisions whose status took effect on or before this date."),
            ]
        ) { call throws(AppError) in
            let a = call.arguments
            return try call.store.decisionLog(at: try call.moment(), StrataStore.DecisionLogQuery(
                status: try a.string("status"), context: try a.string("context"), technology: try a.string("technology"),
                tag: try a.string("tag"), decider: try a.string("decider"), from: try a.string("from"), to: try a.string("to"),
                text: try a.string("text")))
        },
        StrataTool(
            "search_decisions", "Full-text search of decisions",
            "Ranked matches across titles, problems, decisions, consequences, options, reasons, review comments and tags, each with the passage that matched; as the log stood at asOf.",
            access: .read,
            arguments: [
                UseCaseArgument("query", .searchQuery, required: true), UseCaseArgument("asOf", .asOf), UseCaseArgument("status", .status),
                UseCaseArgument("limit", .hitLimit),
            ]
        ) { call throws(AppError) in
            let a = call.arguments
            return try call.store.search(
                try a.required("query"), at: try call.store.moment(asOf: try a.string("asOf"), validAt: nil), status: try a.string("status"),
                limit: try a.integer("limit") ?? 20)
        },
        StrataTool(
            "review_status", "A proposal's review standing",
            "The review policy of the proposal's context, the standing approvals and requests for changes on its current text, and what acceptance still needs.",
            access: .read, arguments: [UseCaseArgument("id", .decision, required: true)]
        ) { call throws(AppError) in try call.store.reviewStatus(try call.arguments.required("id")) },
        StrataTool(
            "get_decision", "Get a decision",
            "A decision's whole record: content, options, rationale, status timeline, links, supersession chain and effects.",
            access: .read, arguments: [UseCaseArgument("id", .decision, required: true)] + UseCaseArgument.moment
        ) { call throws(AppError) in try call.store.decisionRecord(try call.arguments.required("id"), at: try call.moment()) },
        StrataTool(
            "decision_history", "Decision history",
            "A decision's status timeline: each change with who made it, both clocks (recorded and effective) and why.",
            access: .read, arguments: [UseCaseArgument("id", .decision, required: true)] + UseCaseArgument.moment
        ) { call throws(AppError) in try call.store.decisionHistory(try call.arguments.required("id"), at: try call.moment()) },
        StrataTool(
            "audit", "Justification audit",
            "One verdict per store in use: is every store beyond the first backed by a measured bottleneck or a capability the others lack? `fails` says whether a CI gate would fail.",
            access: .read, arguments: UseCaseArgument.moment
        ) { call throws(AppError) in try call.store.audit(at: try call.moment()) },
        StrataTool(
            "measurements", "Measurements of a subject",
            "Figures over time per workload and store, bottlenecks marked, with each decision's measured gain; only one subject when given.",
            access: .read, arguments: [UseCaseArgument("subject", .subject)] + UseCaseArgument.moment
        ) { call throws(AppError) in try call.store.measurements(of: try call.arguments.string("subject"), at: try call.moment()) },
        StrataTool(
            "diff", "Diff two moments",
            "What changed between two moments: stores added, retired and re-shaped, decision statuses and audit verdicts.",
            access: .read,
            arguments: [
                UseCaseArgument("from", .asOf, required: true, note: "The earlier moment."),
                UseCaseArgument("to", .asOf, note: "The later moment; omit for now."),
                UseCaseArgument("validTime", .init(noun: "a boolean", description: "Read both moments as valid time (the design in effect then, as the log knows it now) instead of system time.", shape: .boolean)),
            ]
        ) { call throws(AppError) in
            try call.store.diff(from: try call.arguments.required("from"), to: try call.arguments.string("to"), validTime: try call.arguments.bool("validTime") ?? false)
        },
        StrataTool(
            "advise", "Advise for a workload",
            "Ranks stores for a workload profile or a recorded workload. Every reason, caution and warning names its rule; every gap in the profile is an assumption. Give exactly one of workload or profile.",
            access: .read, arguments: AdviceInput.arguments + UseCaseArgument.moment
        ) { call throws(AppError) in try AdviceInput.advise(call) },
        StrataTool(
            "review", "Review the architecture",
            "The advisor's review of the whole architecture: how each store fits its workloads, scaling steps due, anti-patterns, each naming its rule.",
            access: .read, arguments: UseCaseArgument.moment
        ) { call throws(AppError) in try call.store.review(at: try call.moment()) },
        StrataTool(
            "explain_rule", "Explain a rule",
            "What an advisor rule means, where it comes from and when it fires; without an id, the whole catalogue.",
            access: .read, arguments: [UseCaseArgument("id", .rule)]
        ) { call throws(AppError) in
            guard let id = try call.arguments.string("id") else { return JSONText(text: RuleCatalogueRenderer.json(RuleBook.all, pretty: false)) }
            return JSONText(text: RuleCatalogueRenderer.json([try RuleBook.rule(id)], pretty: false))
        },
        StrataTool(
            "validate_profile", "Validate a workload profile",
            "Checks a profile against the workload schema exactly as recording and advising do; an invalid one is reported with its code and field, not as an error.",
            access: .read, arguments: [UseCaseArgument("profile", .profile, required: true)]
        ) { call throws(AppError) in
            StrataStore.checkProfile(try call.arguments.object("profile") ?? Data(), source: "profile")
        },
        StrataTool(
            "lint_adr_directory", "Lint an ADR directory",
            "Checks a directory of Markdown decision records (adr-tools, MADR, Log4brains): duplicate numbers, gaps, dangling or one-way links, contradicting statuses, bad dates.",
            access: .read, arguments: [UseCaseArgument("path", .directory, required: true)]
        ) { call throws(AppError) in try StrataStore.lint(directory: try call.arguments.required("path")) },
    ]
}
