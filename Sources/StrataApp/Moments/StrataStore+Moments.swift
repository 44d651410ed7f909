import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// The moment `asOf` and `validAt` name; both absent is now.
    public func moment(asOf: String?, validAt: String?) throws(AppError) -> Moment {
        Moment(
            asOf: try asOf.map { text throws(AppError) in try cut(text, field: .asOf) },
            validAt: try validAt.map { text throws(AppError) in try MomentParser.instant(text, field: .validAt) })
    }

    /// A system-time cut: `@POSITION`, a date, a date-time, or `ADR-N` — right after the
    /// transaction that accepted it, effects included.
    public func cut(_ text: String, field: AppError.Field) throws(AppError) -> TimeCut {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard MomentParser.namesDecision(trimmed) else {
            do {
                return try MomentParser.timeCut(trimmed, field: field)
            } catch {
                var error = error
                if error.message.hasSuffix(", or @POSITION") {
                    error.message = error.message.dropLast(", or @POSITION".count) + ", @POSITION, or ADR-N (right after that decision was accepted)"
                }
                throw error
            }
        }
        return .position(try acceptance(of: trimmed, field: field))
    }

    /// The last position of the transaction that accepted decision `reference`.
    ///
    /// An acceptance and the effects it applies are one append, and every event of an append
    /// carries the same command id in its metadata: that id, not a matching clock reading, says
    /// where the transaction ends.
    func acceptance(of reference: String, field: AppError.Field) throws(AppError) -> Int64 {
        try AppError.wrap {
            let ref = try EntityResolver(log: log).resolve(reference, as: .decision)
            guard let accepted = try log.events(EventQuery(streamID: ref.streamID, eventType: DecisionAccepted.eventType)).first else {
                throw AppError(
                    .neverAccepted, "\(ref) was never accepted, so there is no moment right after its acceptance; use a date or @POSITION",
                    subject: AppError.Subject(entity: ref.shortID, field: field))
            }
            guard let command = accepted.commandID else { return accepted.position }
            var last = accepted.position
            while true {
                let batch = try log.events(EventQuery(after: last, limit: 256))
                let same = batch.prefix { $0.commandID == command }
                last += Int64(same.count)
                if same.count < batch.count || batch.count < 256 { break }
            }
            return last
        }
    }
}

extension RecordedEvent {
    /// The command id the event's metadata records: the events of one append share it.
    var commandID: String? {
        (try? JSONCodec.decode(EventMetadata.self, from: metadata))?.commandID
    }
}
