/// The quorum a context asks of its proposals before `accept`: a number of distinct approvals,
/// and, when deciders are named, an approval from at least one of them.
///
/// "Two approvals" is `approvals: 2`; "one named decider" is `deciders: ["alice"]`, which needs
/// one approval, hers. A policy with no approvals and no deciders asks for nothing, which is how
/// a policy is lifted. Proposers never count towards their own quorum.
public struct ReviewPolicy: Codable, Sendable, Equatable {
    /// Distinct reviewers who must approve the current revision.
    public var approvals: Int
    /// People at least one of whom must be among the approvers; empty when anyone may approve.
    public var deciders: [String]

    public init(approvals: Int, deciders: [String] = []) {
        self.approvals = approvals
        self.deciders = deciders
    }

    /// True when the policy asks for nothing.
    public var isEmpty: Bool { requiredApprovals == 0 }

    /// The approvals needed: a named decider implies at least one.
    public var requiredApprovals: Int { max(approvals, deciders.isEmpty ? 0 : 1) }

    /// Checks the policy's own shape.
    public func validate() throws(CommandRejection) {
        guard approvals >= 0, approvals <= 20 else {
            throw .invalidInput("a review policy needs between 0 and 20 approvals, not \(approvals)", field: .approvals)
        }
        if deciders.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw .invalidInput("a named decider cannot be blank", field: .decider)
        }
    }

    /// The policy in words, for refusals and listings.
    public var summary: String {
        if isEmpty { return "no review needed" }
        let count = requiredApprovals == 1 ? "1 approval" : "\(requiredApprovals) approvals"
        guard !deciders.isEmpty else { return count }
        let names = deciders.joined(separator: deciders.count == 2 ? " or " : ", ")
        return "\(count), one of them from \(names)"
    }

    /// Whether `actor` is one of the named deciders.
    public func names(_ actor: String) -> Bool {
        deciders.contains { Self.person($0) == Self.person(actor) }
    }

    /// The person an actor name stands for, to compare reviewers: names compare without case,
    /// and a write through an API token (`token:alice`) is alice's, as on the command line.
    public static func person(_ actor: String) -> String {
        let name = actor.lowercased()
        return name.hasPrefix("token:") ? String(name.dropFirst(6)) : name
    }
}
