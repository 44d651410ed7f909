import Foundation
import StrataAdvisor
import StrataProfile

/// One line of an advice-examples JSONL file, decoded for a test.
struct ExampleCase: Sendable, CustomStringConvertible {
    let id: String
    let profile: WorkloadProfile
    let expectTop1: Technology?
    let expectInTop3: [Technology]
    let expectWarnings: [WarningCode]

    var description: String { id }

    /// Decodes every non-empty line; a malformed line is reported by its number.
    static func decodeAll(_ jsonLines: String) throws -> [ExampleCase] {
        try jsonLines.split(separator: "\n").enumerated().compactMap { number, line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            return try ExampleCase(line: trimmed, number: number + 1)
        }
    }

    init(line: String, number: Int) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let id = object["id"] as? String, let workload = object["workload"]
        else { throw ExampleError(line: number, problem: "missing id or workload") }
        self.id = id
        profile = try WorkloadProfile.parse(JSONSerialization.data(withJSONObject: workload))
        expectTop1 = (object["expectTop1"] as? String).flatMap(Technology.init(rawValue:))
        expectInTop3 = try Self.decode(object["expectInTop3"], as: Technology.self, line: number)
        expectWarnings = try Self.decode(object["expectWarnings"], as: WarningCode.self, line: number)
    }

    private static func decode<T: RawRepresentable>(_ value: Any?, as: T.Type, line: Int) throws -> [T]
    where T.RawValue == String {
        let raw = value as? [String] ?? []
        return try raw.map { text in
            guard let decoded = T(rawValue: text) else { throw ExampleError(line: line, problem: "unknown id \(text)") }
            return decoded
        }
    }
}

struct ExampleError: Error, CustomStringConvertible {
    let line: Int
    let problem: String
    var description: String { "example line \(line): \(problem)" }
}
