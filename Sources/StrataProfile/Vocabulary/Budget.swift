/// How much the team can spend on the database.
public enum Budget: String, CaseIterable, Codable, Sendable {
    case low
    case standard
    case premium
}
