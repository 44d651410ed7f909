/// When the read models snapshot their state.
///
/// A snapshot is considered every `stride` positions and taken once at least `stride` events
/// (and at least as many events as the last snapshot held rows) have passed since the previous
/// one. Tying the gap to the model's size keeps the snapshots' total size proportional to the
/// log, while an as-of query replays at most one gap after restoring.
public struct SnapshotPolicy: Sendable, Hashable {
    /// Positions between snapshot candidates; at least 1.
    public var stride: Int64

    public init(stride: Int64) {
        self.stride = max(1, stride)
    }

    /// The store's policy: a candidate every 1,000 events.
    public static let standard = SnapshotPolicy(stride: 1_000)

    func isCandidate(_ position: Int64) -> Bool { position % stride == 0 }
}
