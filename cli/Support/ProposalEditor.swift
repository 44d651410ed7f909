import Foundation
import StrataApp

/// Where `propose --file` and the interactive editor get a proposal's text from; the
/// application layer reads the document.
enum ProposalEditor {
    /// Reads a JSON or Markdown proposal file.
    static func read(_ path: String) throws -> DecisionContent {
        try ProposalDocument.read(InputFile.read(path), name: path)
    }

    /// Opens `$EDITOR` on the proposal template and reads the result; only when stdin is a terminal.
    static func edit() throws -> DecisionContent {
        guard isatty(STDIN_FILENO) == 1, let editor = ProcessInfo.processInfo.environment["EDITOR"], !editor.isEmpty else {
            throw UsageError("nothing to propose; pass --title TEXT or --file PATH (or set $EDITOR and run interactively)")
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("strata-proposal-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: url) }
        try ProposalDocument.template.write(to: url, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "editor", url.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw UsageError("$EDITOR exited with status \(process.terminationStatus); nothing was proposed") }
        return try ProposalDocument.edited(try Data(contentsOf: url))
    }
}
