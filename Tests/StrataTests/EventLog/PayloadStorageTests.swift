import Foundation
import GRDB
import Testing
import Strata

/// Payload bytes are stored exactly as appended; metadata records who, which command and which release.
@Suite struct PayloadStorageTests {
    static let payloads = [
        "{ \"b\" : 1,\n\t\"a\" : [ 1 , 2 ] }",
        "{\"z\":1,\"a\":2,\"m\":3}",
        "{\"text\":\"héllo wörld — 日本語 🚀\",\"escaped\":\"\\u00e9\\n\\\"\"}",
        "{\"n\":1.50,\"big\":12345678901234567890,\"exp\":1E+2}",
        "  [ ]  ",
    ]

    @Test(arguments: payloads)
    func payloadBytesAreKeptExactly(_ payload: String) throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.append(
            [NewEvent(eventType: "note.written", data: payload)], to: "note-1", expected: .any, metadata: testMetadata)

        #expect(try store.log.events().first?.data == payload)
        let raw = try store.rawConnection().read { db in
            try Data.fetchOne(db, sql: "SELECT CAST(data AS BLOB) FROM events")
        }
        #expect(raw == Data(payload.utf8))
    }

    @Test func metadataRecordsActorCommandAndToolVersion() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let metadata = EventMetadata(
            actor: "Ana \"O'Brien\"", commandID: "0190a6c0-0000-7000-8000-0000000000aa",
            correlationID: "pr-42", causationID: nil, toolVersion: "9.9.9")
        try store.log.append([note()], to: "note-1", expected: .any, metadata: metadata)

        let json = try #require(try store.log.events().first?.metadata)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(object == [
            "actor": "Ana \"O'Brien\"", "commandID": "0190a6c0-0000-7000-8000-0000000000aa",
            "correlationID": "pr-42", "toolVersion": "9.9.9",
        ])
        #expect(json.hasPrefix("{\"actor\":"))
    }

    @Test func metadataDefaultsToAFreshCommandIDAndThisRelease() throws {
        let metadata = EventMetadata(actor: "ci")
        #expect(metadata.toolVersion == StrataVersion.current)
        #expect(EventID.isValid(metadata.commandID))
        let decoded = try JSONDecoder().decode(EventMetadata.self, from: Data(metadata.json.utf8))
        #expect(decoded == metadata)
    }

    @Test func everyEventOfAnAppendSharesItsMetadata() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.append([note(), note()], to: "note-1", expected: .any, metadata: testMetadata)
        #expect(try store.log.events().map(\.metadata) == [testMetadata.json, testMetadata.json])
    }
}
