import Foundation
import StrataProjections

extension UseCaseArguments {
    /// The moment the `asOf` and `validAt` arguments name (both absent: now), for faces whose
    /// reads take them as arguments (an MCP tool, an HTTP query).
    public func moment(in store: StrataStore) throws(AppError) -> Moment {
        try store.moment(asOf: try string("asOf"), validAt: try string("validAt"))
    }

    /// A write's recording from its `effective`, `idempotencyKey` and, where the use case
    /// declares it, `expectedVersion` arguments; `actor` is the face's to establish, never an argument.
    public func recording(actor: String) throws(AppError) -> Recording {
        let expected = declared.contains { $0.name == "expectedVersion" } ? try integer("expectedVersion") : nil
        return Recording(actor: actor, effective: try string("effective"), idempotencyKey: try string("idempotencyKey"), expectedVersion: expected)
    }
}

/// The arguments reads and writes of every face share.
extension UseCaseArgument {
    public static let asOf = UseCaseArgument("asOf", .asOf)
    public static let validAt = UseCaseArgument("validAt", .validAt)
    /// `asOf` and `validAt`, which every read at a moment takes.
    public static let moment = [asOf, validAt]
    public static let expectedVersion = UseCaseArgument("expectedVersion", .expectedVersion)
}
