import Strata

/// One revision of a decision's text, split into the columns a search ranks separately.
struct SearchDocument: Equatable {
    var title: String
    /// The bounded context's name, the problem statement and the drivers.
    var context: String
    /// The chosen option and why it wins.
    var decision: String
    var consequences: String
    /// Every option with its description, pros and cons.
    var options: String
    /// The reasons given for status changes and the comments of reviews, oldest first.
    var reasons: String
    var tags: String

    /// The columns in `search_index` order.
    var columns: [String] { [title, context, decision, consequences, options, reasons, tags] }

    init(columns: [String]) {
        let value = { (index: Int) in index < columns.count ? columns[index] : "" }
        title = value(0); context = value(1); decision = value(2); consequences = value(3)
        options = value(4); reasons = value(5); tags = value(6)
    }

    /// The searchable text of `content`, with the context's name and the reasons so far.
    init(_ content: DecisionContent, contextName: String?, reasons: String) {
        title = content.title
        context = Self.lines([contextName ?? "", content.problem] + content.drivers)
        decision = Self.lines([content.chosenOption ?? "", content.rationale])
        consequences = Self.lines(content.consequences.good + content.consequences.bad)
        options = Self.lines(content.options.flatMap { [$0.name, $0.description ?? ""] + $0.pros + $0.cons })
        self.reasons = reasons
        tags = content.tags.joined(separator: " ")
    }

    /// This revision with one more reason or comment.
    func adding(reason: String) -> SearchDocument {
        var next = self
        next.reasons = Self.lines([reasons, reason])
        return next
    }

    private static func lines(_ parts: [String]) -> String {
        parts.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.joined(separator: "\n")
    }
}
