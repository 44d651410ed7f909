import Foundation
import Strata
import StrataPostgres

/// `strata-bench --peers-postgres URL`: Strata's PostgreSQL log against the Python eventsourcing
/// library's PostgreSQL recorder, on the same server in the same rounds, each side in a fresh
/// database of its own and alternating which goes first, so each ratio is measured under one
/// load of the machine.
///
/// Each figure is eventsourcing's time over Strata's for the same work: above 1, Strata is
/// faster. Both sides serialise appends with a table lock, so both keep the global order
/// gapless; Strata also chains every event's hash and checks each stream's expected version.
struct PostgresPeerBench {
    let options: BenchOptions
    /// A URL of the server with a role that may create databases (`postgres://…/postgres`).
    let server: String
    let strata: URL?

    func run(report: (Figure) -> Void) async throws {
        let peer = try PeerBench.Peer.locate(
            script: "eventsourcing_postgres_side.py", module: "eventsourcing.postgres, psycopg_pool",
            extras: ["psycopg[binary,pool]>=3.2"])
        var ratios: [String: [Double]] = [:]
        var notes: [String: [String]] = [:]
        var replicaRates: [Double] = []
        func add(_ name: String, _ times: (strata: Double, peer: Double), count: Int) {
            ratios[name, default: []].append(times.peer / times.strata)
            notes[name, default: []].append(String(format: "%.0f vs %.0f events/s", Double(count) / times.strata, Double(count) / times.peer))
        }
        let events = options.events, single = options.durableEvents
        for round in 0..<options.runs {
            let strataFirst = round % 2 == 0
            let ours = try database(peer), theirs = try database(peer)
            defer { drop([ours, theirs], peer) }
            add("pg.append.batch-1000", try await pair(strataFirst) {
                try await appendBatches(ours, events: events)
            } peer: {
                try peer.measure(["append-batch", "--url", theirs, "--events", "\(events)", "--batch", "1000"]).seconds
            }, count: events)
            add("pg.catch-up.decoded", try await pair(strataFirst) {
                try await catchUp(ours, expecting: events)
            } peer: {
                try peer.measure(["catch-up", "--url", theirs, "--page", "10000"]).seconds
            }, count: events)
            if let rate = try replicaCatchUp(ours, events: events) { replicaRates.append(rate) }

            let oursSingle = try database(peer), theirsSingle = try database(peer)
            defer { drop([oursSingle, theirsSingle], peer) }
            add("pg.append.single", try await pair(strataFirst) {
                try await appendSingles(oursSingle, events: single)
            } peer: {
                try peer.measure(["append-single", "--url", theirsSingle, "--events", "\(single)"]).seconds
            }, count: single)
        }
        let note = "eventsourcing \(PeerBench.peerVersion), PostgreSQL recorder; per round, Strata vs peer: "
        for name in ratios.keys.sorted() {
            report(Figure(name: name, unit: "x (eventsourcing time / Strata time)", samples: ratios[name] ?? [],
                          note: note + (notes[name] ?? []).joined(separator: "; ")))
        }
        if !replicaRates.isEmpty {
            report(Figure(name: "pg.replica.first-catch-up", unit: "events/s", samples: replicaRates,
                          note: "`strata log` on a new replica: every event copied into SQLite, its chain checked, the read models folded"))
        }
    }

    /// Runs the two sides of a case in the round's order; returns their times, Strata's first.
    private func pair(_ strataFirst: Bool, strata: () async throws -> Double, peer: () throws -> Double) async throws
        -> (strata: Double, peer: Double)
    {
        if strataFirst {
            let ours = try await strata()
            return (ours, try peer())
        }
        let theirs = try peer()
        return (try await strata(), theirs)
    }

    // MARK: Strata's side

    private func appendBatches(_ url: String, events: Int) async throws -> Double {
        let log = try await PostgresEventLog.create(url: PostgresStoreURL(parsing: url))
        let metadata = EventMetadata(actor: "bench")
        let started = DispatchTime.now()
        for start in stride(from: 0, to: events, by: 1_000) {
            try await log.append(Payload.batch(start: start, count: min(1_000, events - start)), metadata: metadata)
        }
        let elapsed = since(started)
        await log.close()
        return elapsed
    }

    private func appendSingles(_ url: String, events: Int) async throws -> Double {
        let log = try await PostgresEventLog.create(url: PostgresStoreURL(parsing: url))
        let metadata = EventMetadata(actor: "bench")
        let started = DispatchTime.now()
        for index in 0..<events {
            try await log.append([NewEvent(eventType: "bench.recorded", data: Payload.make(index))], to: "bench-\(index)",
                                 expected: .noStream, metadata: metadata)
        }
        let elapsed = since(started)
        await log.close()
        return elapsed
    }

    /// A follower's catch-up: every event by position, 10,000 at a time, each payload decoded.
    private func catchUp(_ url: String, expecting events: Int) async throws -> Double {
        let log = try await PostgresEventLog.open(url: PostgresStoreURL(parsing: url))
        let decoder = JSONDecoder()
        var position: Int64 = 0, count = 0
        let started = DispatchTime.now()
        while true {
            let page = try await log.events(EventQuery(after: position, limit: 10_000))
            guard let last = page.last else { break }
            for event in page { _ = try decoder.decode(BenchPayload.self, from: Data(event.data.utf8)) }
            count += page.count
            position = last.position
        }
        let elapsed = since(started)
        await log.close()
        guard count == events else { throw BenchError("the catch-up read \(count) events of \(events)") }
        return elapsed
    }

    /// What a person's first command on a big team store costs: the whole log copied into a new
    /// local replica through `strata-team`. Nil without the `strata` binary beside this one.
    private func replicaCatchUp(_ url: String, events: Int) throws -> Double? {
        guard let strata else { return nil }
        let replica = FileManager.default.temporaryDirectory.appendingPathComponent("strata-bench-replica-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: replica + suffix) } }
        setenv("STRATA_REPLICA", replica, 1)
        defer { unsetenv("STRATA_REPLICA") }
        var status: Int32 = 0
        let elapsed = try seconds { status = try Spawn.run([strata.path, "log", "--store", url]) }
        guard status == 0 else { throw BenchError("strata log on a new replica exited \(status)") }
        return Double(events) / elapsed
    }

    // MARK: Databases

    /// A new empty database on the server, created by the peer's script (which has a driver).
    private func database(_ peer: PeerBench.Peer) throws -> String {
        guard var components = URLComponents(string: server), components.scheme?.hasPrefix("postgres") == true else {
            throw BenchError("--peers-postgres needs a postgres:// URL, not \(server)")
        }
        components.path = "/strata_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        guard let url = components.string else { throw BenchError("cannot make a database URL from \(server)") }
        _ = try peer.measure(["createdb", "--url", url])
        return url
    }

    private func drop(_ urls: [String], _ peer: PeerBench.Peer) {
        for url in urls { _ = try? peer.measure(["dropdb", "--url", url]) }
    }

    private func since(_ start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
