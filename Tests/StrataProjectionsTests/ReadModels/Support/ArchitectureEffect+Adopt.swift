import Strata
import StrataProfile

extension ArchitectureEffect {
    /// Adopts a store of the technology whose id is `technology` (`"redis"`, `"pgvector"`), or
    /// `other:NAME` of `category`.
    static func adopt(
        _ technology: String, name: String, context: String = "C-1", role: StoreRole = .primary,
        workloads: [String] = [], because justifications: [Justification]? = nil, category: String? = nil
    ) -> ArchitectureEffect {
        guard let parsed = StoreTechnology(stored: technology, category: category) else {
            preconditionFailure("'\(technology)' is no technology id")
        }
        return .adoptStore(technology: parsed, name: name, context: context, role: role, workloads: workloads, justifications: justifications)
    }
}
