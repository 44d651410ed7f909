/// Turns one Markdown file into a record, reporting everything odd on the way.
///
/// The same tolerant reader handles adr-tools, MADR 2/3/4 and Log4brains files: it reads
/// front matter, header fields and sections wherever they appear, and the format only
/// chooses defaults (see ``ADRFormat``).
struct MarkdownRecordReader {
    let fileName: String
    /// The requested format, or `nil` to detect it from the file.
    let format: ADRFormat?

    /// A record read from a file, with the source lines of its links.
    struct Output: Sendable {
        var record: ADRRecord
        var linkLines: [Int?]
        var format: ADRFormat
        var problems: [ImportProblem]
    }

    func read(_ source: SourceText) -> Output {
        let document = MarkdownDocument(lines: source.lines)
        let format = format ?? ADRFormat.detect(fileName: fileName, document: document)
        var draft = RecordDraft(title: "")
        var header = HeaderFields()
        readFrontMatter(document, into: &header, draft: &draft)
        header.add(headerLines: document.preamble)
        readTitleAndNumber(document, header: header, into: &draft)
        SectionMapper.apply(document.sections, to: &draft)
        for (link, line) in header.links { draft.addLink(link, line: line) }
        StatusResolver.resolve(&draft, header: header.status, format: format, file: fileName)
        readDate(header.date, format: format, into: &draft)
        var record = draft.record
        record.deciders = header.deciders
        record.consulted = header.consulted
        record.informed = header.informed
        record.tags = header.tags
        record.otherMetadata.merge(header.other) { first, _ in first }
        record.sourcePath = fileName
        if !header.leftover.joinedText.isEmpty {
            record.extraSections.insert(ADRSection(name: "", body: header.leftover.joinedText), at: 0)
        }
        return Output(record: record, linkLines: draft.linkLines, format: format, problems: draft.problems)
    }

    private func readFrontMatter(_ document: MarkdownDocument, into header: inout HeaderFields, draft: inout RecordDraft) {
        if let line = document.unterminatedFrontMatterLine {
            draft.problems.append(ImportProblem(
                file: fileName, line: line, code: .unterminatedFrontMatter,
                message: "front matter opened with '---' is never closed; read as text. Add a closing '---' line"))
        }
        guard let lines = document.frontMatter else { return }
        let yaml = lines.map(\.text).joined(separator: "\n")
        switch FrontMatterParser.parse(yaml) {
        case .success(let pairs):
            header.add(frontMatter: pairs, firstLine: lines.first?.number ?? 2)
        case .failure(let failure):
            draft.record.otherMetadata["front-matter"] = yaml
            let (line, detail) = describe(failure)
            draft.problems.append(ImportProblem(
                file: fileName, line: line, code: .invalidFrontMatter,
                message: "front matter is not usable YAML (\(detail)); its metadata was ignored and kept as text. Fix the YAML"))
        }
    }

    private func describe(_ failure: FrontMatterParser.Failure) -> (Int?, String) {
        switch failure {
        case .invalid(let message, let line): (line.map { $0 + 1 }, MarkdownText.singleLine(message))
        case .notAMap: (1, "it is not a list of key: value pairs")
        case .tooLarge: (1, "it expands to more than \(FrontMatterParser.nodeBudget) values")
        }
    }

    private func readTitleAndNumber(_ document: MarkdownDocument, header: HeaderFields, into draft: inout RecordDraft) {
        var heading = document.title.map(TitleReader.read)
        if heading == nil || heading?.title.isEmpty == true {
            let fallback = header.title ?? TitleReader.title(fromFileName: fileName)
            heading = TitleReader.Heading(number: heading?.number, title: fallback)
            draft.problems.append(ImportProblem(
                file: fileName, line: document.titleLine, code: .missingTitle,
                message: "no '# Title' heading; used '\(ImportProblem.excerpt(fallback))'. Add a level-1 heading"))
        }
        draft.record.title = heading?.title ?? ""
        let fileNumber = ADRNumber.fromFileName(fileName)
        draft.record.number = fileNumber ?? heading?.number
        if let fileNumber, let headingNumber = heading?.number, fileNumber != headingNumber {
            draft.problems.append(ImportProblem(
                file: fileName, line: document.titleLine, code: .numberMismatch,
                message: "title says \(headingNumber) but the file name says \(fileNumber); used \(fileNumber). Make them agree"))
        }
    }

    private func readDate(_ value: HeaderFields.Value?, format: ADRFormat, into draft: inout RecordDraft) {
        guard let value, !value.text.trimmingWhitespace.isEmpty else {
            if let day = ADRNumber.dayFromFileName(fileName) {
                draft.record.date = day
                draft.problems.append(ImportProblem(
                    file: fileName, code: .missingDate,
                    message: "no date field; used \(day) from the file name. Add a 'Date:' field"))
            } else if format == .adrTools {
                draft.problems.append(ImportProblem(
                    file: fileName, code: .missingDate, message: "no 'Date:' line. Add one under the title"))
            }
            return
        }
        let reading = DateProblemReporter.read(value, file: fileName)
        draft.record.date = reading.day
        draft.record.dateText = reading.keptText
        draft.problems += reading.problems
    }
}
