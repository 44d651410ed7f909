import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

// The catalogue of codes. A code is published once and never renamed; add new ones at the end
// of their group and to `known`.
extension AppError.Code {
    // MARK: Input
    /// A value does not have the shape its field needs.
    public static let invalidInput = Self("invalid-input", .input)
    /// A workload profile does not validate against the schema.
    public static let invalidProfile = Self("invalid-profile", .input)
    /// A moment (`asOf`, `validAt`, `from`, `to`, `effective`) is not a time, a position or ADR-N.
    public static let invalidMoment = Self("invalid-moment", .input)
    /// A file or directory named by the request cannot be read.
    public static let unreadableFile = Self("unreadable-file", .input)
    /// A file is larger than the use case reads.
    public static let fileTooLarge = Self("file-too-large", .input)
    /// An event to append is malformed (empty type, invalid JSON payload, bad id).
    public static let invalidEvent = Self("invalid-event", .input)
    /// A raw append targets one of the domain's own event types or streams.
    public static let domainStream = Self("domain-stream", .input)
    /// A value is outside the domain's vocabulary (metric, source, technology, role, format).
    public static let unknownValue = Self("unknown-value", .input)
    /// An import source holds nothing to import.
    public static let nothingToImport = Self("nothing-to-import", .input)
    /// A file import does not recognise as any format it reads; nothing was imported.
    public static let unknownFormat = Self("unknown-format", .input)
    /// A line of an events file is malformed.
    public static let malformedEventLine = Self("malformed-event-line", .input)
    /// A stored event's payload does not decode as its type.
    public static let unreadablePayload = Self("unreadable-payload", .input)
    /// An export would write outside its target or over existing files.
    public static let exportRefused = Self("export-refused", .input)
    /// A filter names nothing the store knows.
    public static let unknownFilterValue = Self("unknown-filter-value", .input)

    // MARK: Not found
    /// No entity answers to the id given.
    public static let notFound = Self("not-found", .notFound)
    /// No rule in the catalogue has the id given.
    public static let unknownRule = Self("unknown-rule", .notFound)
    /// The decision named as a moment was never accepted.
    public static let neverAccepted = Self("never-accepted", .notFound)

    // MARK: Refused
    /// A decision cannot make this lifecycle move from its status.
    public static let illegalTransition = Self("illegal-transition", .refused)
    /// The action needs a reason and none was given.
    public static let reasonRequired = Self("reason-required", .refused)
    /// A decision was named as its own successor.
    public static let selfSupersession = Self("self-supersession", .refused)
    /// Superseding would close a loop of successors.
    public static let supersessionCycle = Self("supersession-cycle", .refused)
    /// The entity is retired (or retracted) and cannot take the command.
    public static let retired = Self("retired", .refused)
    /// The command would record nothing new.
    public static let nothingToRecord = Self("nothing-to-record", .refused)
    /// A name is taken by another active entity.
    public static let nameTaken = Self("name-taken", .refused)
    /// Any other rule of the domain refuses the command.
    public static let refused = Self("refused", .refused)
    /// The entity still owns or serves active ones.
    public static let stillInUse = Self("still-in-use", .refused)
    /// An effect of a decision cannot apply to the architecture as it is.
    public static let invalidEffect = Self("invalid-effect", .refused)
    /// The evidence cited does not show what it is cited for.
    public static let evidenceDoesNotHold = Self("evidence-does-not-hold", .refused)
    /// A successor must be accepted before it can supersede.
    public static let successorNotAccepted = Self("successor-not-accepted", .refused)
    /// A decided decision's substance cannot change.
    public static let decisionFixed = Self("decision-fixed", .refused)
    /// A decision cannot link to itself.
    public static let selfLink = Self("self-link", .refused)
    /// A fact would take effect before a fact it depends on.
    public static let effectiveTooEarly = Self("effective-too-early", .refused)
    /// Only a proposed or accepted decision can be declared superseded by a proposal.
    public static let cannotSupersede = Self("cannot-supersede", .refused)
    /// A proposer cannot review their own proposal.
    public static let selfReview = Self("self-review", .refused)
    /// The context's review policy is not met yet: more approvals, or a request for changes open.
    public static let quorumNotMet = Self("quorum-not-met", .refused)
    /// The log's hash chain is broken, so the use case would trust what it cannot prove.
    public static let chainBroken = Self("chain-broken", .refused)
    /// The demo needs an empty store.
    public static let storeNotEmpty = Self("store-not-empty", .input)
    /// The face was started without the right to make this change (an agent's lifecycle move).
    public static let notAllowedHere = Self("not-allowed-here", .refused)

    // MARK: Conflict
    /// Another writer changed what the command read; re-run it on the latest state.
    public static let concurrentChange = Self("concurrent-change", .conflict)
    /// A stream was not at the expected version.
    public static let versionConflict = Self("version-conflict", .conflict)
    /// An event id is stored already with other content.
    public static let idempotencyConflict = Self("idempotency-conflict", .conflict)
    /// A line of an events file conflicts with this store.
    public static let mergeConflict = Self("merge-conflict", .conflict)

    // MARK: Store
    /// No store where one was looked for.
    public static let storeNotFound = Self("store-not-found", .store)
    /// The file is not a SQLite database.
    public static let notSQLite = Self("not-sqlite", .store)
    /// The file is a SQLite database, but not a Strata store.
    public static let foreignDatabase = Self("foreign-database", .store)
    /// The file exists but holds no store yet.
    public static let emptyFile = Self("empty-file", .store)
    /// The store was written by a newer Strata.
    public static let newerSchema = Self("newer-schema", .store)
    /// The store was built from a migration that differs from this build's.
    public static let migrationChanged = Self("migration-changed", .store)
    /// The store is damaged.
    public static let storeDamaged = Self("store-damaged", .store)
    /// The store or its directory cannot be written.
    public static let readOnly = Self("read-only", .store)
    /// The disk is full.
    public static let diskFull = Self("disk-full", .store)
    /// Another writer held the store past the busy timeout.
    public static let busy = Self("busy", .store)
    /// This machine's clock reads far behind the log's last recorded time.
    public static let clockBehind = Self("clock-behind", .store)
    /// A write broke one of the log's own rules.
    public static let integrity = Self("integrity", .store)
    /// Any other storage failure.
    public static let storage = Self("storage", .store)
    /// The store path is a directory, FIFO, socket or device rather than a file.
    public static let notAFile = Self("not-a-file", .store)
    /// A discovered store belongs to another user and is not listed as safe.
    public static let unsafeStore = Self("unsafe-store", .store)
    /// A read model or snapshot does not match its seal: it was changed outside Strata.
    public static let readModelMismatch = Self("read-model-mismatch", .store)
    /// An anchor could not be written to, or read from, the place named.
    public static let anchorFailed = Self("anchor-failed", .input)
    /// The log lost or replaced events it once held: its tail deleted or an older copy restored.
    public static let logDiscontinuous = Self("log-discontinuous", .store)
    /// A local replica holds something other than the team store it follows.
    public static let replicaDiverged = Self("replica-diverged", .store)

    /// Every published code, for decoding and for documentation.
    public static let known: [Self] = [
        .invalidInput, .invalidProfile, .invalidMoment, .unreadableFile, .fileTooLarge, .invalidEvent, .domainStream,
        .unknownValue, .nothingToImport, .malformedEventLine, .unreadablePayload, .exportRefused, .unknownFilterValue,
        .notFound, .unknownRule, .neverAccepted,
        .illegalTransition, .reasonRequired, .selfSupersession, .supersessionCycle, .retired, .nothingToRecord, .nameTaken,
        .refused, .stillInUse, .invalidEffect, .evidenceDoesNotHold, .successorNotAccepted, .decisionFixed, .selfLink, .effectiveTooEarly, .cannotSupersede, .selfReview, .quorumNotMet, .chainBroken, .storeNotEmpty, .notAllowedHere,
        .concurrentChange, .versionConflict, .idempotencyConflict, .mergeConflict,
        .storeNotFound, .notSQLite, .foreignDatabase, .emptyFile, .newerSchema, .migrationChanged, .storeDamaged,
        .readOnly, .diskFull, .busy, .clockBehind, .integrity, .storage, .notAFile, .unsafeStore, .logDiscontinuous, .readModelMismatch, .anchorFailed,
        .replicaDiverged,
    ]
}
