import ArgumentParser
import StrataApp

/// `--as-of`, `--valid-at` and `--json`, shared by every read command.
struct ReadOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "What the log knew then: a date (whole day, UTC), a date-time, @POSITION, or ADR-N (right after it was accepted).",
        valueName: "time"))
    var asOf: String?

    @Option(name: .customLong("valid-at"), help: ArgumentHelp(
        "The architecture in effect then: only facts effective at or before this date or date-time.", valueName: "time"))
    var validAt: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    /// Reads one result at the moment asked for and prints it: one JSON object with `--json`,
    /// else `text` of it; every list and show command is this with its own use case and renderer.
    func present<Result: Encodable>(
        _ read: (StrataStore, Moment) throws -> Result, as text: (Result, Moment, TerminalStyle) throws -> String
    ) throws {
        let (store, moment) = try open()
        let result = try read(store, moment)
        if json { return try JSONOutput.print(result) }
        print(try text(result, moment, .current), terminator: "")
    }

    /// Opens the store and resolves the moment asked for.
    func open() throws -> (StrataStore, Moment) {
        let store = try storeOptions.open()
        return (store, try store.moment(asOf: asOf, validAt: validAt))
    }
}
