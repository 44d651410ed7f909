import GRDB
import Strata

/// Runs projections inside every append's transaction: read-your-writes for the CLI, and a read
/// model that can never lag or disagree with the log it was committed with.
public struct InlineProjections: AppendHook {
    public let runner: ProjectionRunner

    public init(_ projections: [any Projection]) {
        runner = ProjectionRunner(projections)
    }

    public func didAppend(_ events: [RecordedEvent], in db: Database) throws {
        guard let first = events.first, let last = events.last else { return }
        for projection in runner.projections {
            let checkpoint = try ProjectionCheckpoint.load(projection.name, in: db)
            guard let checkpoint, checkpoint.version == projection.version,
                  checkpoint.position == first.position - 1, checkpoint.positionHash == first.prevHash
            else {
                // Behind, new or outdated: catch up from the log, which already holds `events`.
                _ = try runner.catchUp(projection, in: db)
                continue
            }
            var batch = projection.batch()
            for event in events { try batch.apply(event, in: db) }
            try projection.finish(in: db)
            try projection.didReach(last.position, hash: last.hash, in: db)
            try ProjectionCheckpoint(
                projection: projection.name, version: projection.version, position: last.position,
                positionHash: last.hash
            ).save(in: db)
        }
    }
}
