import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Push: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "push",
            abstract: "Move a file store's whole log into an empty team store on PostgreSQL.",
            discussion: """
                Copies every event of the store (--store, $STRATA_STORE or the nearest .strata/strata.db) \
                into the team store at URL, creating its schema when the database is empty. Events keep \
                their ids, streams, payloads, actors and both times; they are re-chained under the team \
                store's identity, and a closing log.pushed event records this file's head, so \
                'strata verify --anchor' on the file still proves what was moved. All or nothing: a team \
                store that already holds events is refused. The file is left as it was.

                The password comes from the URL, $PGPASSWORD or ~/.pgpass, as libpq takes it.

                Example:
                  strata push postgres://strata@db.internal:5432/architecture
                  STRATA_STORE=postgres://strata@db.internal:5432/architecture strata arch
                """)

        @Argument(help: ArgumentHelp("The team store: postgres://USER@HOST:PORT/DATABASE[?sslmode=...].", valueName: "url"))
        var url: String

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("Who records the push; defaults to git's user.name, then $USER.", valueName: "name"))
        var actor: String?

        @Flag(help: "Print the result as one JSON object.")
        var json = false

        func run() throws {
            let report = try storeOptions.open().push(to: url, actor: Actor.resolve(actor))
            if json { return try JSONOutput.printCompact(report) }
            print("Pushed \(report.copied) events into \(report.url).")
            print("  this file's head, recorded there as log.pushed: \(report.sourceHead)")
            print("  the team store's head:                          \(report.head)")
        }
    }
}
