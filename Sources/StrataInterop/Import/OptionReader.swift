/// Reads MADR's `## Considered Options` list and `## Pros and Cons of the Options`.
enum OptionReader {
    /// Adds one option per list item; prose around the list is kept as an extra section.
    static func readList(_ section: MarkdownSection, into draft: inout RecordDraft) {
        let list = BulletList(section.body)
        for item in list.items {
            let lines = item.text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let name = lines.first.map { String($0).trimmingWhitespace } ?? ""
            let description = lines.count > 1 ? String(lines[1]).trimmingBlankLines : ""
            merge(ADROption(name: name, description: description), into: &draft)
        }
        draft.addExtra(section.displayName, list.prose.joinedText)
    }

    /// Fills options' arguments from `### Option` subsections.
    static func readProsAndCons(_ section: MarkdownSection, into draft: inout RecordDraft) {
        let (lead, subsections) = MarkdownSection.split(section.body, upToLevel: 3)
        draft.addExtra(section.displayName, lead.joinedText)
        for subsection in subsections {
            let arguments = ArgumentReader.read(subsection.body)
            let option = ADROption(
                name: subsection.displayName, description: arguments.remainder,
                pros: arguments.good, cons: arguments.bad, neutral: arguments.neutral)
            merge(option, into: &draft)
        }
    }

    /// Adds an option, or merges it into the one with the same name.
    private static func merge(_ option: ADROption, into draft: inout RecordDraft) {
        let key = matchKey(option.name)
        guard let index = draft.optionIndex[key] else {
            draft.optionIndex[key] = draft.record.options.count
            draft.record.options.append(option)
            return
        }
        draft.record.options[index].description.appendParagraph(option.description)
        draft.record.options[index].pros += option.pros
        draft.record.options[index].cons += option.cons
        draft.record.options[index].neutral += option.neutral
    }

    /// An option name for matching: lowercase, without quotes and extra spaces.
    static func matchKey(_ name: String) -> String {
        let stripped = name.filter { !"\"'`“”‘’*_".contains($0) }
        return MarkdownText.singleLine(stripped).lowercased()
    }
}
