import Foundation
import Testing
import StrataTestSupport

/// ADR collections written the way adr-tools, MADR, Log4brains and JSON-ADR tools write them
/// (this project's own text), plus the shared real collections when present.
enum InteropSamples {
    /// A record as adr-tools lays it out (`ADR_DATE=1992-01-12`); `status` is the Status section body.
    static func adrTools(_ number: Int, _ title: String, status: String = "Accepted", date: String = "1992-01-12") -> String {
        ADRToolsSamples.record(number, title, status: status, date: date)
    }

    static let supersedeSeveral = ADRToolsSamples.supersedeSeveral
    static let amendAndClarify = ADRToolsSamples.amendAndClarify
    static let tableOfContents = ADRToolsSamples.tableOfContents

    /// Two MADR 4 records, one with a status outside the five.
    static let madr: [String: String] = [
        "0001-use-postgres.md": """
            ---
            status: accepted
            date: 2024-03-01
            decision-makers: Ann, Bob
            ---

            # Use PostgreSQL

            ## Context and Problem Statement

            We need a primary store.

            ## Considered Options

            * PostgreSQL
            * MySQL

            ## Decision Outcome

            Chosen option: "PostgreSQL", because the team knows it.

            ### Consequences

            * Good, because it is boring.
            * Neutral, because it is a server.

            ## Changelog

            Written in review.

            """,
        "0002-cache-reads.md": """
            ---
            status: on hold
            date: 2024-04-01
            ---

            # Cache reads

            ## Context and Problem Statement

            Reads are slow.

            """,
    ]

    /// Log4brains' dated slugs with a supersede pair written at both ends.
    static let log4brains: [String: String] = [
        "20200101-use-numbers.md": """
            # Use numbers

            - Status: superseded by [20200201-use-slugs](20200201-use-slugs.md)
            - Date: 2020-01-01
            - Tags: ids

            ## Context and Problem Statement

            Records need ids.

            """,
        "20200201-use-slugs.md": """
            # Use slugs

            - Status: accepted
            - Date: 2020-02-01
            - Tags: ids

            ## Context and Problem Statement

            Numbers collide.

            ## Links

            - Supersedes [Use numbers](20200101-use-numbers.md)

            """,
    ]

    /// A JSON-ADR v1 bulk document.
    static let jsonADR = """
        {"version":"1.0.0","adrs":[
          {"number":1,"title":"Use SQLite","status":"accepted","date":"2023-05-01","deciders":["Ann"],"context":"Embedded.","decision":"SQLite it is."},
          {"number":2,"title":"Use WAL","status":"proposed","date":"2023-06-01","links":[{"type":"amends","target":1}]}
        ]}
        """

    /// The real collection `name` under `../shared/fixtures/adr`, or nil when absent.
    static func realCollection(_ name: String) -> String? {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("../shared/fixtures/adr/\(name)").standardizedFileURL
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue ? url.path : nil
    }
}

extension DomainWorkspace {
    /// Writes `files` into a new directory `name` and returns its path.
    func directory(_ name: String, _ files: [String: String]) throws -> String {
        let directory = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (file, text) in files { try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8) }
        return directory.path
    }

    /// Runs `strata ARGS… --store STORE` (no `--actor`, which export does not take).
    func strata(_ arguments: String...) throws -> CommandResult {
        try StrataBinary.run(arguments + ["--store", store], in: url)
    }

    /// The files of directory `path`, by name.
    func files(in path: String) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        return try Dictionary(uniqueKeysWithValues: names.map { name in
            (name, try String(contentsOfFile: (path as NSString).appendingPathComponent(name), encoding: .utf8))
        })
    }
}
