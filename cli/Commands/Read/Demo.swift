import ArgumentParser
import Foundation
import StrataApp

extension StrataCommand {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Record a realistic two-year story in an empty store, then show its architecture, audit and past.",
            discussion: """
                A storefront starts on one PostgreSQL database and measures its way into a Redis cache, \
                read replicas, Elasticsearch, a vector store (Pinecone, superseded by pgvector) and a \
                BigQuery warehouse adopted on words alone. Then prints the current architecture, the \
                audit, and the architecture as of \(DemoReport.pastDate).

                Uses --store PATH, else $STRATA_STORE, else .strata/strata.db here (created if missing). \
                A store that already holds events is refused, so no real history is mixed with the demo. \
                Each fact is recorded on the day it took effect, so --as-of and --valid-at agree on it.
                """)

        @Option(help: ArgumentHelp("Where to record the demo (created if missing).", valueName: "path"))
        var store: String?

        func run() throws {
            let path = store ?? ProcessInfo.processInfo.environment["STRATA_STORE"] ?? StrataStore.initPath(for: nil)
            let demo = try StrataStore.recordDemo(at: path)
            let style = TerminalStyle.current
            print("Recorded the demo story in \(demo.path) (\(demo.events) events).\n")
            print(ArchitectureText.render(demo.architecture, style: style))
            print(AuditText.render(demo.audit, style: style))
            print(ArchitectureText.render(demo.past, style: style), terminator: "")
            print("\nTry: strata log · strata show ADR-7 · strata history ADR-6 · strata diff --from \(DemoReport.pastDate)")
        }
    }
}
