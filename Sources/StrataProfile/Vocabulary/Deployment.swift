/// Where the workload's code runs, which limits where its data can live.
public enum Deployment: String, CaseIterable, Codable, Sendable {
    case server
    case serverless
    case edge
    case mobile
    case desktop
    case browser
    case embedded

    /// Whether the data lives on the user's device rather than on a server.
    ///
    /// Device deployments can only put an embeddable store first.
    public var isDevice: Bool {
        switch self {
        case .mobile, .desktop, .browser, .embedded: true
        case .server, .serverless, .edge: false
        }
    }
}
