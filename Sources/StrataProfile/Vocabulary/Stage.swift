/// How far the system is from serving real users.
///
/// A prototype can take shortcuts a production system cannot; the advisor
/// uses this to prefer quick-to-start stores early on.
public enum Stage: String, CaseIterable, Codable, Sendable {
    case prototype
    case internalTool = "internal-tool"
    case production
}
