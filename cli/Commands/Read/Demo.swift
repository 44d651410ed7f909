import ArgumentParser
import Foundation
import Strata
import StrataProjections

extension StrataCommand {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Record a realistic two-year story in an empty store, then show its architecture, audit and past.",
            discussion: """
                A storefront starts on one PostgreSQL database and measures its way into a Redis cache, \
                read replicas, Elasticsearch, a vector store (Pinecone, superseded by pgvector) and a \
                BigQuery warehouse adopted on words alone. Then prints the current architecture, the \
                audit, and the architecture as of \(DemoScenario.firstYearDate).

                Uses --store PATH, else $STRATA_STORE, else .strata/strata.db here (created if missing). \
                A store that already holds events is refused, so no real history is mixed with the demo. \
                Each fact is recorded on the day it took effect, so --as-of and --valid-at agree on it.
                """)

        @Option(help: ArgumentHelp("Where to record the demo (created if missing).", valueName: "path"))
        var store: String?

        func run() throws {
            let path = store ?? ProcessInfo.processInfo.environment["STRATA_STORE"]
                ?? StoreLocator.initPath(for: nil, workingDirectory: FileManager.default.currentDirectoryPath)
            let clock = DemoClock()
            let log = try SQLiteEventLog.create(at: path, hooks: [InlineProjections(ReadModels.inline)], clock: clock.now)
            let head = try log.head()
            if head.position > 0 {
                throw CommandFailure.usage(
                    "the store at \(path) already holds \(head.position) events; the demo needs an empty store — pass --store NEW_PATH")
            }
            try DemoScenario(log: log, clock: clock).record()
            let side = ReadSide(log: log, projection: ReadModels.readSide)
            let style = TerminalStyle.current
            print("Recorded the demo story in \(path) (\(try log.head().position) events).\n")
            print(ArchitectureText.render(try side.query { try ArchitectureReport.build($0) }, style: style))
            print(AuditText.render(try side.query { try AuditReport.build($0) }, style: style))
            let past = Moment(asOf: try TimeCutArgument.parse(DemoScenario.firstYearDate))
            print(ArchitectureText.render(try side.query(past) { try ArchitectureReport.build($0) }, style: style), terminator: "")
            print("\nTry: strata log · strata show ADR-7 · strata history ADR-6 · strata diff --from \(DemoScenario.firstYearDate)")
        }
    }
}
