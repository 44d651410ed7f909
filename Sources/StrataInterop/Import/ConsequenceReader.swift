/// Reads a consequences block: MADR's argument bullets, or Nygard's free prose.
enum ConsequenceReader {
    /// Adds what `lines` say to `consequences`.
    static func read(_ lines: [SourceLine], into consequences: inout ADRConsequences) {
        let arguments = ArgumentReader.read(lines)
        consequences.good += arguments.good
        consequences.bad += arguments.bad
        consequences.neutral += arguments.neutral
        consequences.text.appendParagraph(arguments.remainder)
    }
}
