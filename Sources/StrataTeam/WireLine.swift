import Foundation
import Strata

/// The companion's side of ``UpstreamWire``: one request line in, one answer line out, for
/// both kinds of shared store it follows.
enum WireLine {
    /// The next request, or nil at end of input; a line that is not a request is answered with
    /// a protocol error and skipped.
    static func nextRequest() -> UpstreamWire.Request? {
        while let line = readLine(strippingNewline: true) {
            if let request = try? JSONDecoder().decode(UpstreamWire.Request.self, from: Data(line.utf8)) { return request }
            send(UpstreamWire.Response(error: .init(kind: "upstream", code: "team-protocol", message: "strata-team could not read a request")))
        }
        return nil
    }

    static func send(_ response: UpstreamWire.Response) {
        guard let line = try? UpstreamWire.line(response) else { return }
        try? FileHandle.standardOutput.write(contentsOf: line)
    }

    /// The answer to a request whose fields do not fit its `op`.
    static func malformed(_ op: String) -> UpstreamWire.Response {
        UpstreamWire.Response(error: .init(kind: "upstream", code: "team-protocol", message: "strata-team got a malformed '\(op)' request"))
    }
}
