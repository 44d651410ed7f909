import Foundation

/// An API token as the log knows it: never its secret, only the secret's SHA-256.
public struct APIToken: Sendable, Codable, Equatable {
    /// The token's name, unique for ever: the identity every write made with it is recorded as.
    public var name: String
    public var role: TokenRole
    /// Who issued it, and when (the log's recorded time, ISO 8601).
    public var issuedBy: String
    public var issuedAt: String
    /// Who revoked it and when; nil while it is valid.
    public var revokedBy: String?
    public var revokedAt: String?

    /// Whether the token still authenticates.
    public var isActive: Bool { revokedAt == nil }

    /// The actor recorded for writes made with it, so a write's author is never a name the client chose.
    public var actor: String { "token:\(name)" }
}

/// A freshly issued token: the one moment its secret exists outside the caller's hands.
public struct IssuedToken: Sendable, Codable, Equatable {
    public var token: APIToken
    /// The bearer secret, shown once; the store keeps only its hash.
    public var secret: String
}
