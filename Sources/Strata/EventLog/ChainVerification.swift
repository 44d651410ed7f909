/// What `verify` found: the head it reached and, if the chain breaks, where first.
public struct ChainVerification: Hashable, Sendable {
    /// The last event the walk reached (the head of a sound log).
    public var head: ChainHead
    /// How many events were checked.
    public var eventCount: Int64
    /// The first broken position, or nil for a sound log.
    public var firstBreak: ChainBreak?
    /// Whether the anchor given held (nil when none was given).
    public var anchorHeld: Bool?
    /// Problems that are not breaks of the chain, such as missing immutability triggers.
    public var warnings: [String]

    package init(head: ChainHead, eventCount: Int64, firstBreak: ChainBreak?, anchorHeld: Bool?, warnings: [String]) {
        self.head = head
        self.eventCount = eventCount
        self.firstBreak = firstBreak
        self.anchorHeld = anchorHeld
        self.warnings = warnings
    }

    /// True when the chain is unbroken and any anchor held.
    public var isSound: Bool { firstBreak == nil && anchorHeld != false }
}

/// The first place the log stops proving itself.
public struct ChainBreak: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// A row is missing or an extra one was inserted: positions are not 1, 2, 3, …
        case positionGap = "position-gap"
        /// A row's contents changed after it was written.
        case contentChanged = "content-changed"
        /// Rows were reordered, removed or inserted: the link to the previous hash is broken.
        case chainLinkBroken = "chain-link-broken"
        /// A stream's versions skip or repeat.
        case streamVersionGap = "stream-version-gap"
        /// System time went backwards.
        case timeWentBackwards = "time-went-backwards"
        /// A row cannot even be decoded.
        case malformedRow = "malformed-row"
        /// The log ends before a position its watermark, a projection checkpoint or an anchor saw.
        case truncated = "truncated"
        /// The event at the watermark's position is not the one the log held there.
        case replaced = "replaced"
        /// The anchored hash is not the hash now stored at that position.
        case anchorMismatch = "anchor-mismatch"
        /// The chain's starting hash does not derive from the store's id.
        case genesisMismatch = "genesis-mismatch"
    }

    public var position: Int64
    public var kind: Kind
    public var detail: String

    package init(position: Int64, kind: Kind, detail: String) {
        self.position = position
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "position \(position): \(kind.rawValue): \(detail)" }
}
