import StrataApp

/// One event rendered for `strata events`.
enum EventLine {
    static let header = "POS     RECORDED             TYPE                         STREAM@VERSION"

    /// `position  recorded  type  stream@version`, fitted to the terminal (80 columns off one).
    static func human(_ event: RecordedEvent) -> String {
        let recorded = String(event.recordedAt.iso8601.prefix(19)).replacingOccurrences(of: "T", with: " ")
        let stream = Text.fit(event.streamID, to: 28) + "@\(event.streamVersion)"
        return Text.pad(String(event.position), 7) + " " + recorded + "  "
            + Text.pad(Text.truncate(event.eventType, to: 28), 28) + " " + stream
    }
}
