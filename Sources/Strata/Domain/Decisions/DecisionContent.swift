/// The body of an ADR: problem, drivers, options, choice, rationale, consequences, people, links, effects.
///
/// The same shape is the JSON a proposal file holds (only `title` is required there) and what
/// `decision.proposed` stores; on the way in, every reference is resolved to the entity's UUID.
public struct DecisionContent: Codable, Sendable, Equatable {
    public var title: String
    /// The context and problem statement.
    public var problem: String
    public var drivers: [String]
    public var options: [DecisionOption]
    public var chosenOption: String?
    public var rationale: String
    public var consequences: Consequences
    public var deciders: [String]
    public var consulted: [String]
    public var informed: [String]
    public var tags: [String]
    public var links: [DecisionLink]
    public var effects: [ArchitectureEffect]
    /// The bounded context the decision is about, if one: a reference on input, a UUID once stored.
    public var context: String?
    /// What an imported ADR said that no other field holds; nil for decisions recorded in Strata.
    public var extras: DecisionExtras?
    /// Path patterns of the code the decision governs (`src/billing/**`), for `strata check
    /// --changed`; nil when none, so records written before the field existed read the same.
    public var affects: [String]?
    /// The commits, pull requests and issues behind the decision, as written (`#123`, a URL,
    /// a commit id); nil when none.
    public var refs: [String]?

    public init(
        title: String, problem: String = "", drivers: [String] = [], options: [DecisionOption] = [],
        chosenOption: String? = nil, rationale: String = "", consequences: Consequences = Consequences(),
        deciders: [String] = [], consulted: [String] = [], informed: [String] = [], tags: [String] = [],
        links: [DecisionLink] = [], effects: [ArchitectureEffect] = [], context: String? = nil,
        extras: DecisionExtras? = nil, affects: [String]? = nil, refs: [String]? = nil
    ) {
        self.title = title
        self.problem = problem
        self.drivers = drivers
        self.options = options
        self.chosenOption = chosenOption
        self.rationale = rationale
        self.consequences = consequences
        self.deciders = deciders
        self.consulted = consulted
        self.informed = informed
        self.tags = tags
        self.links = links
        self.effects = effects
        self.context = context
        self.extras = extras
        self.affects = affects
        self.refs = refs
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        problem = try c.decodeIfPresent(String.self, forKey: .problem) ?? ""
        drivers = try c.decodeIfPresent([String].self, forKey: .drivers) ?? []
        options = try c.decodeIfPresent([DecisionOption].self, forKey: .options) ?? []
        chosenOption = try c.decodeIfPresent(String.self, forKey: .chosenOption)
        rationale = try c.decodeIfPresent(String.self, forKey: .rationale) ?? ""
        consequences = try c.decodeIfPresent(Consequences.self, forKey: .consequences) ?? Consequences()
        deciders = try c.decodeIfPresent([String].self, forKey: .deciders) ?? []
        consulted = try c.decodeIfPresent([String].self, forKey: .consulted) ?? []
        informed = try c.decodeIfPresent([String].self, forKey: .informed) ?? []
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        links = try c.decodeIfPresent([DecisionLink].self, forKey: .links) ?? []
        effects = try c.decodeIfPresent([ArchitectureEffect].self, forKey: .effects) ?? []
        context = try c.decodeIfPresent(String.self, forKey: .context)
        extras = try c.decodeIfPresent(DecisionExtras.self, forKey: .extras)
        affects = try c.decodeIfPresent([String].self, forKey: .affects).flatMap { $0.isEmpty ? nil : $0 }
        refs = try c.decodeIfPresent([String].self, forKey: .refs).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Checks what needs no other entity: a title, a chosen option among the options, unique
    /// option names, valid link types and topology values.
    public func validateShape() throws(CommandRejection) {
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalidInput("a decision needs a title", field: .title)
        }
        var seen = Set<String>()
        for option in options {
            let key = option.name.lowercased()
            guard !key.trimmingCharacters(in: .whitespaces).isEmpty else { throw .invalidInput("every option needs a name", field: .option) }
            guard seen.insert(key).inserted else { throw .invalidInput("option '\(option.name)' is listed twice; give each option one entry", field: .option) }
        }
        if let chosen = chosenOption, !options.isEmpty, !seen.contains(chosen.lowercased()) {
            let names = options.map(\.name).joined(separator: ", ")
            throw .invalidInput(
                "chosen option '\(chosen)' is not among the options (\(names))", field: .chosenOption,
                hint: .advice("choose one of them or add it as an option"))
        }
        for pattern in affects ?? [] {
            if let problem = PathPattern.problem(pattern) {
                throw .invalidInput("affected path '\(pattern)' \(problem)", field: .affects, hint: .advice("write a path relative to the repository root, such as 'src/billing/**'"))
            }
        }
        for ref in refs ?? [] where ref.trimmingCharacters(in: .whitespaces).isEmpty || ref.contains(where: \.isNewline) {
            throw .invalidInput("a reference must be one non-empty line (a commit, pull request, issue or URL)", field: .ref)
        }
        for link in links where !DecisionLink.isValidType(link.type) {
            throw .invalidInput("link type '\(link.type)' is not valid; expected supersedes, amends, relates-to or a kebab-case label", field: .linkType)
        }
        for effect in effects {
            if case .changeTopology(_, let change) = effect { try change.validate() }
            if case .adoptStore(_, let name, _, _, _, _) = effect, name.trimmingCharacters(in: .whitespaces).isEmpty {
                throw .invalidInput("an adopted store needs a name", field: .adopt)
            }
        }
    }

    /// Whether `other` differs only in record-keeping fields (consequences, people, tags, links),
    /// which may still be amended once the decision is no longer proposed.
    public func keepsSubstance(of other: DecisionContent) -> Bool {
        title == other.title && problem == other.problem && drivers == other.drivers && options == other.options
            && chosenOption == other.chosenOption && rationale == other.rationale && effects == other.effects
            && context == other.context
    }
}
