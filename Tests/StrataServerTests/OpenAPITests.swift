import Foundation
import Testing

/// The API document: the one in the repository is the one the server serves, byte for byte,
/// and it names every endpoint with the error object on every operation.
@Suite struct OpenAPITests {
    static let repositoryCopy = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/openapi.json")

    @Test func theRepositoryDocumentIsTheServedOne() throws {
        let server = try RunningServer()
        let served = try server.call("GET", "/openapi.json", token: nil)
        #expect(served.status == 200)
        let kept = try String(contentsOf: Self.repositoryCopy, encoding: .utf8)
        #expect(served.body == kept, "docs/openapi.json is stale: regenerate it with 'strata-server --openapi > docs/openapi.json'")
    }

    @Test func everyOperationDocumentsTheErrorObject() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.repositoryCopy)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for required in ["/v1/architecture", "/v1/decisions/{id}", "/v1/events", "/v1/tokens", "/v1/decisions/{id}/acceptance", "/healthz", "/metrics"] {
            #expect(paths[required] != nil, "\(required) is missing")
        }
        for (path, operations) in paths where path.hasPrefix("/v1/") {
            for (method, operation) in operations {
                let responses = (operation as? [String: Any])?["responses"] as? [String: Any] ?? [:]
                #expect(responses["401"] != nil && responses["400"] != nil, "\(method) \(path) lacks the error responses")
            }
        }
    }
}
