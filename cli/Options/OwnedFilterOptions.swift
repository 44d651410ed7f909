import ArgumentParser

/// `--context` and `--status`, the filters every list of things a context owns takes.
struct OwnedFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only those of this context (C-N or name).", valueName: "context"))
    var context: String?

    @Option(help: ArgumentHelp("Only those with this status: active or retired.", valueName: "status"))
    var status: String?
}
