/// Who is expected to run the database.
public enum Operations: String, CaseIterable, Codable, Sendable {
    /// A provider runs it; hosted services are preferred.
    case managed
    /// The team runs it; service-only products are ruled out.
    case selfHosted = "self-hosted"
    /// No preference.
    case either
}
