import Foundation
import StrataApp

/// The connection's identity: which client said hello, and so who every write is recorded as.
actor Session {
    let onBehalfOf: String?
    private(set) var clientName: String?

    init(onBehalfOf: String?) { self.onBehalfOf = onBehalfOf }

    /// Called from the initialize handshake with the client's self-reported name.
    func greeted(by name: String) { clientName = name.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// `agent:<client>`, and `on behalf of <person>` when the server was told whose agent it is.
    var actor: String {
        let agent = "agent:" + (clientName.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown")
        guard let onBehalfOf, !onBehalfOf.isEmpty else { return agent }
        return "\(agent) on behalf of \(onBehalfOf)"
    }
}
