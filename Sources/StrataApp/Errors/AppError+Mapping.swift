import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension AppError {
    /// `error` as the application layer reports it; errors of the layers below are classified by
    /// their own cases, never by their text.
    public static func from(_ error: any Error) -> AppError {
        switch error {
        case let app as AppError: app
        case let rejection as CommandRejection: from(rejection)
        case let log as EventLogError: from(log)
        case let profile as ProfileError:
            AppError(.invalidProfile, profile.description, subject: profile.path.map { .field(Field(rawValue: $0)) })
        case let upcast as UpcastError: AppError(.unreadablePayload, upcast.description)
        case let merge as EventMergeError:
            AppError(merge.isInputError ? .malformedEventLine : .mergeConflict, merge.description, subject: .file(merge.location))
        case let rule as RuleLookupError: AppError(.unknownRule, rule.description, subject: .entity(rule.requested))
        case let decoding as DecodingError:
            AppError(.unreadablePayload, "an event's payload does not match its type (\(DecodingMessage.describe(decoding)))",
                     remedy: .perform(.verify))
        default: AppError(.storage, "\(error)")
        }
    }

    /// Runs `body`, reporting whatever it throws as an ``AppError``.
    static func wrap<T>(_ body: () throws -> T) throws(AppError) -> T {
        do { return try body() } catch { throw from(error) }
    }

    static func from(_ rejection: CommandRejection) -> AppError {
        let message = rejection.description
        switch rejection {
        case .notFound(let kind, let reference):
            return AppError(.notFound, "no \(kind.noun) \(reference)", subject: .entity(reference), remedy: .listKnown(kind))
        case .invalidInput: return AppError(.invalidInput, message)
        case .illegalTransition(let decision, let status, let action, let hint):
            return AppError(.illegalTransition, "\(decision) is \(status.rawValue) and cannot be \(action)", subject: .entity(decision),
                            remedy: .advice(hint))
        case .reasonRequired(let subject, let action):
            return AppError(.reasonRequired, "\(action) \(subject) needs a reason", subject: Subject(entity: subject, field: .reason),
                            remedy: .provide(.reason))
        case .selfSupersession(let decision):
            return AppError(.selfSupersession, "\(decision) cannot supersede itself", subject: .entity(decision),
                            remedy: .provide(.successors))
        case .supersessionCycle(let path): return AppError(.supersessionCycle, message, subject: path.first.map(Subject.entity))
        case .retired(let subject, _): return AppError(.retired, message, subject: .entity(subject))
        case .conflict(let subject):
            return AppError(.concurrentChange, "someone else changed \(subject) while this command ran; nothing was recorded",
                            subject: .entity(subject), remedy: .retry)
        case .invariant: return AppError(.refused, message)
        }
    }

    static func from(_ error: EventLogError) -> AppError {
        let message = error.description
        switch error {
        case .wrongExpectedVersion(let stream, _, _): return AppError(.versionConflict, message, subject: .entity(stream))
        case .idempotencyConflict(let id, _): return AppError(.idempotencyConflict, message, subject: .entity(id))
        case .invalidEvent: return AppError(.invalidEvent, message)
        case .storeNotFound(let path): return AppError(.storeNotFound, message, subject: .file(path))
        case .notSQLite(let path): return AppError(.notSQLite, message, subject: .file(path))
        case .foreignDatabase(let path): return AppError(.foreignDatabase, message, subject: .file(path))
        case .emptyFile(let path): return AppError(.emptyFile, message, subject: .file(path))
        case .newerSchema(let path, _, _): return AppError(.newerSchema, message, subject: .file(path))
        case .migrationChanged(let path, _, _): return AppError(.migrationChanged, message, subject: .file(path))
        case .corrupt(let path, _): return AppError(.storeDamaged, message, subject: .file(path))
        case .readOnly(let path): return AppError(.readOnly, message, subject: .file(path))
        case .diskFull(let path): return AppError(.diskFull, message, subject: .file(path))
        case .busy(let path): return AppError(.busy, message, subject: .file(path))
        case .integrity: return AppError(.integrity, message)
        case .sqlite(let path, _, _): return AppError(.storage, message, subject: .file(path))
        }
    }

}
