/// Whether the profile's volume, rate and latency numbers were measured.
///
/// Only a measured bottleneck justifies adding a database; estimates are
/// treated as speculation when the advisor weighs a new store.
public enum Figures: String, CaseIterable, Codable, Sendable {
    case measured
    case estimated
}
