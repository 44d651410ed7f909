import ArgumentParser
import Foundation
import Strata
import StrataJSON
import StrataProjections

/// `--as-of`, `--valid-at` and `--json`, shared by every read command.
struct ReadOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "What the log knew then: a date (whole day, UTC), a date-time, @POSITION, or ADR-N (right after it was accepted).",
        valueName: "time"))
    var asOf: String?

    @Option(name: .customLong("valid-at"), help: ArgumentHelp(
        "The architecture in effect then: only facts effective at or before this date or date-time.", valueName: "time"))
    var validAt: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    /// Opens the store and resolves the moment asked for.
    func open() throws -> (ReadSide, Moment) {
        let log = try storeOptions.openLog()
        return (ReadSide(log: log, projection: ReadModels.readSide), try MomentArgument.moment(asOf: asOf, validAt: validAt, log: log))
    }
}

/// Parses a moment: a time or `@POSITION` (see ``TimeCutArgument``), or a decision id.
enum MomentArgument {
    /// The moment `--as-of` and `--valid-at` name; both absent is now.
    static func moment(asOf: String?, validAt: String?, log: SQLiteEventLog) throws -> Moment {
        Moment(
            asOf: try asOf.map { try cut($0, option: "--as-of", log: log) },
            validAt: try validAt.map { try instant($0, option: "--valid-at") })
    }

    static func cut(_ text: String, option: String, log: SQLiteEventLog) throws -> TimeCut {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.uppercased().hasPrefix("ADR-") || EventID.isValid(trimmed.lowercased()) else {
            do {
                return try TimeCutArgument.parse(trimmed, option: option)
            } catch var failure as CommandFailure {
                failure.message += ", or ADR-N (right after that decision was accepted)"
                throw failure
            }
        }
        let ref = try EntityResolver(log: log).resolve(trimmed, as: .decision)
        guard let accepted = try log.events(EventQuery(streamID: ref.streamID, eventType: DecisionAccepted.eventType)).first else {
            throw CommandFailure.usage("\(option) \(ref): \(ref) was never accepted, so there is no moment right after its acceptance; use a date or @POSITION")
        }
        // Its effects were appended in the same transaction: include them all.
        var last = accepted.position
        try log.read(EventQuery(after: accepted.position)) { event in
            guard last == event.position - 1, event.recordedAt == accepted.recordedAt, event.metadata == accepted.metadata else { return }
            last = event.position
        }
        return .position(last)
    }

    /// The first instant `text` covers: a bare date starts at midnight UTC.
    static func start(_ text: String, option: String) throws -> Timestamp {
        let end = try instant(text, option: option)
        let isBareDate = text.trimmingCharacters(in: .whitespaces).count == 10
        return isBareDate ? Timestamp(microseconds: end.microseconds - 86_400_000_000 + 1) : end
    }

    /// The last instant `text` covers: a bare date includes the whole day.
    static func instant(_ text: String, option: String) throws -> Timestamp {
        switch try TimeCutArgument.parse(text, option: option) {
        case .instant(let instant): return instant
        case .position: throw CommandFailure.usage("\(option) takes a date or date-time, not a position")
        }
    }
}

/// Pretty, key-sorted JSON for read commands' `--json`.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try JSONCodec.encode(value, .pretty))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
