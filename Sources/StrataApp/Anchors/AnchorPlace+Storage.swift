import Foundation
import Strata

extension AnchorPlace {
    static let noteRef = "strata-anchors"

    /// Writes `anchor` here; a file gains one line, a repository a tag or a note on HEAD, made by
    /// `actor` when git knows no identity of its own (a CI runner often does not).
    func write(_ anchor: AnchorLine, actor: String) throws(AppError) {
        switch self {
        case .file(let path): try Self.append(anchor, toFile: path)
        case .gitTag(let repository):
            let name = "strata-anchor/\(anchor.storeID.prefix(8))/\(anchor.position)"
            // Anchoring the same head twice is one anchor: the tag already says it.
            if let existing = try? Git.run(["for-each-ref", "--format=%(contents)", "refs/tags/\(name)"], in: repository),
               AnchorLine.all(in: existing).contains(where: { $0.hash == anchor.hash }) { return }
            _ = try Git.run(Self.identity(actor, in: repository) + ["tag", "-a", name, "-m", anchor.text], in: repository)
        case .gitNote(let repository):
            _ = try Git.run(
                Self.identity(actor, in: repository) + ["notes", "--ref=\(Self.noteRef)", "append", "-m", anchor.text, "HEAD"],
                in: repository)
        }
    }

    /// Every anchor kept here, of any store.
    func read() throws(AppError) -> [AnchorLine] {
        switch self {
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AppError(.anchorFailed, "cannot read the anchors file \(path)", subject: .file(path))
            }
            return AnchorLine.all(in: String(decoding: data, as: UTF8.self))
        case .gitTag(let repository):
            return AnchorLine.all(in: try Git.run(["for-each-ref", "--format=%(contents)", "refs/tags/strata-anchor/"], in: repository))
        case .gitNote(let repository):
            let listing = try Git.run(["notes", "--ref=\(Self.noteRef)", "list"], in: repository)
            var anchors: [AnchorLine] = []
            for line in listing.split(whereSeparator: \.isNewline) {
                guard let note = line.split(separator: " ").first else { continue }
                anchors += AnchorLine.all(in: try Git.run(["cat-file", "-p", String(note)], in: repository))
            }
            return anchors
        }
    }

    /// git's own identity when it has one, else `actor` for this one command.
    private static func identity(_ actor: String, in repository: String) -> [String] {
        if let email = try? Git.run(["config", "user.email"], in: repository), !email.isEmpty { return [] }
        let name = actor.isEmpty ? "strata" : actor
        let local = name.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        return ["-c", "user.name=\(name)", "-c", "user.email=\(local.isEmpty ? "strata" : local)@strata.invalid"]
    }

    /// Appends one line and syncs it: an anchor that a crash lost would prove nothing.
    private static func append(_ anchor: AnchorLine, toFile path: String) throws(AppError) {
        let fail = { (reason: String) in
            AppError(.anchorFailed, "cannot write the anchor to \(path) (\(reason))", subject: .file(path))
        }
        if let type = FileInspection.type(FileInspection.resolved(path) ?? path), type != .typeRegular {
            throw fail("it is a \(FileInspection.describe(type)), not a file")
        }
        if !FileManager.default.fileExists(atPath: path),
           !FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644]) {
            throw fail("its directory cannot be written")
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw fail("it cannot be opened for writing") }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data((anchor.text + "\n").utf8))
            try handle.synchronize()
        } catch {
            throw fail(error.localizedDescription)
        }
    }
}
