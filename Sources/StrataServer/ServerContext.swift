import Hummingbird
import NIOCore

/// The request context: Hummingbird's own, plus the client's address, which the rate limit on
/// failed authentications counts by.
struct ServerContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's IP address alone (its port changes per connection).
    var clientKey: String { remoteAddress?.ipAddress ?? "unknown" }
}
