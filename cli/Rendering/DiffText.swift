import StrataApp

/// The terminal rendering of an ``ArchitectureDiff``.
enum DiffText {
    static func render(_ diff: ArchitectureDiff, from: String, to: String, style: TerminalStyle) -> String {
        var out = style.bold("Changes from \(from) (position \(diff.from)) to \(to) (position \(diff.to))") + "\n"
        if diff.isEmpty { return out + "  nothing changed\n" }
        func stores(_ title: String, _ items: [ArchitectureDiff.StoreChange], _ mark: String) {
            guard !items.isEmpty else { return }
            out += "\n" + style.bold(title) + "\n"
            for item in items {
                out += "  \(mark) \(Text.pad(item.store, 5)) \(Text.fit(item.name, to: 30)) (\(item.technology))\n"
                for detail in item.details { out += "        " + Text.fit(detail, to: 72) + "\n" }
            }
        }
        stores("Stores added", diff.storesAdded, style.green("+"))
        stores("Stores retired", diff.storesRetired, style.red("-"))
        stores("Stores re-shaped", diff.storesReshaped, style.yellow("~"))
        func statuses<Status: RawRepresentable>(_ title: String, _ items: [ArchitectureDiff.StatusChange<Status>]) where Status.RawValue == String {
            guard !items.isEmpty else { return }
            out += "\n" + style.bold(title) + "\n"
            for item in items {
                out += "  \(Text.pad(item.id, 7)) \(Text.pad("\(item.from?.rawValue ?? "—") → \(item.to?.rawValue ?? "—")", 26)) \(Text.fit(item.title, to: 44))\n"
            }
        }
        statuses("Decisions", diff.decisions)
        statuses("Audit verdicts", diff.verdicts)
        if !diff.steps.isEmpty {
            out += "\n" + style.bold("In between") + "\n"
            for step in diff.steps {
                let why = step.decision.map { " (\($0))" } ?? ""
                let detail = step.detail.isEmpty ? "" : ": \(step.detail)"
                out += "  \(step.effectiveAt.prefix(10)) \(Text.pad(step.subject, 7)) \(Text.pad(step.change, 18)) "
                    + Text.fit("\(step.name)\(why)\(detail)", to: 40) + "\n"
            }
        }
        return out
    }
}
