import ArgumentParser
import StrataApp

/// The flags that build a decision's content and effects, shared by `propose`.
struct ProposalOptions: ParsableArguments {
    @Option(help: "The decision's title.") var title: String?
    @Option(help: "The context and problem statement.") var problem: String?
    @Option(name: .customLong("driver"), help: "A decision driver (repeatable).") var drivers: [String] = []
    @Option(name: .customLong("option"), help: "An option considered (repeatable).") var options: [String] = []
    @Option(name: .customLong("pro"), help: ArgumentHelp("A pro of an option, as 'OPTION: text' (repeatable).", valueName: "option: text")) var pros: [String] = []
    @Option(name: .customLong("con"), help: ArgumentHelp("A con of an option, as 'OPTION: text' (repeatable).", valueName: "option: text")) var cons: [String] = []
    @Option(name: .customLong("choose"), help: "The chosen option.") var chosen: String?
    @Option(help: "Why the chosen option wins.") var rationale: String?
    @Option(name: .customLong("good"), help: "A good consequence (repeatable).") var good: [String] = []
    @Option(name: .customLong("bad"), help: "A bad consequence (repeatable).") var bad: [String] = []
    @Option(name: .customLong("decider"), help: "A decision maker (repeatable).") var deciders: [String] = []
    @Option(name: .customLong("consulted"), help: "Someone consulted (repeatable).") var consulted: [String] = []
    @Option(name: .customLong("informed"), help: "Someone informed (repeatable).") var informed: [String] = []
    @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []
    @Option(name: .customLong("affects"), help: ArgumentHelp("A path pattern of the code the decision governs, e.g. 'src/billing/**' (repeatable).", valueName: "pattern")) var affects: [String] = []
    @Option(name: .customLong("ref"), help: ArgumentHelp("A commit, pull request, issue or URL behind the decision (repeatable).", valueName: "ref")) var refs: [String] = []
    @Option(name: .customLong("context"), help: "The bounded context the decision is about (C-N).") var context: String?
    @Option(name: .customLong("supersedes"), help: "A decision this one replaces once accepted (repeatable).") var supersedes: [String] = []
    @Option(name: .customLong("amends"), help: "A decision this one amends (repeatable).") var amends: [String] = []
    @Option(name: .customLong("relates-to"), help: "A related decision (repeatable).") var relatesTo: [String] = []

    @Option(help: ArgumentHelp("Adopt a store on acceptance: TECHNOLOGY:NAME (e.g. elasticsearch:catalog-search), or other:TECH:NAME with --category for a technology outside the catalogue.", valueName: "tech:name")) var adopt: String?
    @Option(help: ArgumentHelp("The category of an other:TECH technology: \(StoreCategory.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "category")) var category: String?
    @Option(name: .customLong("in"), help: ArgumentHelp("The adopted store's context (C-N).", valueName: "context")) var adoptContext: String?
    @Option(help: "The adopted store's role: \(StoreRole.allCases.map(\.rawValue).joined(separator: ", ")).") var role = "primary"
    @Option(name: .customLong("serves"), help: "A workload the adopted store serves (repeatable).") var serves: [String] = []
    @Option(name: .customLong("because-measured"), help: "Justify the adoption by a measured bottleneck M-N (repeatable).") var becauseMeasured: [String] = []
    @Option(name: .customLong("because-pattern"), help: "Justify it by a workload W-N whose access pattern existing stores serve badly (repeatable).") var becausePattern: [String] = []
    @Option(name: .customLong("because-capability"), help: ArgumentHelp("Justify it by a capability, as CAPABILITY:W-1,W-2.", valueName: "cap:workloads")) var becauseCapability: [String] = []
    @Option(name: .customLong("because"), help: "Justify it in words (repeatable).") var because: [String] = []
    @Option(name: .customLong("retire-store"), help: "Retire a store on acceptance (repeatable).") var retireStores: [String] = []
    @Option(name: .customLong("move"), help: ArgumentHelp("Move a workload on acceptance: W-N:FROM:TO (stores S-N or new:NAME).", valueName: "w:from:to")) var moves: [String] = []
    @Option(name: .customLong("scale-up"), help: ArgumentHelp("Record scaling a store up: S-N:SIZE (e.g. S-1:db.r6g.2xlarge).", valueName: "store:size")) var scaleUps: [String] = []
    @Option(name: .customLong("replicas"), help: ArgumentHelp("Set read replicas: S-N:COUNT.", valueName: "store:count")) var replicas: [String] = []
    @Option(name: .customLong("cache"), help: ArgumentHelp("Put a cache in front: S-N[:TECHNOLOGY].", valueName: "store[:tech]")) var caches: [String] = []
    @Option(name: .customLong("read-model"), help: ArgumentHelp("Add a CQRS read model: S-N:NAME.", valueName: "store:name")) var readModels: [String] = []
    @Option(name: .customLong("shard"), help: ArgumentHelp("Shard a store: S-N:range|hash|geographic|directory:KEY.", valueName: "store:strategy:key")) var shards: [String] = []

    /// Whether any content flag was given (otherwise propose reads a file or opens $EDITOR).
    var hasContent: Bool { title != nil }

    /// `base` with every flag given applied on top.
    func apply(to base: DecisionContent) throws -> DecisionContent {
        var content = base
        if let title { content.title = title }
        if let problem { content.problem = problem }
        content.drivers += drivers
        for name in options where !content.options.contains(where: { $0.name == name }) { content.options.append(DecisionOption(name: name)) }
        for (text, isPro) in pros.map({ ($0, true) }) + cons.map({ ($0, false) }) {
            let (name, point) = try Self.split(text, option: isPro ? "--pro" : "--con")
            guard let index = content.options.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw UsageError("\(isPro ? "--pro" : "--con") '\(text)' names no option '\(name)'; add it with --option \"\(name)\"")
            }
            if isPro { content.options[index].pros.append(point) } else { content.options[index].cons.append(point) }
        }
        if let chosen { content.chosenOption = chosen }
        if let rationale { content.rationale = rationale }
        content.consequences.good += good
        content.consequences.bad += bad
        content.deciders += deciders
        content.consulted += consulted
        content.informed += informed
        content.tags += tags
        if !affects.isEmpty { content.affects = (content.affects ?? []) + affects.filter { !(content.affects ?? []).contains($0) } }
        if !refs.isEmpty { content.refs = (content.refs ?? []) + refs.filter { !(content.refs ?? []).contains($0) } }
        if let context { content.context = context }
        content.links += supersedes.map { DecisionLink(type: DecisionLink.supersedes, decision: $0) }
            + amends.map { DecisionLink(type: DecisionLink.amends, decision: $0) }
            + relatesTo.map { DecisionLink(type: DecisionLink.relatesTo, decision: $0) }
        content.effects += try effects()
        return content
    }

    private func effects() throws -> [ArchitectureEffect] {
        var effects: [ArchitectureEffect] = []
        if let adopt { effects.append(try adoption(adopt)) } else if category != nil {
            throw UsageError("--category names the category of an adopted other:TECH store; pass it with --adopt other:TECH:NAME")
        }
        for move in moves {
            let parts = move.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let split = Self.splitStores(parts[1]) else {
                throw UsageError("--move '\(move)' is not W-N:FROM:TO; e.g. --move W-3:S-1:S-2 or --move W-3:S-1:new:search")
            }
            effects.append(.moveWorkload(workload: parts[0], from: split.0, to: split.1))
        }
        for text in scaleUps {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw UsageError("--scale-up '\(text)' is not S-N:SIZE; e.g. --scale-up S-1:db.r6g.2xlarge") }
            effects.append(.changeTopology(store: parts[0], change: .scaledUp(to: parts[1])))
        }
        for text in replicas {
            let parts = text.split(separator: ":").map(String.init)
            guard parts.count == 2, let count = Int(parts[1]) else { throw UsageError("--replicas '\(text)' is not S-N:COUNT; e.g. --replicas S-1:2") }
            effects.append(.changeTopology(store: parts[0], change: .readReplicas(count: count)))
        }
        for text in caches {
            let parts = text.split(separator: ":").map(String.init)
            let technology = try parts.count > 1 ? Self.technology(parts[1]) : nil
            effects.append(.changeTopology(store: parts.first ?? text, change: .cacheInFront(technology: technology)))
        }
        for text in readModels {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw UsageError("--read-model '\(text)' is not S-N:NAME") }
            effects.append(.changeTopology(store: parts[0], change: .cqrsReadModel(name: parts[1])))
        }
        for text in shards {
            let parts = text.split(separator: ":", maxSplits: 2).map(String.init)
            guard parts.count == 3, let strategy = ShardStrategy(rawValue: parts[1]) else {
                throw UsageError("--shard '\(text)' is not S-N:STRATEGY:KEY with STRATEGY range, hash, geographic or directory")
            }
            effects.append(.changeTopology(store: parts[0], change: .sharding(strategy: strategy, shardKey: parts[2])))
        }
        effects += retireStores.map { .retireStore(store: $0) }
        return effects
    }

    private func adoption(_ text: String) throws -> ArchitectureEffect {
        // other:TECH:NAME keeps its prefix with the technology; everything else splits at the first colon.
        let isOther = StoreTechnology.isOther(text)
        let body = isOther ? String(text.dropFirst(StoreTechnology.otherPrefix.count)) : text
        var parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if isOther, !parts.isEmpty { parts[0] = StoreTechnology.otherPrefix + parts[0] }
        guard parts.count == 2, !parts[1].isEmpty else {
            throw UsageError("--adopt '\(text)' is not TECHNOLOGY:NAME; e.g. --adopt elasticsearch:catalog-search or --adopt other:FoundationDB:ledger --category key-value")
        }
        guard let adoptContext else { throw UsageError("--adopt needs the store's context; pass --in C-N") }
        guard let storeRole = StoreRole(rawValue: role) else {
            throw UsageError("--role '\(role)' is not known; expected one of \(StoreRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var justifications: [Justification] = []
        if !becauseMeasured.isEmpty { justifications.append(.measuredBottleneck(measurements: becauseMeasured)) }
        if !becausePattern.isEmpty { justifications.append(.accessPattern(workloads: becausePattern, note: nil)) }
        for item in becauseCapability {
            let pieces = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard pieces.count == 2, let capability = Capability(rawValue: pieces[0]) else {
                throw UsageError("--because-capability '\(item)' is not CAPABILITY:W-N[,W-M]; capabilities: \(Capability.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            justifications.append(.capability(capability: capability, workloads: pieces[1].split(separator: ",").map(String.init)))
        }
        justifications += because.map { .freeText(text: $0) }
        return .adoptStore(
            technology: try Self.storeTechnology(parts[0], category: category), name: parts[1], context: adoptContext, role: storeRole,
            workloads: serves, justifications: justifications)
    }

    static func storeTechnology(_ id: String, category: String?) throws -> StoreTechnology {
        do {
            return try StoreTechnology.parse(id, category: category)
        } catch {
            throw UsageError(StoreTechnology.isOther(id) && category == nil ? "\(error.description) (pass --category)" : error.description)
        }
    }

    static func technology(_ id: String) throws -> Technology {
        do {
            return try Technology.parse(id)
        } catch {
            throw UsageError(error.description)
        }
    }

    /// `S-1:S-2` or `S-1:new:name` or `new:a:S-2` into (from, to).
    static func splitStores(_ text: String) -> (String, String)? {
        let parts = text.split(separator: ":").map(String.init)
        switch parts.count {
        case 2: return (parts[0], parts[1])
        case 3 where parts[0] == "new": return ("new:" + parts[1], parts[2])
        case 3 where parts[1] == "new": return (parts[0], "new:" + parts[2])
        default: return nil
        }
    }

    static func split(_ text: String, option: String) throws -> (String, String) {
        guard let colon = text.firstIndex(of: ":") else {
            throw UsageError("\(option) '\(text)' is not 'OPTION: text'")
        }
        return (String(text[..<colon]).trimmingCharacters(in: .whitespaces), String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
    }
}
