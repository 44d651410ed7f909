import StrataApp

/// The line a recording command prints: `Recorded ADR-7 (decision.proposed); adopted S-3`.
enum ChangeText {
    static func line(_ change: ChangeReport, verb: String) -> String {
        var line = "\(verb) \(change.id) (\(change.domainEventTypes.joined(separator: ", ")))"
        if !change.created.isEmpty { line += "; adopted \(change.created.joined(separator: ", "))" }
        return line
    }
}
