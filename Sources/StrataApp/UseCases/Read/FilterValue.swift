import StrataProfile

/// The one check every list filter goes through: a value that matches nothing known is an
/// error with the nearest known spellings, so a typo never reads as "nothing matched".
enum FilterValue {
    /// Throws ``AppError/Code/unknownFilterValue`` unless `value` (case ignored) is among `known`.
    ///
    /// - Parameters:
    ///   - noun: what the filter names, for the message ("technology", "tag").
    ///   - known: every spelling that would match something, or that the vocabulary allows.
    ///   - listed: what to show when nothing is near (defaults to `known`); e.g. `C-1 (catalog)`.
    ///   - suggesting: false for ids, where every id is one edit from the next: list them instead.
    static func check(
        _ value: String?, field: AppError.Field, noun: String, known: [String], listed: [String]? = nil, suggesting: Bool = true
    ) throws(AppError) {
        guard let value else { return }
        let wanted = value.lowercased()
        if known.contains(where: { $0.lowercased() == wanted }) { return }
        throw AppError(
            .unknownFilterValue, "no \(noun) '\(value)' is known here", subject: AppError.Subject(entity: value, field: field),
            remedy: .advice(hint(for: value, known: suggesting ? known : [], listed: listed ?? known)))
    }

    private static func hint(for value: String, known: [String], listed: [String]) -> String {
        let near = FieldNameSuggestion.nearest(to: value, among: known)
        let quoted = near.map { "'\($0)'" }
        if let last = quoted.last {
            return "did you mean " + (quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last) + "?"
        }
        if listed.isEmpty { return "none is recorded yet" }
        let shown = listed.prefix(12).joined(separator: ", ")
        return "known: " + shown + (listed.count > 12 ? ", …" : "")
    }
}
