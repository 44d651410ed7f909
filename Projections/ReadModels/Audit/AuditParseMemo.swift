import StrataProfile

/// Workload profiles and store technologies parsed from their stored text, kept for a caller
/// that works out the audit many times over nearly the same tables: a valid-time sweep does at
/// every change, and parsing the same profiles again each time was a sixth of its work.
final class AuditParseMemo {
    private var profiles: [String: WorkloadProfile?] = [:]
    private var technologies: [String: StoreTechnology?] = [:]

    /// The profile stored as `text`, or nil when it does not parse.
    func profile(_ text: String) -> WorkloadProfile? {
        if let known = profiles[text] { return known }
        let parsed = try? WorkloadProfile.parse(text)
        profiles[text] = parsed
        return parsed
    }

    /// The technology a store row holds, or nil when it names none.
    func technology(_ stored: String, category: String?) -> StoreTechnology? {
        let key = stored + "\u{0}" + (category ?? "")
        if let known = technologies[key] { return known }
        let parsed = StoreTechnology(stored: stored, category: category)
        technologies[key] = parsed
        return parsed
    }
}
