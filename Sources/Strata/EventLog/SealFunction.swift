import Crypto
import Foundation
import GRDB

/// The SQL function the read models' seal triggers call (see migration 6).
///
/// A table's seal is the wrapping sum of one 64-bit hash per row, so a trigger can add a new
/// row's hash and subtract an old one's without reading the table, and a check can recompute it
/// in any order. Only connections opened by Strata define the function: a statement run by any
/// other client on a sealed table fails with "no such function", before it changes a row.
public enum SealFunction {
    /// The function's SQL name.
    public static let name = "strata_seal_step"

    /// One row's contribution: the first 8 bytes of SHA-256 over its table's name and its JSON.
    public static func hash(table: String, row: String) -> UInt64 {
        // The text's own bytes, not copies: a refold hashes every row of every table.
        var hasher = SHA256()
        var table = table, row = row
        table.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0)) { hasher.update(bufferPointer: $0) }
        row.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        return hasher.finalize().withUnsafeBytes { bytes in
            bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
    }

    /// A SHA-256 digest of `text`, for contents sealed whole (a snapshot).
    public static func digest(of text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { Array(SHA256.hash(data: UnsafeRawBufferPointer($0))) }
    }

    /// `strata_seal_step(digest, sign, table, row)`: the digest with the row added (sign 1) or
    /// removed (sign -1).
    static let function = DatabaseFunction(name, argumentCount: 4, pure: true) { values in
        guard let digest = Int64.fromDatabaseValue(values[0]), let sign = Int64.fromDatabaseValue(values[1]),
              let table = String.fromDatabaseValue(values[2]), let row = String.fromDatabaseValue(values[3]) else {
            throw DatabaseError(message: "\(name) takes (digest, sign, table, row)")
        }
        let current = UInt64(bitPattern: digest)
        let step = hash(table: table, row: row)
        return Int64(bitPattern: sign >= 0 ? current &+ step : current &- step)
    }
}
