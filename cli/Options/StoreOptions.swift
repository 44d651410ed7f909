import ArgumentParser
import Foundation
import StrataApp

/// `--store`, shared by every command that works on a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store's database file, a team store's postgres:// URL, or a strata serve server's https:// URL (with $STRATA_TOKEN). Defaults to $STRATA_STORE, then the nearest .strata/strata.db upward.",
        valueName: "path|url"))
    var store: String?

    /// The store's path, found the way git finds a repository.
    func path() throws -> String { try StrataStore.locate(explicit: store) }

    /// Opens the store with its read models attached.
    func open() throws -> StrataStore { try StrataStore.open(at: path()) }

    /// Opens the store even when its log lost events, to verify or repair it.
    func openForRepair() throws -> StrataStore { try StrataStore.openForRepair(at: path()) }
}
