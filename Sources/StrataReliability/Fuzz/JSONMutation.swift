import Foundation

/// Structure-aware JSON mutation: parse, change one value, key or container, print again.
///
/// Byte mutations mostly break the syntax; these keep it valid so the fuzzer also reaches
/// the validator behind the parser (types, ranges, enums, duplicates, lengths).
enum JSONMutation {
    /// A mutated document, or nil when `data` is not JSON.
    static func mutate(_ data: Data, keys: [String], words: [String], using generator: inout SplitMix) -> Data? {
        guard let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        let mutated = mutate(root, keys: keys, words: words, depth: 0, using: &generator)
        return try? JSONSerialization.data(withJSONObject: mutated, options: [.fragmentsAllowed])
    }

    private static func mutate(_ node: Any, keys: [String], words: [String], depth: Int, using generator: inout SplitMix) -> Any {
        let here = Int.random(in: 0..<4, using: &generator) == 0
        if var object = node as? [String: Any], !here || depth == 0 {
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where !object.isEmpty:
                object.removeValue(forKey: object.keys.sorted().randomElement(using: &generator) ?? "")
            case 1:
                object[keys.randomElement(using: &generator) ?? "x"] = value(keys: keys, words: words, using: &generator)
            default:
                if let key = object.keys.sorted().randomElement(using: &generator), let child = object[key] {
                    object[key] = mutate(child, keys: keys, words: words, depth: depth + 1, using: &generator)
                }
            }
            return object
        }
        if var array = node as? [Any], !here {
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where !array.isEmpty: array.remove(at: Int.random(in: 0..<array.count, using: &generator))
            case 1: array.append(value(keys: keys, words: words, using: &generator))
            case 2 where !array.isEmpty: array.append(array[Int.random(in: 0..<array.count, using: &generator)])
            default:
                if !array.isEmpty {
                    let index = Int.random(in: 0..<array.count, using: &generator)
                    array[index] = mutate(array[index], keys: keys, words: words, depth: depth + 1, using: &generator)
                }
            }
            return array
        }
        return value(keys: keys, words: words, using: &generator)
    }

    /// A value chosen to sit on a boundary: extreme numbers, odd strings, wrong types.
    static func value(keys: [String], words: [String], using generator: inout SplitMix) -> Any {
        switch Int.random(in: 0..<12, using: &generator) {
        case 0: return [0, -1, 1, 0.5, -0.0, 1e308, -1e308, Double.leastNonzeroMagnitude, 9_007_199_254_740_993, Int64.max, Int64.min]
            .randomElement(using: &generator) ?? 0
        case 1: return Int.random(in: -1000...100_000, using: &generator)
        case 2: return Bool.random(using: &generator)
        case 3: return NSNull()
        case 4: return [Any]()
        case 5: return [String: Any]()
        case 6: return String(repeating: words.randomElement(using: &generator) ?? "a", count: Int.random(in: 1...300, using: &generator))
        case 7: return ["", "\u{0}", "\u{202E}gpj.exe", "'; DROP TABLE events; --", "../../etc/passwd", "🚀", "\u{FEFF}", "a\nb"]
            .randomElement(using: &generator) ?? ""
        case 8: return (0..<Int.random(in: 1...4, using: &generator)).map { _ in words.randomElement(using: &generator) ?? "" }
        default: return words.randomElement(using: &generator) ?? ""
        }
    }
}
