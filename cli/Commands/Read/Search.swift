import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Find decisions by their words: titles, problems, decisions, consequences, options, reasons, reviews, tags.",
            discussion: """
                Every word must match (stemmed: 'caching' finds 'cache'); end a word with * for \
                a prefix, put OR between two words for either, -word to exclude, and quotes \
                around a phrase. Results are ranked, a title match first, with the passage \
                that matched; --as-of searches the text each decision had then.

                Examples:
                  strata search "read replicas"
                  strata search cach* OR redis --status accepted
                  strata search "cache -redis"    # quote a query with an excluded word
                  strata search postgres --as-of 2025-01-31 --json
                """)
        @OptionGroup var store: StoreOptions
        @Argument(parsing: .remaining, help: ArgumentHelp("The words to find.", valueName: "query")) var words: [String] = []
        @Option(name: .customLong("as-of"), help: ArgumentHelp(
            "Search what the log knew then: a date (whole day, UTC), a date-time, @POSITION, or ADR-N.", valueName: "time"))
        var asOf: String?
        @Option(help: ArgumentHelp("Only decisions with this status then.", valueName: "status")) var status: String?
        @Option(help: "At most this many results (1 to 1000).") var limit = 20
        @Flag(help: "Print one JSON object.") var json = false

        func validate() throws {
            if words.isEmpty { throw ValidationError("give the words to search for, e.g. 'strata search read replicas'") }
        }

        func run() throws {
            let store = try store.open()
            let moment = try store.moment(asOf: asOf, validAt: nil)
            let result = try store.search(words.joined(separator: " "), at: moment, status: status, limit: limit)
            if json { return try JSONOutput.print(result) }
            print(SearchText.render(result, style: .current), terminator: "")
        }
    }
}
