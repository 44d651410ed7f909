import Foundation
import MCP
import StrataApp

/// The prompts: conversations a person starts, each steering the agent to the tools that
/// answer from the log rather than from its own memory.
enum Prompts {
    static let all = [
        Prompt(name: "review-architecture", title: "Review our architecture",
               description: "A review of the whole data architecture, grounded in the advisor's rules and the audit.",
               arguments: [.init(name: "asOf", description: ArgumentType.asOf.description)]),
        Prompt(name: "add-database", title: "Should we add a database for X?",
               description: "Whether a new store is justified for a need, by measurements and capabilities, and a proposal if it is.",
               arguments: [.init(name: "need", description: "What the new database would be for, e.g. full-text search of products.", required: true),
                           .init(name: "workload", description: ArgumentType.workload.description)]),
        Prompt(name: "what-did-we-decide", title: "What did we decide about Y, and why?",
               description: "The decisions about a topic, with their rationale, status history and who decided.",
               arguments: [.init(name: "topic", description: "A word from the decisions' titles, tags or technologies, e.g. redis.", required: true)]),
    ]

    static func get(_ name: String, _ arguments: [String: String]) throws(AppError) -> GetPrompt.Result {
        switch name {
        case "review-architecture":
            let moment = arguments["asOf"].map { " as of \($0) (pass asOf to every tool)" } ?? ""
            return result("Review our architecture\(moment)", """
                Review our data architecture\(moment) using the Strata tools, not memory. Call overview, then architecture, \
                review and audit. For each store say whether it fits its workloads and whether the audit finds it justified; \
                list the scaling steps due and the anti-patterns found. Cite every rule id the advisor names and every decision \
                (ADR-N) behind a store. End with the open proposals and what would settle each.
                """)
        case "add-database":
            guard let need = arguments["need"], !need.isEmpty else { throw missing("need") }
            let workload = arguments["workload"].map { " The workload concerned is \($0); advise for it with advise {workload: \"\($0)\"}." } ?? ""
            return result("Should we add a database for \(need)?", """
                We are considering a new database for: \(need).\(workload) Using the Strata tools, check the architecture and \
                the measurements first: a store beyond the first is justified only by a measured bottleneck or a capability \
                the existing stores lack. Ask the advisor (advise, with a recorded workload or a profile validated by \
                validate_profile) and explain its ranking with the rule ids it names. If a new store is justified, draft it \
                with propose_decision, its rationale citing the rules and any measurement ids; do not accept it: a person does.
                """)
        case "what-did-we-decide":
            guard let topic = arguments["topic"], !topic.isEmpty else { throw missing("topic") }
            return result("What did we decide about \(topic), and why?", """
                What did we decide about \(topic), and why? Search with list_decisions {text: "\(topic)"}, then read each match \
                with get_decision and decision_history. Answer from the log only: the decision (ADR-N), its status and when it \
                took effect, who decided, the rationale and the options weighed, and what superseded or amended it.
                """)
        default:
            throw AppError(.notFound, "no prompt '\(name)'", subject: .entity(name), remedy: .advice("list the prompts to see their names"))
        }
    }

    private static func result(_ description: String, _ text: String) -> GetPrompt.Result {
        GetPrompt.Result(description: description, messages: [.user(.text(text: text))])
    }

    private static func missing(_ name: String) -> AppError {
        AppError(.invalidInput, "the prompt needs the argument '\(name)'", subject: .field(AppError.Field(rawValue: name)), remedy: .provide(AppError.Field(rawValue: name)))
    }
}
