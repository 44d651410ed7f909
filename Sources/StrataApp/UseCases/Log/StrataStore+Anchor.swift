import Foundation
import Strata
import StrataJSON

/// An anchor just written: where, and the head it pins.
public struct AnchorReport: Codable, Sendable, Equatable {
    /// The place, as ``AnchorPlace/recorded`` names it.
    public var place: String
    public var position: Int64
    public var hash: String
    /// The line written there.
    public var line: String
}

/// What checking every known anchor found.
public struct AnchorsReport: Codable, Sendable, Equatable {
    /// One anchor of this store and whether the log still extends it.
    public struct Check: Codable, Sendable, Equatable {
        public var place: String
        public var position: Int64
        public var hash: String
        public var held: Bool
    }

    /// The chain's own verification, with the anchors taken into account.
    public var verification: VerificationReport
    public var checks: [Check]
    /// Places that could not be read (gone, or git failed), with why.
    public var unreadable: [String]
    /// Anchors found in those places that belong to other stores.
    public var otherStores: Int

    /// Sound, every anchor held, and every place could be read.
    public var holds: Bool { verification.sound && checks.allSatisfy(\.held) && unreadable.isEmpty }
}

extension StrataStore {
    static let anchoredEventType = "maintenance.anchored"

    /// Writes the verified head to `place`, outside the store, and records in the log where it went.
    ///
    /// An anchor kept where a forger cannot also write is what proves a re-chained or rolled-back
    /// log: the log's own watermark and checkpoints live in the same file and go with it.
    public func anchor(to place: AnchorPlace, actor: String) throws(AppError) -> AnchorReport {
        let place = place.absolute()
        let chain = try AppError.wrap { try log.verify() }
        if let broken = chain.firstBreak {
            throw AppError(
                .chainBroken, "the log is broken at position \(broken.position) (\(broken.kind.rawValue)): \(broken.detail); an anchor would vouch for it",
                subject: .file(path), remedy: .perform(.verify))
        }
        let line = AnchorLine(storeID: log.storeID, head: chain.head, at: Timestamp.now())
        try place.write(line, actor: actor)
        var data = JSONObjectBuilder()
        data.add("place", place.recorded)
        data.add("position", line.position)
        data.add("hash", line.hash)
        let event = NewEvent(eventType: Self.anchoredEventType, data: data.json)
        _ = try AppError.wrap { try log.append([event], to: "maintenance", expected: .any, metadata: EventMetadata(actor: actor)) }
        return AnchorReport(place: place.recorded, position: line.position, hash: line.hash, line: line.text)
    }

    /// Checks every anchor of this store kept in the places the log recorded and in `extra`,
    /// walking the chain once.
    public func verifyAnchors(in extra: [AnchorPlace] = []) throws(AppError) -> AnchorsReport {
        var places: [AnchorPlace] = []
        for place in try recordedAnchorPlaces() + extra.map({ $0.absolute() }) where !places.contains(place) { places.append(place) }
        var found: [(place: AnchorPlace, line: AnchorLine)] = []
        var unreadable: [String] = []
        var otherStores = 0
        for place in places {
            do {
                for line in try place.read() {
                    if line.storeID == log.storeID { found.append((place, line)) } else { otherStores += 1 }
                }
            } catch {
                unreadable.append("\(place): \(error.message)")
            }
        }
        let heads = found.compactMap { $0.line.head }
        let (chain, held) = try AppError.wrap { try log.verify(anchors: heads) }
        let checks = zip(found, held).map { entry, held in
            AnchorsReport.Check(place: entry.place.recorded, position: entry.line.position, hash: entry.line.hash, held: held)
        }
        let readModels = try AppError.wrap { try readSide.sealMismatches() }
        return AnchorsReport(
            verification: VerificationReport(chain, readModels: readModels), checks: checks, unreadable: unreadable, otherStores: otherStores)
    }

    /// The places earlier anchors were written to, oldest first.
    private func recordedAnchorPlaces() throws(AppError) -> [AnchorPlace] {
        let events = try AppError.wrap { try log.events(EventQuery(eventType: Self.anchoredEventType)) }
        return events.compactMap { event in
            guard case .string(let place)? = (try? JSONParser.parse(event.data))?["place"] else { return nil }
            return AnchorPlace(recorded: place)
        }
    }
}
