import Foundation
import StrataProfile
import Testing

/// The parser never traps: any byte sequence either parses or throws a ProfileError.
struct ParserRobustnessTests {
    @Test("Thousands of mutated profiles parse or fail cleanly, never crash")
    func mutatedInputs() {
        let seed = Array(ProfileParsingTests.everyField.utf8)
        var state: UInt64 = 0xC0FFEE
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var accepted = 0
        var rejected = 0
        for _ in 0..<3_000 {
            var bytes = seed
            for _ in 0..<(1 + next() % 4) {
                let position = next() % bytes.count
                switch next() % 3 {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: next())
                case 1: bytes.remove(at: position)
                default: bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
                }
            }
            do {
                _ = try WorkloadProfile.parse(Data(bytes))
                accepted += 1
            } catch {
                #expect(!error.description.isEmpty && !error.description.contains("\n"))
                rejected += 1
            }
        }
        #expect(accepted + rejected == 3_000)
        #expect(rejected > 0)
    }

    @Test("Odd but valid documents are handled", arguments: [
        "{\"name\":\"a\",\"accessPatterns\":[\"cache\"],\"description\":\"\(String(repeating: "é", count: 10_000))\"}",
        "{\"name\":\"\\u0000\",\"accessPatterns\":[\"cache\"]}",
        "\n\t{\"name\":\"a\"\r\n,\"accessPatterns\":[\"cache\"]}\n",
    ])
    func oddButValid(_ text: String) throws {
        let profile = try WorkloadProfile.parse(text)
        #expect(profile.accessPatterns == [.cache])
    }
}
