import Foundation
import StrataJSON

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
        guard let data = try? JSONCodec.encoder(nonFiniteAsStrings: true).encode(self),
              let document = try? JSONParser.parse([UInt8](data))
        else {
            return "{}"
        }
        return JSONWriter.canonical(document)
    }
}
