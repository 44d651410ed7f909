import Foundation
import Strata
import StrataJSON

extension StrataStore {
    /// Issues a token named `name` with `role`, recorded as `token.issued` by `actor`; the
    /// secret is returned once and never stored. Names are never reused, even once revoked, so
    /// an actor in the log always means one credential.
    public func issueToken(name: String, role: TokenRole, actor: String) throws(AppError) -> IssuedToken {
        try Self.checkTokenName(name)
        if try tokens().contains(where: { $0.name == name }) {
            throw AppError(
                .nameTaken, "a token named '\(name)' was already issued", subject: .entity(TokenEvents.stream(name)),
                remedy: .advice("choose another name; a revoked token's name stays taken"))
        }
        let secret = TokenEvents.mintSecret()
        let payload = TokenEvents.Issued(name: name, role: role, sha256: TokenEvents.hash(secret))
        try appendTokenEvent(TokenEvents.issued, payload, name: name, expected: .noStream, actor: actor)
        guard let token = try tokens().first(where: { $0.name == name }) else {
            throw AppError(.storage, "the token '\(name)' was recorded but cannot be read back")
        }
        return IssuedToken(token: token, secret: secret)
    }

    /// Revokes the token `name` (`token.revoked`): from now on it authenticates no one.
    public func revokeToken(name: String, actor: String) throws(AppError) -> APIToken {
        guard let token = try tokens().first(where: { $0.name == name }) else {
            throw AppError(.notFound, "no token named '\(name)'", subject: .entity(TokenEvents.stream(name)), remedy: .advice("list the tokens to see their names"))
        }
        guard token.isActive else {
            throw AppError(.retired, "the token '\(name)' is already revoked", subject: .entity(TokenEvents.stream(name)))
        }
        try appendTokenEvent(TokenEvents.revoked, TokenEvents.Revoked(name: name), name: name, expected: .exact(1), actor: actor)
        return try tokens().first(where: { $0.name == name }) ?? token
    }

    /// Every token ever issued, in the order issued, revoked ones marked.
    public func tokens() throws(AppError) -> [APIToken] {
        try tokenRecords().map(\.token)
    }

    /// The active token whose secret is `secret`, or nil: unknown and revoked secrets alike
    /// authenticate no one. The log is read on every call, so a revocation holds at once.
    public func authenticate(secret: String) throws(AppError) -> APIToken? {
        let hash = TokenEvents.hash(secret)
        return try tokenRecords().first { $0.sha256 == hash && $0.token.isActive }?.token
    }

    private func tokenRecords() throws(AppError) -> [(token: APIToken, sha256: String)] {
        var records: [(token: APIToken, sha256: String)] = []
        try AppError.wrap {
            try log.read(EventQuery(category: TokenEvents.category)) { event in
                let actor = (try? JSONCodec.decode(RecordedActor.self, from: event.metadata))?.actor ?? "unknown"
                switch event.eventType {
                case TokenEvents.issued:
                    let issued = try JSONCodec.decode(TokenEvents.Issued.self, from: event.data)
                    records.append((APIToken(name: issued.name, role: issued.role, issuedBy: actor, issuedAt: event.recordedAt.iso8601), issued.sha256))
                case TokenEvents.revoked:
                    let revoked = try JSONCodec.decode(TokenEvents.Revoked.self, from: event.data)
                    if let index = records.firstIndex(where: { $0.token.name == revoked.name }) {
                        records[index].token.revokedBy = actor
                        records[index].token.revokedAt = event.recordedAt.iso8601
                    }
                default: break
                }
            }
        }
        return records
    }

    private func appendTokenEvent<Payload: Encodable>(
        _ type: String, _ payload: Payload, name: String, expected: ExpectedVersion, actor: String
    ) throws(AppError) {
        try AppError.wrap {
            let event = NewEvent(eventID: EventID.make(), eventType: type, data: try JSONCodec.text(payload))
            try log.append([event], to: TokenEvents.stream(name), expected: expected, metadata: EventMetadata(actor: actor))
        }
    }

    /// Token names become stream ids and actors: short, lower-case, no spaces.
    static func checkTokenName(_ name: String) throws(AppError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        guard !name.isEmpty, name.count <= 64, name.allSatisfy(allowed.contains) else {
            throw AppError(
                .invalidInput, "'\(name)' is not a token name", subject: .field(.id),
                remedy: .advice("use 1 to 64 of a-z, 0-9, '-', '_' and '.'"))
        }
    }
}

/// The one field of an event's metadata the token list shows.
private struct RecordedActor: Decodable {
    var actor: String
}
