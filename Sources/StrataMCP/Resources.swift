import Foundation
import MCP
import StrataApp

/// The resources: documents an agent can read into its context without calling a tool.
enum Resources {
    static let architecture = "strata://architecture"
    static let profileSchema = "strata://schema/workload-profile"
    static let rules = "strata://rules"
    static let decisionPrefix = "strata://decisions/"

    /// The fixed resources and one per decision, as Markdown.
    static func list(_ store: StrataStore) throws(AppError) -> [Resource] {
        let fixed = [
            Resource(name: "architecture", uri: architecture, title: "Current architecture",
                     description: "Contexts, stores, workloads and the decisions behind them, now.", mimeType: "application/json"),
            Resource(name: "workload-profile-schema", uri: profileSchema, title: "Workload profile schema",
                     description: "The JSON Schema every workload profile is checked against.", mimeType: "application/schema+json"),
            Resource(name: "rules", uri: rules, title: "Rule catalogue",
                     description: "Every advisor rule: id, source, scope and meaning.", mimeType: "application/json"),
        ]
        let decisions = try store.decisionLog().decisions.map { entry in
            Resource(name: entry.id, uri: decisionPrefix + entry.id, title: "\(entry.id): \(entry.title)",
                     description: "\(entry.status.rawValue) decision, as MADR Markdown.", mimeType: "text/markdown")
        }
        return fixed + decisions
    }

    static let templates = [
        Resource.Template(uriTemplate: decisionPrefix + "{id}", name: "decision", title: "A decision as Markdown",
                          description: "One decision (ADR-N) as a MADR 4 document.", mimeType: "text/markdown"),
    ]

    /// The contents behind `uri`.
    static func read(_ uri: String, _ store: StrataStore) throws(AppError) -> Resource.Content {
        switch uri {
        case architecture: return .text(try json(store.architecture()), uri: uri, mimeType: "application/json")
        case profileSchema: return .text(JSONWriter.pretty(ProfileJSONSchema.value), uri: uri, mimeType: "application/schema+json")
        case rules: return .text(RuleCatalogueRenderer.json(RuleBook.all, pretty: true), uri: uri, mimeType: "application/json")
        default:
            guard uri.hasPrefix(decisionPrefix) else {
                throw AppError(.notFound, "no resource '\(uri)'", subject: .entity(uri), remedy: .advice("list the resources to see their addresses"))
            }
            let id = String(uri.dropFirst(decisionPrefix.count))
            return .text(try store.decisionMarkdown(id), uri: uri, mimeType: "text/markdown")
        }
    }

    private static func json(_ value: some Encodable) throws(AppError) -> String {
        do { return try JSONCodec.text(value, .pretty) } catch { throw AppError.from(error) }
    }
}
