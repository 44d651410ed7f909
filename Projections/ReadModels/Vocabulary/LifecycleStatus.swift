/// Whether a context, workload or store is in use.
public enum LifecycleStatus: String, CaseIterable, Codable, Sendable {
    case active, retired
}
