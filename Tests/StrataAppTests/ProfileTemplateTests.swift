import Foundation
import StrataApp
import Testing

/// The commented template parses as it stands, and comments never reach into strings or lines.
@Suite struct ProfileTemplateTests {
    @Test func templateParsesWithEveryFieldSet() throws {
        let profile = try StrataStore.parseProfile(Data(ProfileTemplate.text.utf8), source: "template")
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(profile)) as? [String: Any]
        #expect(encoded?.count == 38, "every field of the schema has an example value")
        #expect(profile.name == "product-catalog")
    }

    @Test func everyFieldIsExplainedWithItsAllowedValues() {
        let lines = ProfileTemplate.text.split(separator: "\n").map(String.init)
        let fields = lines.filter { $0.hasPrefix("  \"") }
        #expect(fields.count == 38)
        for (index, line) in lines.enumerated() where line.hasPrefix("  \"") {
            #expect(lines[index - 1].hasPrefix("  // "), "\(line) has a comment above it")
        }
        let comments = lines.filter { $0.hasPrefix("  // ") }.map { $0.dropFirst(5) }.joined(separator: " ")
        #expect(comments.contains("One of: strong, eventual."))
        #expect(comments.contains("each one of: postgresql, mysql, sqlite"))
        #expect(lines.allSatisfy { !$0.hasPrefix("//") || $0.count <= 80 })
    }

    @Test func aCommentMarkerInsideAStringIsData() throws {
        let json = "{\n  // a comment\n  \"name\": \"a // b\",\n  \"description\": \"see https://example.com\",\n  \"accessPatterns\": [\"cache\"]\n}"
        let profile = try StrataStore.parseProfile(Data(json.utf8), source: "p.json")
        #expect(profile.name == "a // b")
        #expect(profile.description == "see https://example.com")
    }

    @Test func anErrorAfterACommentNamesTheUsersLineAndColumn() {
        let json = "{\n  // one\n    // two, indented\n  \"name\": \"x\",\n  \"accessPatterns\": [\"cache\"] !\n}"
        do {
            _ = try StrataStore.parseProfile(Data(json.utf8), source: "p.json")
            Issue.record("accepted broken JSON")
        } catch {
            #expect(error.code == .invalidProfile)
            #expect(error.message.contains("line 5, column 31"), "\(error.message)")
        }
    }

    @Test func aCommentAfterCodeOnTheSameLineIsNotBlanked() {
        let json = "{\"name\": \"x\", \"accessPatterns\": [\"cache\"]} // trailing"
        #expect(throws: AppError.self) { try StrataStore.parseProfile(Data(json.utf8), source: "p.json") }
    }
}
