import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// The advisor's rule catalogue, for faces that list or explain rules.
public enum RuleBook {
    /// Every rule, in catalogue order.
    public static var all: [Rule] { RuleCatalogue.all }

    /// The rule with `id` (case-insensitive), or an error with the nearest ids.
    public static func rule(_ id: String) throws(AppError) -> Rule {
        try AppError.wrap { try RuleCatalogue.lookup(id) }
    }
}
