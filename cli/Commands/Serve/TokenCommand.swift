import ArgumentParser
import StrataApp

extension StrataCommand {
    struct TokenCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "Issue, list and revoke the API tokens `strata serve` accepts.",
            discussion: """
                A token is a bearer secret with a role: reader (reads only), writer (reads and \
                records) or admin (also manages tokens). The store keeps only the secret's \
                SHA-256, as token.issued and token.revoked events, so issuing and revoking are \
                part of the audited log. Writes made over HTTP are recorded as token:NAME.

                Example:
                  strata token add ci --role writer
                """,
            subcommands: [Add.self, List.self, Revoke.self])
    }
}

extension StrataCommand.TokenCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Issue a token and print its secret, once.",
            discussion: """
                The secret is printed on stdout and never again; keep it where the client can \
                read it. A name is never reused, even after its token is revoked.
                """)
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: ArgumentHelp("The token's name: a-z, 0-9, '-', '_', '.'.", valueName: "name")) var name: String
        @Option(help: ArgumentHelp("reader, writer or admin.", valueName: "role")) var role: String
        @Option(help: ArgumentHelp("Who issues it; defaults to git's user.name, then $USER.", valueName: "name")) var actor: String?
        @Flag(help: "Print the token and its secret as JSON.") var json = false

        func run() throws {
            let issued = try storeOptions.open().issueToken(name: name, role: try TokenRole.parse(role), actor: Actor.resolve(actor))
            if json { return try JSONOutput.print(issued) }
            print(issued.secret)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every token issued, revoked ones marked.")
        @OptionGroup var storeOptions: StoreOptions
        @Flag(help: "Print the tokens as JSON.") var json = false

        func run() throws {
            let tokens = try storeOptions.open().tokens()
            if json { return try JSONOutput.print(tokens) }
            for token in tokens {
                let state = token.revokedAt.map { "revoked \($0) by \(token.revokedBy ?? "unknown")" } ?? "active"
                print("\(token.name)  \(token.role.rawValue)  issued \(token.issuedAt) by \(token.issuedBy)  \(state)")
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token: it authenticates no one from now on.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: ArgumentHelp("The token's name.", valueName: "name")) var name: String
        @Option(help: ArgumentHelp("Who revokes it; defaults to git's user.name, then $USER.", valueName: "name")) var actor: String?

        func run() throws {
            let token = try storeOptions.open().revokeToken(name: name, actor: Actor.resolve(actor))
            print("revoked \(token.name)")
        }
    }
}
