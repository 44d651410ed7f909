import Strata

extension ArchitectureEffect {
    /// Adopts a store of the technology whose schema id is `technology` (`"redis"`, `"pgvector"`).
    ///
    /// Tests name technologies by id so they need no import of the profile module.
    static func adopt(
        _ technology: String, name: String, context: String = "C-1", role: StoreRole = .primary,
        workloads: [String] = [], because justifications: [Justification]? = nil
    ) -> ArchitectureEffect {
        adoption(ArchitectureEffect.adoptStore, technology, name, context, role, workloads, justifications)
    }

    private static func adoption<Technology: RawRepresentable>(
        _ make: (Technology, String, String, StoreRole, [String]?, [Justification]?) -> ArchitectureEffect,
        _ id: String, _ name: String, _ context: String, _ role: StoreRole, _ workloads: [String],
        _ justifications: [Justification]?
    ) -> ArchitectureEffect where Technology.RawValue == String {
        guard let technology = Technology(rawValue: id) else { preconditionFailure("'\(id)' is no technology id") }
        return make(technology, name, context, role, workloads, justifications)
    }
}
