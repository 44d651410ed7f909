import StrataApp

/// The terminal rendering of proposals' review standing (`strata review`).
enum ApprovalText {
    /// One proposal: its policy, each standing review, and what is missing.
    static func render(_ status: ReviewStatus, style: TerminalStyle) -> String {
        var out = style.bold("\(status.id) \(Text.safe(status.title))") + " (\(status.status))\n"
        out += "  context: \(Text.safe(status.context ?? "none"))\n"
        out += "  policy: \(status.policy)\n"
        if status.revision > 0 { out += "  text amended \(status.revision) time\(status.revision == 1 ? "" : "s"); earlier reviews no longer count\n" }
        if status.reviews.isEmpty { out += "  no reviews of the current text\n" }
        for review in status.reviews {
            let mark = review.verdict == "approved" ? style.green("✔ approved") : style.yellow("✎ changes requested")
            let comment = review.comment.isEmpty ? "" : ": \(Text.safe(review.comment))"
            out += DecisionText.wrap("\(mark) by \(review.by), \(String(review.recordedAt.prefix(10)))\(comment)", indent: 2)
        }
        if status.status == "proposed" {
            out += status.quorumMet ? "  " + style.green("ready to accept") + "\n" : "  " + style.yellow("not ready: \(status.missing ?? "")") + "\n"
        }
        return out
    }

    /// Proposals, one line each.
    static func list(_ queue: ReviewQueue, style: TerminalStyle) -> String {
        let list = queue.proposals, actor = queue.waitingOn
        if list.isEmpty { return actor.map { "Nothing waits on \($0)'s review.\n" } ?? "No proposals.\n" }
        var out = actor.map { style.bold("Waiting on \($0)") + "\n" } ?? ""
        for status in list {
            let state = status.quorumMet ? style.green("ready") : style.yellow(status.missing ?? "")
            let approvals = status.reviews.filter { $0.verdict == "approved" }.count
            let count = status.requiredApprovals == 0 ? "" : " \(approvals)/\(status.requiredApprovals)"
            out += "\(Text.pad(status.id, 7)) \(Text.pad(Text.truncate(status.title, to: 40), 40))\(count)  \(state)\n"
        }
        return out
    }
}
