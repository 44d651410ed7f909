// libFuzzer entry for the Markdown/YAML ADR importer, linter and exporters, compiled into one module
// with Sources/StrataInterop (and the release build's Yams) by .ci/fuzz/run.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let name = "0001-fuzzed.md"
    let result = ADRImporter().read(files: [ADRSourceFile(name: name, data: Data(bytes: start, count: count))])
    precondition(result.records.count <= 1, "one file gave several records")
    for problem in result.problems {
        let control = problem.message.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }
        precondition(problem.file == name && !problem.message.isEmpty && !control, "unclear problem: \(problem)")
    }
    _ = ADRLinter.lint(records: result.records, problems: result.problems)
    for exported in [ADRToolsExporter.export(result.records), MADRExporter.export(result.records)] {
        for file in exported {
            let parts = file.relativePath.split(separator: "/", omittingEmptySubsequences: false)
            precondition(!file.relativePath.hasPrefix("/") && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") },
                         "export path escapes: \(file.relativePath)")
        }
        let again = ADRImporter().read(files: exported.map { ADRSourceFile(name: $0.relativePath, data: Data($0.contents.utf8)) })
        precondition(again.records.count == result.records.count, "an exported record does not import again")
    }
    return 0
}
