import ArgumentParser
import StrataApp

/// `--actor`, `--effective` and `--json`, shared by every command that records a fact.
struct DomainOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who records it; defaults to git's user.name, then $USER.", valueName: "name"))
    var actor: String?

    @Option(help: ArgumentHelp("Valid time: when the fact took effect, if not now (e.g. 2024-03-01).", valueName: "date"))
    var effective: String?

    @Flag(help: "Print what was recorded as one JSON object.")
    var json = false

    /// The actor and valid time, as the application layer takes them.
    var recording: Recording { Recording(actor: Actor.resolve(actor), effective: effective) }

    /// Prints `change`: `Recorded ADR-7 (decision.proposed)` or one JSON object.
    func report(_ change: ChangeReport, verb: String = "Recorded") throws {
        if json { return try JSONOutput.printCompact(change) }
        print(ChangeText.line(change, verb: verb))
        for note in change.notes { print("  \(note)") }
    }
}
