import Foundation
import Strata
import StrataJSON

/// A store's identity and head: what a replica of it checks before it copies anything.
public struct StoreIdentity: Codable, Sendable, Equatable {
    /// The id every hash of the log's chain derives from.
    public var storeID: String
    public var position: Int64
    /// The head event's hash in hex (the genesis hash when the log is empty).
    public var hash: String
    /// The identity the asking token records writes as, when a server answers.
    public var actor: String?
}

extension StrataStore {
    /// The most events one page of ``replicaEvents(after:limit:)`` holds.
    public static let replicaPageLimit = 10_000

    /// This store's identity and head, for a client that keeps a replica of it.
    public func identity() throws(AppError) -> StoreIdentity {
        let head = try AppError.wrap { try log.head() }
        return StoreIdentity(storeID: log.storeID, position: head.position, hash: Hex.encode(head.hash), actor: nil)
    }

    /// Up to `limit` events after `position` exactly as stored, hashes included, so a replica
    /// can check every link before it keeps them.
    public func replicaEvents(after position: Int64, limit: Int) throws(AppError) -> [RecordedEvent] {
        let bounded = min(max(1, limit), Self.replicaPageLimit)
        return try AppError.wrap { try log.events(EventQuery(after: max(0, position), limit: bounded)) }
    }

    /// Walks this store's own chain (and its team store's, when it is a replica) for a client's
    /// replica, which verifies its own copy itself; read models are not part of it.
    public func verifyChain(anchor: String?) throws(AppError) -> ChainVerification {
        let pinned = try anchor.map { text throws(AppError) in try Self.parseAnchor(text) }
        return try AppError.wrap { try log.verifyWithUpstream(anchor: pinned) }
    }

    /// Appends what a client's replica decided, with the log's guarantees (expected versions,
    /// idempotency by event id), recorded as `token`'s: the actor a client names is replaced.
    ///
    /// The client ran the domain's rules on its replica at the versions it sends, as a
    /// replica of a team store does; here every event is checked to be one this release writes
    /// (a domain event whose payload decodes, a raw event outside the domain), and tokens,
    /// which grant access, can be issued or revoked only with an admin token.
    public func appendReplicated(_ appends: [StreamAppend], metadata: EventMetadata, by token: APIToken) throws(AppError) -> AppendResult {
        for append in appends {
            for event in append.events { try ReplicatedEventCheck.check(event, stream: append.streamID, token: token) }
        }
        var recorded = metadata
        recorded.actor = token.actor
        return try AppError.wrap { try log.append(appends, metadata: recorded) }
    }
}

/// The checks a replicated event passes before the shared log takes it.
enum ReplicatedEventCheck {
    static func check(_ event: NewEvent, stream: String, token: APIToken) throws(AppError) {
        let role = token.role
        if event.metadata != nil {
            throw refusal("event \(event.eventID) carries metadata of its own; the server records every event as the token's")
        }
        let category = StreamName.category(of: stream)
        if category == TokenEvents.category || event.eventType.hasPrefix(TokenEvents.category + ".") {
            guard role.permits(.admin) else {
                throw AppError(.notAllowedHere, "only an admin token may issue or revoke tokens", subject: .entity(stream),
                               remedy: .advice("run the token command with an admin token"))
            }
            guard [TokenEvents.issued, TokenEvents.revoked].contains(event.eventType), category == TokenEvents.category else {
                throw refusal("'\(event.eventType)' on '\(stream)' is not a token event this release writes")
            }
            return
        }
        guard let type = DomainEvents.all.first(where: { $0.eventType == event.eventType }) else {
            // Raw events are welcome outside the domain, as `strata append` allows them.
            try RawAppend(stream: stream, type: event.eventType, data: event.data).checkOutsideDomain()
            return
        }
        guard DomainEvents.categories.contains(category) else {
            throw refusal("'\(event.eventType)' belongs to the domain but '\(stream)' is not one of its streams")
        }
        guard event.schemaVersion == type.schemaVersion else {
            throw refusal("'\(event.eventType)' v\(event.schemaVersion) is not the version this server writes (v\(type.schemaVersion)); use the server's release of strata")
        }
        guard decodes(type, event.data) else {
            throw refusal("the payload of '\(event.eventType)' (\(event.eventID)) is not that event's shape")
        }
        // Decision events name who acted in their payload too: it must be the token's identity.
        if let named = named(in: event.data), named != token.actor {
            throw AppError(
                .notAllowedHere, "'\(event.eventType)' names '\(named)' as who acted, but the token is \(token.actor)'s",
                subject: .entity(stream), remedy: .advice("record it as \(token.actor), or with that person's own token"))
        }
    }

    /// The payload's top-level `by`, the person a decision event says acted.
    private static func named(in data: String) -> String? {
        guard case .object(let members)? = try? JSONParser.parse(data),
              case .string(let by)? = members.first(where: { $0.key == "by" })?.value else { return nil }
        return by
    }

    private static func decodes<Event: DomainEvent>(_ type: Event.Type, _ data: String) -> Bool {
        (try? JSONCodec.decode(Event.self, from: data)) != nil
    }

    private static func refusal(_ message: String) -> AppError {
        AppError(.invalidEvent, message, remedy: .advice("record it with strata's own commands, of the server's release"))
    }
}
