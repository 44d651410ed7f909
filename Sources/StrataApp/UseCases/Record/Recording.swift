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

    public init(actor: String, effective: String? = nil) {
        self.actor = actor
        self.effective = effective
    }

    /// The core's command context: the actor, a fresh command id and the parsed valid time.
    func command() throws(AppError) -> CommandContext {
        CommandContext(actor: actor, effectiveAt: try effective.map { text throws(AppError) in try MomentParser.effective(text) })
    }
}

extension StrataStore {
    /// Runs a recording use case and reports what it appended.
    func record(_ recording: Recording, _ body: (CommandContext) throws -> RecordedChange) throws(AppError) -> ChangeReport {
        let command = try recording.command()
        return try AppError.wrap { ChangeReport(try body(command)) }
    }
}
