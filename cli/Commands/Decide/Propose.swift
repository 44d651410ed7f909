import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Propose: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "propose",
            abstract: "Propose a decision (appends decision.proposed), from flags, a JSON or Markdown file, or $EDITOR.",
            discussion: """
                Effects (--adopt, --move, --replicas, --cache, --read-model, --shard, --retire-store) \
                are checked now and applied when the decision is accepted, at its effective time. \
                --supersedes declares decisions this one replaces on acceptance. A JSON file holds \
                the fields title, problem, drivers, options [{name, pros, cons}], chosenOption, \
                rationale, consequences {good, bad}, deciders, consulted, informed, tags, links \
                [{type, decision}], effects, context. Flags add to what a file gives.

                Example:
                  strata propose --title "Search the catalog with Elasticsearch" \\
                    --option Elasticsearch --option "Postgres FTS" --choose Elasticsearch \\
                    --pro "Elasticsearch: relevance tuning" --con "Elasticsearch: one more system" \\
                    --adopt elasticsearch:catalog-search --in C-1 --role search --serves W-2 \\
                    --because-capability full-text:W-2
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @OptionGroup var proposal: ProposalOptions
        @Option(help: ArgumentHelp("Read the proposal from a JSON or Markdown file.", valueName: "path")) var file: String?

        func run() throws {
            let base: DecisionContent
            if let file { base = try ProposalEditor.read(file) }
            else if proposal.hasContent { base = DecisionContent(title: "") }
            else { base = try ProposalEditor.edit() }
            let content = try proposal.apply(to: base)
            try options.report(try store.open().propose(content, options.recording), verb: "Proposed")
        }
    }
}
