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
        case let refusal as StoreLocator.Refusal: from(refusal)
        case let profile as ProfileError:
            AppError(.invalidProfile, profile.description, subject: profile.path.map { .field(Field(rawValue: $0)) })
        case let upcast as UpcastError: AppError(.unreadablePayload, upcast.description)
        case let merge as EventMergeError:
            AppError(merge.isInputError ? .malformedEventLine : .mergeConflict, merge.description, subject: .file(merge.location))
        case let mismatch as ReadModelMismatch:
            AppError(.readModelMismatch, "the read model \(mismatch); nothing was read", subject: .entity(mismatch.table),
                     remedy: .perform(.rebuild))
        case let value as ReadModelValueError:
            AppError(.storeDamaged, value.description, subject: .entity(value.column), remedy: .perform(.rebuild))
        case let rule as RuleLookupError: AppError(.unknownRule, rule.description, subject: .entity(rule.requested), remedy: .perform(.listRules))
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
        var subject = Subject(field: rejection.field.map { Field(rawValue: $0.rawValue) })
        switch rejection {
        case .notFound(_, let reference): subject.entity = reference
        case .illegalTransition(let decision, _, _, _), .selfSupersession(let decision): subject.entity = decision
        case .reasonRequired(let entity, _), .retired(let entity, _), .conflict(let entity): subject.entity = entity
        case .supersessionCycle(let path): subject.entity = path.first
        case .invalidInput, .invariant: break
        }
        let hasSubject = subject.entity != nil || subject.field != nil
        return AppError(Code(rawValue: rejection.code), rejection.message, subject: hasSubject ? subject : nil, remedy: rejection.hint.map(remedy))
    }

    /// A domain hint as a remedy every face can word.
    static func remedy(_ hint: RejectionHint) -> Remedy {
        switch hint {
        case .provide(let field): .provide(Field(rawValue: field.rawValue))
        case .listKnown(let kind): .listKnown(kind)
        case let .supersede(decision, by): .perform(.supersede(decision: decision, by: by))
        case .proposeAmending(let decision): .perform(.proposeAmending(decision: decision))
        case .defineContext(let name): .perform(.defineContext(name: name))
        case let .notBefore(earliest, field, repropose):
            .provideNotBefore(Field(rawValue: field.rawValue), earliest: earliest, repropose: repropose)
        case .retry: .retry
        case .advice(let text): .advice(text)
        }
    }

    /// A store discovery refused, with what would make it go ahead.
    static func from(_ refusal: StoreLocator.Refusal) -> AppError {
        switch refusal {
        case .foreignOwner(let path, _):
            AppError(.unsafeStore, refusal.description, subject: .file(path),
                     remedy: .advice("list its directory in \(StoreLocator.safeDirectoriesVariable) to trust it"))
        case .noStore(let directory):
            AppError(.storeNotFound, refusal.description, subject: .file(directory), remedy: .perform(.createStore))
        }
    }

    static func from(_ error: EventLogError) -> AppError {
        let message = error.description
        switch error {
        case .wrongExpectedVersion(let stream, _, _): return AppError(.versionConflict, message, subject: .entity(stream))
        case .idempotencyConflict(let id, _): return AppError(.idempotencyConflict, message, subject: .entity(id))
        case .invalidEvent: return AppError(.invalidEvent, message)
        case .storeNotFound(let path): return AppError(.storeNotFound, message, subject: .file(path), remedy: .perform(.createStore))
        case .notSQLite(let path): return AppError(.notSQLite, message, subject: .file(path))
        case .foreignDatabase(let path):
            return AppError(.foreignDatabase, message, subject: .file(path), remedy: .advice("create a store on a new path instead"))
        case .emptyFile(let path): return AppError(.emptyFile, message, subject: .file(path), remedy: .perform(.initialize(path: path)))
        case .newerSchema(let path, _, _): return AppError(.newerSchema, message, subject: .file(path))
        case .migrationChanged(let path, _, _): return AppError(.migrationChanged, message, subject: .file(path))
        case .corrupt(let path, _): return AppError(.storeDamaged, message, subject: .file(path))
        case .readOnly(let path): return AppError(.readOnly, message, subject: .file(path))
        case .cannotReadWithoutWriting(let path, _): return AppError(.readOnly, message, subject: .file(path))
        case .changedWhileRead(let path): return AppError(.concurrentChange, message, subject: .file(path), remedy: .retry)
        case .diskFull(let path): return AppError(.diskFull, message, subject: .file(path))
        case .busy(let path): return AppError(.busy, message, subject: .file(path))
        case .clockBehind(let path, _, _):
            return AppError(.clockBehind, message, subject: .file(path), remedy: .advice(
                "set this machine's clock right; to accept a larger skew set STRATA_MAX_CLOCK_SKEW to the seconds allowed"))
        case .integrity: return AppError(.integrity, message)
        case .sqlite(let path, _, let detail):
            // A read-model table dropped by hand: the log is intact and the models can be refolded.
            if detail.hasPrefix("no such table: rm_") {
                let table = String(detail.dropFirst("no such table: ".count))
                return AppError(.storeDamaged, "\(path) lacks its read-model table \(table); the log itself is intact",
                                subject: .file(path), remedy: .perform(.rebuild))
            }
            return AppError(.storage, message, subject: .file(path))
        case .discontinuous(let path, _):
            return AppError(.logDiscontinuous, message, subject: .file(path), remedy: .perform(.acceptLoss))
        case .notAFile(let path, _):
            return AppError(.notAFile, message, subject: .file(path), remedy: .advice("name a store's database file"))
        case .upstream(let code, _):
            return AppError(Code(code, .store), message)
        case .replicaDiverged(let path, _, _):
            return AppError(.replicaDiverged, message, subject: .file(path), remedy: .advice("delete the replica file and retry"))
        }
    }

}
