/// A row whose column no longer has its declared type: edited by hand with the triggers dropped.
///
/// Thrown while decoding instead of trapping; `verify` reports it as a break and every other
/// read maps it to ``EventLogError/corrupt(path:detail:)`` naming the store's file.
struct MalformedRow: Error, CustomStringConvertible {
    var position: Int64
    var column: Int

    var description: String { "row at position \(position) has a malformed column \(column)" }
}
