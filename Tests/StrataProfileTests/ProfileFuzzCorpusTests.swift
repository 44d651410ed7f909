import Foundation
import Testing
import StrataProfile

/// Replays the profile fuzz corpus (`.ci/fuzz/corpus/profile`: the seeds, inputs that found a
/// new verdict, and any input that once broke a promise) with the fuzzers' oracle.
@Suite struct ProfileFuzzCorpusTests {
    static let corpus: [URL] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../.ci/fuzz/corpus/profile").standardizedFileURL
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    @Test func corpusIsThere() {
        #expect(Self.corpus.count >= 10)
    }

    /// Regression (found by `strata-reliability fuzz --target profile`): a backslash before a
    /// raw line break put that line break into the error, so `strata advise` printed two lines.
    @Test(arguments: ["\n", "\r", "\u{1B}", "\u{0}"])
    func anInvalidEscapeOfAControlCharacterStaysOnOneLine(character: String) {
        #expect(throws: ProfileError.self) { try WorkloadProfile.parse("{\"name\":\"a\\\(character)b\"}") }
        do {
            _ = try WorkloadProfile.parse("{\"name\":\"a\\\(character)b\"}")
        } catch {
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 }, "\(error)")
            #expect(error.description.contains("followed by byte 0x"), "\(error)")
        }
    }

    @Test func everyCorpusInputIsAProfileOrOneClearError() throws {
        for file in Self.corpus {
            let input = try Data(contentsOf: file)
            do {
                let profile = try WorkloadProfile.parse(input)
                #expect(try WorkloadProfile.parse(profile.canonicalJSON()) == profile, "\(file.lastPathComponent)")
            } catch {
                let message = error.description
                #expect(message.hasPrefix("Workload profile") && message.contains("expected"), "\(file.lastPathComponent): \(message)")
                #expect(!message.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" } && message.utf8.count <= 2_000,
                        "\(file.lastPathComponent): \(message)")
            }
        }
    }
}
