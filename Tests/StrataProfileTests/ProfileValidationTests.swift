import Foundation
import StrataProfile
import Testing

/// Every kind of schema violation is rejected with a one-line message that
/// names the field, the value given and what was expected.
struct ProfileValidationTests {
    @Test("Each invalid profile is rejected with the right code, path and message", arguments: ProfileErrorCase.all)
    func rejected(_ example: ProfileErrorCase) {
        do {
            let profile = try WorkloadProfile.parse(example.json)
            Issue.record("accepted: \(profile)")
        } catch {
            #expect(error.code == example.code, "\(error)")
            #expect(error.path == example.path, "\(error)")
            let message = error.description
            #expect(!message.contains("\n"), "message spans lines: \(message)")
            for fragment in example.mentions {
                #expect(message.contains(fragment), "\(message) lacks \(fragment)")
            }
            if let path = example.path, !path.contains("\n") { #expect(message.contains("field '\(path)'")) }
        }
    }

    @Test("Input over 1 MiB is refused before parsing")
    func oversizedInput() {
        let padding = String(repeating: " ", count: WorkloadProfile.maximumInputBytes)
        #expect(throws: ProfileError.self) { try WorkloadProfile.parse("{\"name\":\"a\",\"accessPatterns\":[\"cache\"]}" + padding) }
        do {
            _ = try WorkloadProfile.parse(Data(repeating: 0x20, count: WorkloadProfile.maximumInputBytes + 1))
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.description.contains("1048577 bytes"))
        }
    }

    @Test("Invalid UTF-8 is reported with its byte offset")
    func invalidUTF8() {
        var bytes = Array(#"{"name": "caf"#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(#"", "accessPatterns": ["cache"]}"#.utf8)
        do {
            _ = try WorkloadProfile.parse(Data(bytes))
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.code == .malformedJSON)
            #expect(error.location?.byteOffset == 13)
            #expect(error.description.contains("not valid UTF-8"))
        }
    }

    @Test("Deep nesting is refused without exhausting the stack", arguments: [100, 100_000])
    func deepNesting(depth: Int) {
        let text = "{\"name\": \"a\", \"accessPatterns\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        do {
            _ = try WorkloadProfile.parse(text)
            Issue.record("accepted nesting of \(depth)")
        } catch {
            #expect(error.code == .malformedJSON)
            #expect(error.description.contains("nested more than 64 levels"))
        }
    }

    @Test("Schema integers accept whole numbers written with a fraction or an exponent")
    func integralNumbersAreIntegers() throws {
        let profile = try WorkloadProfile.parse(#"{"name": "a", "accessPatterns": ["cache"], "concurrentWriters": 2.0, "vectorCount": 1e6}"#)
        #expect(profile.concurrentWriters == 2)
        #expect(profile.vectorCount == 1_000_000)
    }
}
