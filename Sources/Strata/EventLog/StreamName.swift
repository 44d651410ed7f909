/// Stream ids are `category-identity` (`decision-0193…`, `workload-…`); the category groups them.
public enum StreamName {
    /// The text before the first `-`, or the whole id when it has none.
    public static func category(of streamID: String) -> String {
        guard let dash = streamID.firstIndex(of: "-") else { return streamID }
        return String(streamID[..<dash])
    }

    /// A stream id for `category` and `identity`.
    public static func make(category: String, identity: String) -> String { "\(category)-\(identity)" }
}
