import Foundation
import StrataApp

/// The tools that record drafts and facts: an agent may call them on its own, and each change
/// lands in the log under `agent:<client>`; retries with the same idempotency key record nothing.
enum WriteTools {
    static let all: [StrataTool] = [
        StrataTool(
            "define_context", "Define a bounded context",
            "Defines a bounded context (context.defined); its name is unique among active contexts.",
            access: .write,
            arguments: [UseCaseArgument("name", .text, required: true, note: "The context's name, e.g. checkout."), UseCaseArgument("description", .text)]
        ) { call throws(AppError) in
            try call.store.defineContext(
                name: try call.arguments.required("name"), description: try call.arguments.string("description") ?? "", try call.recording())
        },
        StrataTool(
            "record_workload", "Record a workload",
            "Adds a workload from its profile (workload.added), schema-checked, to a context or the context the profile names.",
            access: .write,
            arguments: [UseCaseArgument("profile", .profile, required: true), UseCaseArgument("context", .context, note: "Overrides the profile's context.")]
        ) { call throws(AppError) in
            try call.store.addWorkload(
                profile: try call.arguments.object("profile") ?? Data(), source: "profile", context: try call.arguments.string("context"),
                try call.recording())
        },
        StrataTool(
            "revise_workload", "Revise a workload",
            "Records a new revision of a workload's profile (workload.revised); the old one stays in the log.",
            access: .write,
            arguments: [UseCaseArgument("id", .workload, required: true), UseCaseArgument("profile", .profile, required: true),
                        UseCaseArgument("reason", .reason), .expectedVersion]
        ) { call throws(AppError) in
            try call.store.reviseWorkload(
                try call.arguments.required("id"), profile: try call.arguments.object("profile") ?? Data(), source: "profile",
                reason: try call.arguments.string("reason") ?? "", try call.recording())
        },
        StrataTool(
            "record_measurement", "Record a measurement",
            "Records an observed figure about a workload or store (measurement.recorded); a figure that misses its target is noted as a bottleneck, which later justifies a store.",
            access: .write,
            arguments: [
                UseCaseArgument("subject", .subject, required: true), UseCaseArgument("metric", .metric, required: true),
                UseCaseArgument("value", .figure, required: true), UseCaseArgument("source", .source, required: true),
                UseCaseArgument("unit", .text, note: "The unit typed, checked against the metric's own."),
                UseCaseArgument("target", .figure, note: "The target the figure is held against."), UseCaseArgument("note", .text),
            ]
        ) { call throws(AppError) in
            let a = call.arguments
            guard let value = try a.number("value") else { preconditionFailure("a required argument is checked on arrival") }
            return try call.store.measure(StrataStore.MeasurementInput(
                subject: try a.required("subject"), metric: try a.required("metric"), value: value, unit: try a.string("unit"),
                source: try a.required("source"), target: try a.number("target"), note: try a.string("note")), try call.recording())
        },
        StrataTool(
            "retract_measurement", "Retract a measurement",
            "Retracts a measurement with a reason (measurement.retracted); it stays in the log, marked.",
            access: .write,
            arguments: [UseCaseArgument("id", .measurement, required: true), UseCaseArgument("reason", .reason, required: true), .expectedVersion]
        ) { call throws(AppError) in
            try call.store.retractMeasurement(try call.arguments.required("id"), reason: try call.arguments.required("reason"), try call.recording())
        },
        StrataTool(
            "propose_decision", "Propose a decision",
            "Proposes a decision (decision.proposed) for a person to accept; its effects (stores to adopt, retire, re-shape) are checked now and applied on acceptance. Put the advice's rule ids in the rationale.",
            access: .write, arguments: [UseCaseArgument("decision", .decisionContent, required: true)]
        ) { call throws(AppError) in
            try call.store.propose(try DecisionInput.content(call), try call.recording())
        },
        StrataTool(
            "amend_decision", "Amend a decision",
            "Replaces a decision's content (decision.amended); once decided, only some parts may change.",
            access: .write,
            arguments: [UseCaseArgument("id", .decision, required: true), UseCaseArgument("decision", .decisionContent, required: true),
                        UseCaseArgument("reason", .reason), .expectedVersion]
        ) { call throws(AppError) in
            try call.store.amend(
                try call.arguments.required("id"), to: try DecisionInput.content(call), reason: try call.arguments.string("reason") ?? "",
                try call.recording())
        },
        StrataTool(
            "link_decisions", "Link two decisions",
            "Links one decision to another with a typed link (decision.linked).",
            access: .write,
            arguments: [UseCaseArgument("id", .decision, required: true), UseCaseArgument("type", .linkType, required: true),
                        UseCaseArgument("to", .decision, required: true), UseCaseArgument("note", .text), .expectedVersion]
        ) { call throws(AppError) in
            let a = call.arguments
            return try call.store.link(try a.required("id"), type: try a.required("type"), to: try a.required("to"), note: try a.string("note"), try call.recording())
        },
        StrataTool(
            "record_advice", "Record advice",
            "Runs the advisor like advise and keeps its answer in the log (advice.recorded), so the audit shows what was advised beside what was decided.",
            access: .write, arguments: AdviceInput.arguments
        ) { call throws(AppError) in
            try call.store.recordAdviceReport(try AdviceInput.advise(call), try call.recording())
        },
    ]
}

/// A decision document given as a tool argument, read by the application layer's own parser.
enum DecisionInput {
    static func content(_ call: ToolCall) throws(AppError) -> DecisionContent {
        try ProposalDocument.read(try call.arguments.object("decision") ?? Data(), name: "decision.json")
    }
}
