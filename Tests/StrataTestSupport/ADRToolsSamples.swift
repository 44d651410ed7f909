/// adr-tools collections reproduced from its documented behaviour: the exact layout `adr new`,
/// `adr new -s` and `adr link` produce with `ADR_DATE=1992-01-12`. The body sentences are this
/// project's own. Interop tests read them with the library, CLI tests import them with the binary.
public enum ADRToolsSamples {
    /// A record file as adr-tools lays it out; `status` is the Status section body.
    public static func record(_ number: Int, _ title: String, status: String = "Accepted", date: String = "1992-01-12") -> String {
        """
        # \(number). \(title)

        Date: \(date)

        ## Status

        \(status)

        ## Context

        Why \(title.lowercased()) had to be decided.

        ## Decision

        We go with \(title.lowercased()).

        ## Consequences

        Life changes after \(title.lowercased()).

        """
    }

    /// `adr new -s 1 -s 2 Third Record`.
    public static let supersedeSeveral: [String: String] = [
        "0001-first-record.md": record(1, "First Record", status: "Superceded by [3. Third Record](0003-third-record.md)"),
        "0002-second-record.md": record(2, "Second Record", status: "Superceded by [3. Third Record](0003-third-record.md)"),
        "0003-third-record.md": record(3, "Third Record", status: """
            Accepted

            Supercedes [1. First Record](0001-first-record.md)

            Supercedes [2. Second Record](0002-second-record.md)
            """),
    ]

    /// `adr link 3 Amends 1 "Amended by"` and `adr link 3 Clarifies 2 "Clarified by"`.
    public static let amendAndClarify: [String: String] = [
        "0001-first-record.md": record(1, "First Record", status: "Accepted\n\nAmended by [3. Third Record](0003-third-record.md)"),
        "0002-second-record.md": record(2, "Second Record", status: "Accepted\n\nClarified by [3. Third Record](0003-third-record.md)"),
        "0003-third-record.md": record(3, "Third Record", status: """
            Accepted

            Amends [1. First Record](0001-first-record.md)

            Clarifies [2. Second Record](0002-second-record.md)
            """),
    ]

    /// `adr generate toc` for three records.
    public static let tableOfContents = """
        # Architecture Decision Records

        * [1. First Record](0001-first-record.md)
        * [2. Second Record](0002-second-record.md)
        * [3. Third Record](0003-third-record.md)

        """
}
