import StrataProfile

/// What a rule asks of the advice. Rules return these as plain data; the
/// ranker and the assembler decide what they mean together.
enum RuleEffect: Sendable {
    /// Adds `points` to each technology. Positive points with a text give a
    /// reason, negative ones a caution. Only a nominating effect can put a
    /// technology on the list (AVOID-04: no listing without a reason).
    case weight(Set<Technology>, points: Int, text: String?, nominates: Bool)
    /// The technologies rank first among the eligible ids; higher priority wins.
    case first([Technology], priority: FirstPriority)
    /// The technology goes ahead of every other member of `group`.
    case firstWithin(Technology, group: Set<Technology>)
    /// May be listed but never at position 1.
    case neverFirst(Set<Technology>)
    /// Must not appear at positions 1 to 3.
    case outOfTopThree(Set<Technology>)
    /// A reason or caution for listed technologies, or for the top choice.
    case note(NoteTarget, NoteKind, String)
    /// A contract warning.
    case warning(WarningCode, String)
    /// Something taken for granted.
    case assumption(String)
    /// A step of the scaling path.
    case scaling(ScalingStep, String)
    /// Override: put this technology first whatever the ranking said.
    case promote(Technology)

    enum NoteKind: Sendable { case reason, caution }

    enum NoteTarget: Sendable {
        case technologies(Set<Technology>)
        case top
    }

    /// Why one id beats another for position 1 (RULES.md §0.4).
    enum FirstPriority: Int, Sendable, Comparable {
        /// ADD-01's "start with PostgreSQL" default; it only breaks a tie on points.
        case baseline = 0
        /// A decisive first, triggered by a need, the deployment, a size, retention or an engine signal.
        case decisive = 1
        /// A first that explicitly beats other decisive firsts (SEL-VEC-07).
        case overriding = 2

        static func < (lhs: FirstPriority, rhs: FirstPriority) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }
}

extension RuleEffect {
    /// ↑: one point and a reason; puts the ids on the list.
    static func gain(_ ids: Set<Technology>, _ text: String) -> RuleEffect {
        .weight(ids, points: 1, text: text, nominates: true)
    }

    /// ↑↑: two points and a reason; puts the ids on the list.
    static func strongGain(_ ids: Set<Technology>, _ text: String) -> RuleEffect {
        .weight(ids, points: 2, text: text, nominates: true)
    }

    /// ↑ for ids already on the list, without nominating new ones.
    static func boost(_ ids: Set<Technology>, _ text: String, points: Int = 1) -> RuleEffect {
        .weight(ids, points: points, text: text, nominates: false)
    }

    /// ↓: minus one point and a caution.
    static func loss(_ ids: Set<Technology>, _ text: String) -> RuleEffect {
        .weight(ids, points: -1, text: text, nominates: false)
    }

    static func reason(_ ids: Set<Technology>, _ text: String) -> RuleEffect {
        .note(.technologies(ids), .reason, text)
    }

    static func caution(_ ids: Set<Technology>, _ text: String) -> RuleEffect {
        .note(.technologies(ids), .caution, text)
    }

    static func reasonOnTop(_ text: String) -> RuleEffect {
        .note(.top, .reason, text)
    }

    static func cautionOnTop(_ text: String) -> RuleEffect {
        .note(.top, .caution, text)
    }

    static func first(_ id: Technology) -> RuleEffect {
        .first([id], priority: .decisive)
    }
}
