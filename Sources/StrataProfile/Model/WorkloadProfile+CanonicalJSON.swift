import Foundation

extension WorkloadProfile {
    /// The profile as canonical JSON: compact, keys sorted, absent fields
    /// omitted, integral numbers written without a fraction.
    ///
    /// Events store this text, so equal profiles must always produce equal
    /// bytes, on every platform and Foundation version. The text parses back
    /// with ``parse(_:)-(String)`` to an equal profile. Non-finite numbers
    /// (only possible through the memberwise API) are written as strings so
    /// that encoding never fails.
    public func canonicalJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(self),
              let document = try? JSONParser.parse([UInt8](data))
        else {
            return "{}"
        }
        return CanonicalJSON.text(of: document)
    }
}
