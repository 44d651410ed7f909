import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Who records a change and when it took effect, as a face receives them.
public struct Recording: Sendable {
    /// The person or agent recording; faces decide how it is known (git config, a token, a handshake).
    public var actor: String
    /// Valid time as written (`2024-03-01`), or nil for now.
    public var effective: String?
    /// The caller's own id for this command (a UUID): the first event's id and every event's
    /// command id; a retry with the same key reports the first attempt's events instead of
    /// recording again.
    public var idempotencyKey: String?
    /// The subject's version the caller last saw (``ChangeReport/version``); a change made since
    /// is refused as a version conflict. Nil trusts the latest state.
    public var expectedVersion: Int?

    public init(actor: String, effective: String? = nil, idempotencyKey: String? = nil, expectedVersion: Int? = nil) {
        self.actor = actor
        self.effective = effective
        self.idempotencyKey = idempotencyKey
        self.expectedVersion = expectedVersion
    }

    /// The core's command context: the actor, the command id (the key, else a fresh one), the
    /// parsed valid time and the expected version.
    func command() throws(AppError) -> CommandContext {
        let effectiveAt = try effective.map { text throws(AppError) in try MomentParser.effective(text) }
        guard let key = try checkedKey() else {
            return CommandContext(metadata: EventMetadata(actor: actor), effectiveAt: effectiveAt, expectedVersion: expectedVersion)
        }
        return CommandContext(
            metadata: EventMetadata(actor: actor, commandID: key), effectiveAt: effectiveAt, expectedVersion: expectedVersion, idempotencyKey: key)
    }

    /// The idempotency key, lower-cased, refused unless it is a UUID like the ids it joins.
    func checkedKey() throws(AppError) -> String? {
        guard let idempotencyKey else { return nil }
        guard EventID.isValid(idempotencyKey.lowercased()) else {
            throw AppError(
                .invalidInput, "idempotency key '\(idempotencyKey)' is not a UUID", subject: .field(.idempotencyKey),
                remedy: .advice("use a fresh UUID per command, and the same one when retrying it"))
        }
        return idempotencyKey.lowercased()
    }
}

extension StrataStore {
    /// Runs a recording use case and reports what it appended, or, when its idempotency key
    /// names a command already recorded, what that command appended.
    func record(_ recording: Recording, _ body: (CommandContext) throws -> RecordedChange) throws(AppError) -> ChangeReport {
        var recording = recording
        // A server records every write as its token's identity, and refuses a payload naming
        // anyone else: decide with that identity, whoever the face says is at the keyboard.
        if let fixed = log.upstreamActor { recording.actor = fixed }
        let command = try recording.command()
        if let key = command.idempotencyKey, let earlier = try replay(key) { return earlier }
        return try AppError.wrap { ChangeReport(try body(command)) }
    }

    /// The report of the command recorded with idempotency key `key`, or nil when none was.
    func replay(_ key: String) throws(AppError) -> ChangeReport? {
        try AppError.wrap {
            let events = try log.events(ofCommandFirstStored: key)
            let domain = events.filter { !$0.streamID.hasPrefix("shortid-") }
            guard let first = domain.first else { return nil }
            let resolver = EntityResolver(log: log)
            let created = try Set(domain.map(\.streamID)).subtracting([first.streamID]).sorted()
                .compactMap { try resolver.byStream($0)?.shortID }
            return ChangeReport(replaying: events, stream: first.streamID, subject: try resolver.byStream(first.streamID), created: created)
        }
    }
}
