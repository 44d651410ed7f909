/// SplitMix64: a tiny, fast generator whose sequence depends only on its seed, so a randomised
/// test that fails can be replayed exactly.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// True with probability `chance` (0…1).
    public mutating func chance(_ chance: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }

    /// A random element, or nil for an empty list.
    public mutating func pick<T>(_ items: [T]) -> T? {
        items.randomElement(using: &self)
    }

    /// A random subset of `items` with at least `minimum` elements (when there are that many).
    public mutating func subset<T>(_ items: [T], minimum: Int = 0) -> [T] {
        guard !items.isEmpty else { return [] }
        let count = Int.random(in: min(minimum, items.count)...items.count, using: &self)
        return Array(items.shuffled(using: &self).prefix(count))
    }
}
