extension ArchitectureReview {
    /// A caution (ADD-04) when one store serves more than one bounded context.
    ///
    /// Each context should own its data and integrate with the others
    /// through events; a shared database couples them. The contexts are the
    /// store's own plus those of the workloads it serves. This is a caution,
    /// not a contract warning code, so it is returned as a ``RuleNote``.
    public static func contextCautions(_ store: ReviewedStore) -> [RuleNote] {
        let contexts = Set(store.workloads.compactMap(\.context) + [store.context].compactMap { $0 }).sorted()
        guard contexts.count > 1 else { return [] }
        return [RuleNote(
            rule: "ADD-04",
            text: "\(store.name) is shared by the \(contexts.joined(separator: ", ")) contexts; give each context its own store and integrate through events.")]
    }
}
