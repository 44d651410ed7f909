import Foundation

/// One way to tamper with a store, and how Strata must react to it.
struct TamperCase: Sendable {
    /// What must notice the edit.
    enum Expectation: Sendable {
        /// Every read command refuses with this code, and `verify` exits 1.
        case readsRefuse(code: String)
        /// `verify` exits 1 and says this; reads may still answer (the log's chain is theirs to trust).
        case verifyFails(mentioning: String)
        /// `verify` warns with this, exit 0: the store still proves itself, but lost a defence.
        case verifyWarns(mentioning: String)
        /// Only anchors kept outside the store can tell: `verify --anchors` exits 1.
        case anchorsFail
        /// A plain SQLite client's statement fails before it changes anything.
        case editRefused
    }

    var name: String
    /// SQL run on the copy by a plain SQLite client (no Strata functions defined).
    var sql: String
    var expected: Expectation
    /// Rewrites the log's chain (and watermark) after `sql`, as a forger with the file would.
    var rechain = false
}
