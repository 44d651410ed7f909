import Foundation
import StrataJSON

/// The figures of one harness run and every failure it found, printed as text or JSON.
///
/// A failure is a broken promise (a lost event, a crash, an unclear error), never a harness
/// problem; the process exits 1 when there is at least one, so CI can gate on it.
struct Report: Sendable {
    var harness: String
    var figures: [(String, Int)] = []
    var failures: [String] = []
    var notes: [String] = []

    init(_ harness: String) { self.harness = harness }

    /// Adds to figure `name`, creating it at zero.
    mutating func count(_ name: String, _ amount: Int = 1) {
        if let index = figures.firstIndex(where: { $0.0 == name }) {
            figures[index].1 += amount
        } else {
            figures.append((name, amount))
        }
    }

    /// Sets figure `name` to `value`.
    mutating func set(_ name: String, _ value: Int) {
        if let index = figures.firstIndex(where: { $0.0 == name }) { figures[index].1 = value } else { figures.append((name, value)) }
    }

    subscript(_ name: String) -> Int { figures.first { $0.0 == name }?.1 ?? 0 }

    mutating func fail(_ message: String) { failures.append(message) }

    /// Prints the report; stops after the first few failures so a disaster stays readable.
    func print(json: Bool) {
        if json {
            Swift.print(jsonText)
            return
        }
        Swift.print("\(harness): \(failures.isEmpty ? "ok" : "\(failures.count) failure(s)")")
        for (name, value) in figures { Swift.print("  \(name): \(value)") }
        for note in notes { Swift.print("  note: \(note)") }
        for failure in failures.prefix(20) { Swift.print("  FAIL \(failure)") }
        if failures.count > 20 { Swift.print("  … and \(failures.count - 20) more") }
    }

    /// One object, keys sorted; a figure named like a fixed key replaces it.
    var jsonText: String {
        var object: [String: JSONValue] = [
            "harness": .string(harness), "failures": .number(JSONNumber(failures.count)),
            "failureMessages": .array(failures.prefix(50).map(JSONValue.string)), "notes": .array(notes.map(JSONValue.string)),
        ]
        for (name, value) in figures { object[name] = .number(JSONNumber(value)) }
        let members = object.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { JSONMember($0.key, $0.value) }
        return JSONWriter.compact(.object(members))
    }
}
