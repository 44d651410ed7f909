import Foundation
import StrataJSON

extension Advice {
    /// The advice as contract JSON with sorted keys.
    ///
    /// Sorted keys make the output byte-for-byte stable for the same
    /// profile, which keeps diffs and snapshot tests meaningful.
    /// - Parameter pretty: Indent for humans; compact for pipes and events.
    public func jsonString(pretty: Bool = true) -> String {
        guard let data = try? JSONCodec.encode(self, pretty ? .pretty : .compact) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
