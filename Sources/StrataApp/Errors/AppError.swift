import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Why a use case failed: a stable code, what it concerns, and what would fix it.
///
/// Faces word it their own way: the CLI names a flag for ``remedy``, a server a JSON pointer, an
/// agent an argument. Match on ``code`` in code, never on ``message``, which may be reworded.
public struct AppError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure, stable across releases.
    public var code: Code
    /// One line saying what is wrong, in words that suit every face (no flag names).
    public var message: String
    /// What the error concerns: an entity, an input field, a file and line.
    public var subject: Subject?
    /// What would fix it, if anything the caller can do.
    public var remedy: Remedy?

    /// An error with `code`, worded by `message` for every face.
    public init(_ code: Code, _ message: String, subject: Subject? = nil, remedy: Remedy? = nil) {
        self.code = code
        self.message = message
        self.subject = subject
        self.remedy = remedy
    }

    /// How the failure is classed: faces map it to an exit status or an HTTP status.
    public var category: Category { code.category }

    /// The message with the remedy in neutral words, for logs and faces with no wording of their own.
    public var description: String {
        guard let remedy else { return message }
        return "\(message); \(remedy.neutralText)"
    }
}

extension AppError {
    /// The broad classes of failure, each with one meaning across faces.
    public enum Category: String, Sendable, Codable, CaseIterable {
        /// The request itself is malformed: a bad value, a missing field, an unreadable file.
        case input
        /// An id, rule or file the request names does not exist.
        case notFound
        /// The domain refuses the request as it stands (an illegal transition, a retired entity).
        case refused
        /// Someone else changed what the request read; retrying on the new state may succeed.
        case conflict
        /// The store cannot be used: missing, foreign, damaged, newer, locked, read-only or full.
        case store
    }
}
