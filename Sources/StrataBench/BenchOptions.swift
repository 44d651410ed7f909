import Foundation

/// Command-line options; kept dependency-free so the benchmark starts fast.
struct BenchOptions {
    var events = 1_000_000
    var runs = 3
    var durableEvents = 5_000
    var cliRuns = 200
    var timeTravelQueries = 100
    var cliReadRuns = 50
    var json = false
    /// Decision records in the `export.html` store.
    var htmlDecisions = 5_000
    /// The served web UI's store (`web.live`): decision records imported, and events in all.
    var liveDecisions = 5_000
    var liveEvents = 500_000
    /// Slider steps timed per round of `web.live`.
    var liveSteps = 10
    /// Run only the figures whose name starts with this prefix (for profiling one of them).
    var only: String?
    /// Leave the stores behind and print where, for profiling them afterwards.
    var keep = false
    /// Compare with the Python eventsourcing library instead of running the usual figures.
    var peers = false
    /// Compare with eventsourcing's PostgreSQL recorder on the server this URL names.
    var peersPostgres: String?

    static func parse(_ arguments: ArraySlice<String>) -> BenchOptions {
        var options = BenchOptions()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--json": options.json = true
            case "--quick":
                options.events = 50_000
                options.runs = 3
                options.durableEvents = 500
                options.cliRuns = 30
                options.timeTravelQueries = 20
                options.cliReadRuns = 10
                options.htmlDecisions = 500
                options.liveDecisions = 500
                options.liveEvents = 50_000
                options.liveSteps = 5
            case "--events": options.events = Int(iterator.next() ?? "") ?? options.events
            case "--only": options.only = iterator.next()
            case "--keep": options.keep = true
            case "--peers": options.peers = true
            case "--peers-postgres":
                guard let url = iterator.next(), url.hasPrefix("postgres") else {
                    FileHandle.standardError.write(Data("strata-bench: --peers-postgres needs a postgres://USER:PASSWORD@HOST:PORT/postgres URL\n".utf8))
                    exit(2)
                }
                options.peersPostgres = url
            case "--runs": options.runs = max(1, Int(iterator.next() ?? "") ?? options.runs)
            case "--help", "-h":
                print("usage: strata-bench [--events N] [--runs N] [--quick] [--only PREFIX] [--keep] [--peers] [--peers-postgres URL] [--json]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("strata-bench: unknown option \(argument)\n".utf8))
                exit(2)
            }
        }
        return options
    }
}
