import Foundation
import Strata
import StrataPostgres

/// Answers a replica's ``UpstreamWire`` requests from a team store's log, one line at a time.
///
/// It holds the only network connection a `strata` process uses, so the command-line tool
/// links no NIO. It ends when its input closes: when the process that started it is done.
struct TeamFollower {
    let url: PostgresStoreURL

    /// Opens the store (creating its schema when asked), then serves until end of input.
    func run(creating: Bool) async -> Int32 {
        let url = url
        let opened = await Deadline.request.run { () -> Result<PostgresEventLog, any Error> in
            do {
                return .success(creating ? try await PostgresEventLog.create(url: url) : try await PostgresEventLog.open(url: url))
            } catch {
                return .failure(error)
            }
        }
        let log: PostgresEventLog
        switch opened {
        case .success(let opened)?:
            log = opened
        case .failure(let error)?:
            // The opening failure is the answer to the replica's first request, whatever it was.
            WireLine.send(UpstreamWire.Response(error: Self.failure(error)))
            return 1
        case nil:
            WireLine.send(timedOut(after: Deadline.request))
            return 1
        }
        while let request = WireLine.nextRequest() {
            let deadline = ["verify", "push"].contains(request.op) ? Deadline.wholeLog : Deadline.request
            guard let response = await deadline.run({ await self.answer(request, from: log) }) else {
                // The request may still be stuck on its connection: leave, and take it along.
                WireLine.send(timedOut(after: deadline))
                return 1
            }
            WireLine.send(response)
        }
        await log.close()
        return 0
    }

    private func timedOut(after deadline: Deadline) -> UpstreamWire.Response {
        UpstreamWire.Response(error: Self.failure(PostgresStoreError.timedOut(url: url.redacted, seconds: deadline.seconds)))
    }

    private func answer(_ request: UpstreamWire.Request, from log: PostgresEventLog) async -> UpstreamWire.Response {
        do {
            switch request.op {
            case "hello":
                return UpstreamWire.Response(storeID: log.storeID, name: name)
            case "append":
                guard let metadata = request.metadata, let lines = request.appends else { return WireLine.malformed("append") }
                var appends: [StreamAppend] = []
                for line in lines {
                    guard let append = line.streamAppend else { return WireLine.malformed("append") }
                    appends.append(append)
                }
                return UpstreamWire.Response(result: UpstreamWire.Result(try await log.append(appends, metadata: metadata)))
            case "events":
                let query = EventQuery(after: max(0, request.after ?? 0), limit: min(max(1, request.limit ?? 1_000), 10_000))
                return UpstreamWire.Response(events: try await log.events(query).map(UpstreamWire.Recorded.init))
            case "verify":
                var anchor: ChainHead?
                if let text = request.anchor {
                    let parts = text.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, let position = Int64(parts[0]), let hash = Hex.decode(String(parts[1])) else {
                        return WireLine.malformed("verify")
                    }
                    anchor = ChainHead(position: position, hash: hash)
                }
                return UpstreamWire.Response(verification: UpstreamWire.Verification(try await log.verify(anchor: anchor)))
            case "push":
                guard let path = request.path, let metadata = request.metadata else { return WireLine.malformed("push") }
                let report = try await log.push(from: try SQLiteEventLog.open(at: path), metadata: metadata)
                return UpstreamWire.Response(pushed: UpstreamWire.Pushed(
                    copied: report.copied, sourceHead: report.sourceHead.anchor, head: report.head.anchor))
            default:
                return WireLine.malformed(request.op)
            }
        } catch {
            return UpstreamWire.Response(error: Self.failure(error))
        }
    }

    /// `user@host-port-database`: names the replica file without the password.
    private var name: String { "\(url.user)@\(url.host)-\(url.port)-\(url.database)" }

    static func failure(_ error: any Error) -> UpstreamWire.Failure {
        UpstreamWire.Failure(error, code: (error as? PostgresStoreError)?.code ?? "team-store-failed")
    }
}
