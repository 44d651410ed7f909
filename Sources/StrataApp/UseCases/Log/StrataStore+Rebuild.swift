import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataJSON
import StrataProfile
import StrataProjections

/// What a rebuild refolded, and how long it took.
public struct RebuildReport: Codable, Sendable, Equatable {
    public struct Projection: Codable, Sendable, Equatable {
        public var projection: String
        public var events: Int
        public var position: Int64
    }

    public var rebuilt: [Projection]
    public var seconds: Double
    /// The first break of a log that was folded anyway (`force`), as `verify` reports it.
    public var forcedOver: VerificationReport.Break?
}

extension StrataStore {
    /// Drops every read model and folds it again from the log, in one transaction and one pass.
    ///
    /// The chain is verified (while it is folded, the fold rolled back at a break; before it
    /// when forced, to record the break forced over): refolding an edited or truncated log would
    /// make the read models agree with it and erase the evidence, so a broken log is refused
    /// unless `force`, and a forced rebuild is recorded in the log (`maintenance.rebuild-forced`,
    /// by `actor`), after one `maintenance.position-lost` event for each position a truncated
    /// log lost.
    ///
    /// `progress` is told the events folded so far and how many there are, for a face that
    /// shows a long rebuild advancing.
    public func rebuild(
        force: Bool = false, actor: String = "strata", progress: ((_ done: Int64, _ total: Int64) -> Void)? = nil
    ) throws(AppError) -> RebuildReport {
        let started = Date()
        let runner = ProjectionRunner(Self.inlineProjections)
        func report(_ progress: [ProjectionRunner.Progress], forcedOver: VerificationReport.Break?) -> RebuildReport {
            RebuildReport(
                rebuilt: progress.map { RebuildReport.Projection(projection: $0.projection, events: $0.eventsApplied, position: $0.position) },
                seconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000, forcedOver: forcedOver)
        }
        guard force else {
            // Verified while it is folded: a break rolls the fold back, and it is the break
            // `verify` reports, so the refusal needs no second walk.
            do {
                return report(try runner.rebuild(log, verifyingChain: true, progress: progress), forcedOver: nil)
            } catch let broken as ChainBroken {
                let broken = VerificationReport.Break(broken.chainBreak)
                throw AppError(
                    .chainBroken,
                    "the log is broken at position \(broken.position) (\(broken.kind)): \(broken.detail); a rebuild would fold it as if it were sound",
                    subject: .file(path), remedy: .provide(.force))
            } catch {
                throw AppError.from(error)
            }
        }
        // The chain only: the read models about to be dropped need no rehashing.
        let check = try AppError.wrap { VerificationReport(try log.verify(), readModels: []) }
        if let broken = check.firstBreak {
            var data = JSONObjectBuilder()
            data.add("position", broken.position)
            data.add("kind", broken.kind)
            data.add("detail", broken.detail)
            let event = NewEvent(eventType: "maintenance.rebuild-forced", data: data.json)
            // A truncated log gets its lost positions filled first: no later event may take one.
            _ = try AppError.wrap {
                try log.acceptDiscontinuity(recording: event, stream: "maintenance", metadata: EventMetadata(actor: actor))
            }
        }
        return report(try AppError.wrap { try runner.rebuild(log, progress: progress) }, forcedOver: check.firstBreak)
    }
}
