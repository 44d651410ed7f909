import Foundation
import StrataAdvisor
import StrataProfile

/// A rule id with one profile that must fire it and one, just outside its
/// condition, that must not.
///
/// Profiles are written as the JSON fields after `"name"`, so every case
/// also goes through the strict parser; ``FiringCase/profile(_:)`` reports a
/// case that does not parse as a profile with no access patterns, which the
/// parse test below catches.
struct FiringCase: Sendable, CustomStringConvertible {
    let rule: String
    let fires: String
    let silent: String
    var firingContext = AdvisoryContext()
    var silentContext = AdvisoryContext()

    var description: String { rule }

    init(_ rule: String, fires: String, silent: String) {
        self.rule = rule
        self.fires = fires
        self.silent = silent
    }

    init(_ rule: String, fires: String, silent: String, firing: AdvisoryContext, silentContext: AdvisoryContext) {
        self.init(rule, fires: fires, silent: silent)
        firingContext = firing
        self.silentContext = silentContext
    }

    static func json(_ fields: String) -> String {
        "{\"name\": \"case\", \(fields)}"
    }

    static func profile(_ fields: String) -> WorkloadProfile {
        (try? WorkloadProfile.parse(json(fields))) ?? WorkloadProfile(name: "unparsable", accessPatterns: [])
    }

    static func advise(_ fields: String, context: AdvisoryContext = .init()) -> Advice {
        Advisor.advise(profile(fields), context: context)
    }
}
