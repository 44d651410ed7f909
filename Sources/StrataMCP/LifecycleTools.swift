import Foundation
import StrataApp

/// The lifecycle tools: people ratify, so these run only when the server was started with
/// `--allow-lifecycle`; otherwise each is refused with the way a person does it instead.
enum LifecycleTools {
    static let all: [StrataTool] = [
        StrataTool(
            "accept_decision", "Accept a decision",
            "Accepts a proposed decision and applies its effects. Refused unless strata-mcp was started with --allow-lifecycle.",
            access: .lifecycle, arguments: [UseCaseArgument("id", .decision, required: true), UseCaseArgument("reason", .reason), .expectedVersion]
        ) { call throws(AppError) in
            try call.store.accept(try call.arguments.required("id"), reason: try call.arguments.string("reason") ?? "", try call.recording())
        },
        StrataTool(
            "reject_decision", "Reject a decision",
            "Rejects a proposed decision; a reason is required. Refused unless strata-mcp was started with --allow-lifecycle.",
            access: .lifecycle, arguments: [UseCaseArgument("id", .decision, required: true), UseCaseArgument("reason", .reason, required: true), .expectedVersion]
        ) { call throws(AppError) in
            try call.store.reject(try call.arguments.required("id"), reason: try call.arguments.required("reason"), try call.recording())
        },
        StrataTool(
            "supersede_decision", "Supersede a decision",
            "Supersedes an accepted decision by accepted successors; a reason is required. Refused unless strata-mcp was started with --allow-lifecycle.",
            access: .lifecycle,
            arguments: [UseCaseArgument("id", .decision, required: true), UseCaseArgument("by", .decisions, required: true),
                        UseCaseArgument("reason", .reason, required: true), .expectedVersion]
        ) { call throws(AppError) in
            try call.store.supersede(
                try call.arguments.required("id"), by: try call.arguments.strings("by") ?? [], reason: try call.arguments.required("reason"),
                try call.recording())
        },
        StrataTool(
            "deprecate_decision", "Deprecate a decision",
            "Deprecates an accepted decision; a reason is required. Refused unless strata-mcp was started with --allow-lifecycle.",
            access: .lifecycle, arguments: [UseCaseArgument("id", .decision, required: true), UseCaseArgument("reason", .reason, required: true), .expectedVersion]
        ) { call throws(AppError) in
            try call.store.deprecate(try call.arguments.required("id"), reason: try call.arguments.required("reason"), try call.recording())
        },
    ]

    /// Why a lifecycle tool did not run, and how a person moves the decision instead.
    static func refusal(_ tool: StrataTool) -> AppError {
        let verb = tool.name.replacingOccurrences(of: "_decision", with: "")
        return AppError(
            .notAllowedHere, "\(tool.name) is a lifecycle change, which this server leaves to people",
            subject: .field(AppError.Field(rawValue: tool.name)),
            remedy: .advice("ask a person to run 'strata \(verb) ID' with the CLI, or restart strata-mcp with --allow-lifecycle"))
    }
}
