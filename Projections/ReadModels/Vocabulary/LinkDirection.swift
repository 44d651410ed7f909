/// Which end of a link a decision is read from.
public enum LinkDirection: String, CaseIterable, Codable, Sendable {
    /// The decision's own link, as recorded.
    case outgoing
    /// Another decision's link to this one, named as read from here.
    case incoming
}
