import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Judge every store: baseline, justified, speculative, unjustified or stale, with its evidence chain.",
            discussion: """
                Each bounded context's first store is its baseline; every other store needs a measured \
                bottleneck observed before its decision took effect, or a workload whose access pattern \
                or capability the context's other stores lack. Findings name the rule that raised them.

                Exit status: 0 when no store is unjustified, speculative or stale; 1 otherwise (use it \
                to gate CI); 2 on a usage or store error.

                Examples:
                  strata audit
                  strata audit --as-of 2025-06-30 --json
                """)

        @OptionGroup var options: ReadOptions

        func run() throws {
            let (store, moment) = try options.open()
            let report = try store.audit(at: moment)
            if options.json { try JSONOutput.print(report) } else { print(AuditText.render(report, style: .current), terminator: "") }
            if report.fails { throw ExitCode(ExitStatus.refused) }
        }
    }
}
