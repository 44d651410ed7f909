import Foundation

/// Byte-level mutations in the style of libFuzzer's: flips, interesting bytes, inserted
/// dictionary tokens, deletions, duplications, splices with another corpus entry.
struct Mutator {
    let dictionary: [Data]
    /// Inputs grow to at most this many bytes.
    let maximumLength: Int

    static let interestingBytes: [UInt8] = [0x00, 0x01, 0x7F, 0x80, 0xC0, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF,
                                            0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x2C, 0x0A, 0x0D, 0x09, 0x23, 0x2D]

    /// One to four stacked mutations of `input`; `other` is a corpus entry to splice from.
    func mutate(_ input: Data, other: Data, using generator: inout SplitMix) -> Data {
        var bytes = [UInt8](input)
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            mutateOnce(&bytes, other: other, using: &generator)
        }
        if bytes.count > maximumLength { bytes.removeLast(bytes.count - maximumLength) }
        return Data(bytes)
    }

    private func mutateOnce(_ bytes: inout [UInt8], other: Data, using generator: inout SplitMix) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<9, using: &generator) {
        case 0 where !bytes.isEmpty:
            bytes[position] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
        case 1 where !bytes.isEmpty:
            bytes[position] = Self.interestingBytes.randomElement(using: &generator) ?? 0
        case 2, 3:
            let token = dictionary.randomElement(using: &generator) ?? Data()
            bytes.insert(contentsOf: token, at: bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator))
        case 4 where !bytes.isEmpty:
            let length = Int.random(in: 1...min(16, bytes.count - position), using: &generator)
            bytes.removeSubrange(position..<(position + length))
        case 5 where !bytes.isEmpty:
            let length = Int.random(in: 1...min(64, bytes.count - position), using: &generator)
            bytes.insert(contentsOf: bytes[position..<(position + length)], at: position)
        case 6 where !other.isEmpty:
            let from = Int.random(in: 0..<other.count, using: &generator)
            let piece = other[other.startIndex + from..<other.startIndex + min(other.count, from + Int.random(in: 1...256, using: &generator))]
            bytes.replaceSubrange(position..<min(bytes.count, position + piece.count), with: piece)
        case 7 where !bytes.isEmpty:
            bytes.removeLast(Int.random(in: 1...bytes.count, using: &generator))
        default:
            let token = dictionary.randomElement(using: &generator) ?? Data()
            let length = min(token.count, bytes.count - position)
            bytes.replaceSubrange(position..<(position + length), with: token)
        }
    }
}
