import Testing
import Strata
import StrataProjections

/// Every record read in one batch (the HTML report's way) is the record `strata show` reads alone.
@Suite struct DecisionRecordBatchTests {
    @Test(arguments: [5, 17] as [UInt64])
    func aBatchEqualsEachRecordReadAlone(seed: UInt64) throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        try RealisticHistory.record(in: store)
        var commands = RandomCommands(seed: seed, clock: store.clock)
        try commands.run(80, on: store.log)
        for moment in [Moment.now, Moment(asOf: .position(try store.log.head().position / 2))] {
            try store.readSide.query(moment) { view in
                let log = try DecisionLog.build(view)
                let batch = try DecisionRecord.all(view, listed: log)
                let alone = try log.decisions.compactMap { try DecisionRecord.build(view, reference: $0.id) }
                #expect(batch.count == log.decisions.count)
                #expect(batch.contains { !$0.timeline.isEmpty })
                #expect(batch == alone)
            }
        }
    }
}
