import ArgumentParser
import Foundation
import Strata
import StrataProjections

/// `--store`, shared by every command that works on a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store's database file. Defaults to $STRATA_STORE, then the nearest .strata/strata.db upward.",
        valueName: "path"))
    var store: String?

    /// The store's path, or a usage failure explaining how to get one.
    func location() throws -> StoreLocator.Location {
        guard let location = StoreLocator.locate(explicit: store) else {
            throw CommandFailure.usage(
                "no Strata store here or in any parent directory; run 'strata init' or pass --store PATH")
        }
        return location
    }

    /// Opens the store with every inline read model attached.
    func openLog() throws -> SQLiteEventLog {
        try SQLiteEventLog.open(at: location().path, hooks: [InlineProjections(ReadModels.inline)])
    }
}

/// The read models the CLI keeps up to date.
enum ReadModels {
    /// Folded inside every append's transaction.
    static let inline: [any Projection] = [EntityIndexProjection(), readSide]

    /// The CQRS read models every read command queries.
    static let readSide = ReadModelProjection()
}
