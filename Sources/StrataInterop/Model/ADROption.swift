/// One option a decision considered, with the arguments for and against it.
///
/// MADR lists options under "Considered Options" and argues them under "Pros and Cons
/// of the Options"; JSON-ADR has `considered_options`. Both meet here.
public struct ADROption: Sendable, Equatable, Codable {
    /// The option's name, as the chosen-option line refers to it.
    public var name: String
    /// Prose about the option that is not a pro, con or neutral argument.
    public var description: String
    /// Arguments in favour ("Good, because …"), without the prefix.
    public var pros: [String]
    /// Arguments against ("Bad, because …"), without the prefix.
    public var cons: [String]
    /// Arguments that are neither ("Neutral, because …"), without the prefix.
    public var neutral: [String]

    /// Creates an option.
    public init(
        name: String, description: String = "", pros: [String] = [],
        cons: [String] = [], neutral: [String] = []
    ) {
        self.name = name
        self.description = description
        self.pros = pros
        self.cons = cons
        self.neutral = neutral
    }
}
