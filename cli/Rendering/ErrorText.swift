import StrataApp

/// An application error in the CLI's words: the flag at fault, the message, what to do, and
/// the stable code in brackets (scripts match the code, people read the rest).
enum ErrorText {
    static func line(_ error: AppError) -> String {
        var text = error.message
        if error.category == .input, let field = error.subject?.field, let flag = flags[field], error.remedy != .provide(field) {
            // "--as-of 'x' is not a time" reads as a sentence; other messages get a colon.
            text = flag.name + (text.hasPrefix("'") ? " " : ": ") + text
        }
        if let remedy = error.remedy { text += "; " + remedyText(remedy) }
        return Text.safe("\(text) [\(error.code)]")
    }

    static func remedyText(_ remedy: AppError.Remedy) -> String {
        switch remedy {
        case .provide(let field):
            guard let flag = flags[field] else { return "give \(field)" }
            return "pass \(flag.name)" + (flag.value.isEmpty ? "" : " \(flag.value)")
        case .listKnown(let kind):
            switch kind {
            case .decision: return "run 'strata log' or 'strata events --category decision' to see the known ones"
            case .context: return "list them with 'strata context list'"
            case .workload: return "list them with 'strata workload list'"
            case .store: return "list them with 'strata store list'"
            case .measurement: return "list them with 'strata measurement list'"
            }
        case .perform(let action):
            switch action {
            case .createStore: return "run 'strata init' or pass --store PATH"
            case .verify: return "run 'strata verify' and check how it was written"
            case .rebuild: return "run 'strata rebuild'"
            case .acceptLoss: return "restore the file from a copy that holds the events it lost, or run 'strata rebuild --force' to record the loss and go on"
            case .importEvents(let path): return "to merge another store's events, run 'strata import events \(path)'"
            case let .supersede(decision, by): return "use 'strata supersede \(decision) --by \(by)' instead"
            case .proposeAmending(let decision): return "propose a new decision with --amends \(decision) instead"
            case .defineContext(let name): return "define it with 'strata context add \(name)' or pass --context C-N"
            case .initialize(let path): return "run 'strata init \(path)' to make it one"
            case .listRules: return "run 'strata rules' to list every rule id"
            }
        case let .provideNotBefore(field, earliest, repropose):
            let flag = flags[field]?.name ?? field.rawValue
            let again = repropose.map { _ in ", or, to record a decision taken earlier, propose it again with \(flag) too" } ?? ""
            return "pass \(flag) \(earliest) or later\(again)"
        case .retry: return "re-run it to act on the latest state"
        case .advice(let text): return text
        }
    }

    /// The flag each application field is given with, and the placeholder for its value.
    static let flags: [AppError.Field: (name: String, value: String)] = [
        .store: ("--store", "PATH"), .asOf: ("--as-of", "TIME"), .validAt: ("--valid-at", "TIME"),
        .from: ("--from", "TIME"), .to: ("--to", "TIME"), .effective: ("--effective", "DATE"),
        .reason: ("--reason", "TEXT"), .successors: ("--by", "ADR-N"), .title: ("--title", "TEXT"),
        .context: ("--context", "C-N"), .workload: ("--workload", "FILE|W-N"), .file: ("--file", "PATH"),
        .format: ("--format", "NOTATION"), .anchor: ("--anchor", "POSITION:HASH"), .expectedVersion: ("--expect", "VERSION"),
        .eventType: ("--type", "TYPE"), .stream: ("--stream", "STREAM"), .data: ("--data", "JSON"),
        .unit: ("--unit", "UNIT"), .source: ("--source", "SOURCE"), .observed: ("--observed", "DATE"),
        .technology: ("--technology", "ID"), .role: ("--role", "ROLE"), .status: ("--status", "STATUS"),
        .force: ("--force", ""), .option: ("--option", "TEXT"), .chosenOption: ("--choose", "OPTION"),
        .linkType: ("--type", "TYPE"), .target: ("--target", "NUMBER"), .readReplicas: ("--replicas", "S-N:COUNT"),
        .readModel: ("--read-model", "S-N:NAME"), .shard: ("--shard", "S-N:STRATEGY:KEY"), .scaleUp: ("--scale-up", "S-N:SIZE"),
        .adopt: ("--adopt", "TECHNOLOGY:NAME"), .move: ("--move", "W-N:FROM:TO"), .because: ("--because", "TEXT"), .supersedes: ("--supersedes", "ADR-N"),
        .becauseMeasured: ("--because-measured", "M-N"), .becauseWorkloads: ("--because-pattern", "W-N"),
        .tag: ("--tag", "TAG"), .decider: ("--decider", "NAME"), .subject: ("--subject", "W-N|S-N"),
        .affects: ("--affects", "PATTERN"), .ref: ("--ref", "REF"), .changed: ("--changed", "FILE"),
        .approvals: ("--approvals", "N"), .comment: ("--comment", "TEXT"), .query: ("query", ""), .limit: ("--limit", "N"),
    ]
}
