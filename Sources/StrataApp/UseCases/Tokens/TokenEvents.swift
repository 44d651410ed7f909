import Crypto
import Foundation
import Strata
import StrataJSON

// Tokens live in the log as events of their own category, `token`, one stream per name
// (`token-ci`), rather than in a migrated table: issuing and revoking a credential are facts an
// audit asks about (who let this client in, when, who shut it out), which the log already keeps
// hash-chained, exported and verified; a table would be a second, mutable truth beside it. The
// category is outside the domain's, so no projection folds it, and the events hold only the
// secret's SHA-256, never the secret: a copied or exported log lets no one in.

/// The token events' types and payloads.
enum TokenEvents {
    static let category = "token"
    static let issued = "token.issued"
    static let revoked = "token.revoked"

    static func stream(_ name: String) -> String { "\(category)-\(name)" }

    /// `token.issued`: the name, role and the secret's hash.
    struct Issued: Codable {
        var name: String
        var role: TokenRole
        var sha256: String
    }

    /// `token.revoked`: the name alone; the actor and time are the event's own.
    struct Revoked: Codable {
        var name: String
    }

    /// The hex SHA-256 of a bearer secret, the only form the log keeps.
    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A new bearer secret: 32 random bytes, hex, behind a prefix that makes a leaked one easy to spot.
    static func mintSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "strata_" + bytes.map { String(format: "%02x", $0) }.joined()
    }
}
