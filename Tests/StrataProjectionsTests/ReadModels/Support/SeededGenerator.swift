/// Reproducible randomness (SplitMix64): the same seed gives the same command sequence.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `chance` (0…1).
    mutating func chance(_ chance: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }

    /// A random element, or nil for an empty list.
    mutating func pick<T>(_ items: [T]) -> T? {
        items.randomElement(using: &self)
    }

    /// A random subset of `items` with at least `minimum` elements (when there are that many).
    mutating func subset<T>(_ items: [T], minimum: Int = 0) -> [T] {
        guard !items.isEmpty else { return [] }
        let count = Int.random(in: min(minimum, items.count)...items.count, using: &self)
        return Array(items.shuffled(using: &self).prefix(count))
    }
}
