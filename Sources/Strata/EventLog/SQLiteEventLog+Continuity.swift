import Foundation
import GRDB

extension SQLiteEventLog {
    /// The event type that fills a position a truncated log lost.
    public static let positionLostEventType = "maintenance.position-lost"

    /// Lets a log that lost or replaced events be used again, recording `event` (why) after.
    ///
    /// Positions the log lost are filled with one `maintenance.position-lost` event each, so no
    /// later event takes a position that once held another, and the loss stays in the log for
    /// good; a replaced event becomes the one the watermark expects. A log that continues what
    /// it held just gets `event`.
    ///
    /// - Returns: what was wrong, or nil when nothing was.
    @discardableResult
    public func acceptDiscontinuity(recording event: NewEvent, stream: String, metadata: EventMetadata) throws -> ContinuityBreak? {
        try AppendValidation.check([StreamAppend(streamID: stream, expected: .any, events: [event])])
        return try write { db in
            let broken = try ContinuityBreak.find(headPosition: try head(in: db).position, in: db)
            switch broken {
            case let .truncated(seen, head)?:
                let lost = (head + 1...seen).map { position in
                    NewEvent(eventType: Self.positionLostEventType, data: #"{"position":\#(position)}"#)
                }
                _ = try insert([StreamAppend(streamID: stream, expected: .any, events: lost)], metadata: metadata, continuing: false, in: db)
            case .replaced?:
                try LogWatermark.acceptStoredHash(in: db)
            case nil:
                break
            }
            _ = try insert([StreamAppend(streamID: stream, expected: .any, events: [event])], metadata: metadata, in: db)
            return broken
        }
    }
}
