import Foundation
import GRDB

extension SQLiteEventLog {
    /// Streams every event after `position`, in order, like ``read(_:_:)``, but reads and decodes
    /// the rows on a second connection and thread, a few batches ahead of `body`.
    ///
    /// For a rebuild: `body` folds on one core while the log is read on the other. Call it inside
    /// ``write(_:)``: the write lock keeps other appenders out, so the second connection sees
    /// exactly the log the transaction sees (the fold never writes to `events`).
    ///
    /// With `verifyingChain` (from position 0 only), the reading thread also walks the chain as
    /// ``scanVerifyingChain(in:_:)`` does, hashing each event while `body` folds the ones before
    /// it, and ``ChainBroken`` is thrown at the first break.
    public func readAhead(
        after position: Int64, verifyingChain: Bool = false, _ body: (RecordedEvent) throws -> Void
    ) throws {
        precondition(!verifyingChain || position == 0, "a chain can only be walked from its start")
        let channel = EventBatchChannel(capacity: 4)
        let reader = try DatabaseQueue(path: path, configuration: StoreFile.configuration(readOnly: true))
        // One sequential pass: a large page cache would only hold pages never read again.
        try reader.inDatabase { db in try db.execute(sql: "PRAGMA cache_size = -2048") }
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { finished.signal() }
            do {
                var batch = channel.emptyBatch()
                try reader.read { db in
                    let hand: (RecordedEvent) throws -> Void = { event in
                        batch.append(event)
                        if batch.count == EventBatchChannel.batchSize {
                            try channel.put(batch)
                            batch = channel.emptyBatch()
                        }
                    }
                    if verifyingChain {
                        try self.scanVerifyingChain(in: db, hand)
                    } else {
                        try Self.scan(EventQuery(after: position), in: db, hand)
                    }
                }
                if !batch.isEmpty { try channel.put(batch) }
                channel.finish(nil)
            } catch {
                channel.finish(error)
            }
        }
        thread.start()
        defer {
            channel.cancel()
            finished.wait()
        }
        func next() throws -> [RecordedEvent]? {
            do { return try channel.take() } catch { throw EventLogError.from(error, path: path) }
        }
        while let batch = try next() {
            for index in batch.indices { try body(batch[index]) }
            channel.recycle(batch)
        }
    }
}

/// A bounded hand-over of event batches from the reading thread to the folding one.
private final class EventBatchChannel: @unchecked Sendable {
    static let batchSize = 2_048

    private let condition = NSCondition()
    private let capacity: Int
    private var batches: [[RecordedEvent]] = []
    /// Batches the folding thread is done with, for the reading thread to empty and refill.
    private var spent: [[RecordedEvent]] = []
    private var done = false
    private var failure: (any Error)?
    private var cancelled = false

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room; throws when the consumer has stopped, so the reader unwinds.
    func put(_ batch: [RecordedEvent]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw CancellationError() }
        batches.append(batch)
        condition.broadcast()
    }

    /// Gives a folded batch back. Its events were allocated on the reading thread, and freeing
    /// them there (``emptyBatch()``) takes about a tenth of the folding thread's work off it.
    func recycle(_ batch: [RecordedEvent]) {
        condition.lock()
        spent.append(batch)
        condition.unlock()
    }

    /// A batch to fill: a spent one emptied here, on the reading thread, or a new one.
    func emptyBatch() -> [RecordedEvent] {
        condition.lock()
        let recycled = spent.popLast()
        condition.unlock()
        guard var batch = recycled else {
            var batch: [RecordedEvent] = []
            batch.reserveCapacity(Self.batchSize)
            return batch
        }
        batch.removeAll(keepingCapacity: true)
        return batch
    }

    /// The next batch, nil at the end of the log, or the reader's error.
    func take() throws -> [RecordedEvent]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !done { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    func finish(_ error: (any Error)?) {
        condition.lock()
        done = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
