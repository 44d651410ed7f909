import ArgumentParser

extension StrataCommand {
    struct Completion: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "completion",
            abstract: "Print the shell completion script for bash, zsh or fish.",
            discussion: """
                The script completes commands, subcommands and options; source it from your shell's \
                start-up file.

                Examples:
                  strata completion bash > /usr/local/etc/bash_completion.d/strata
                  strata completion zsh > "${fpath[1]}/_strata"
                  strata completion fish > ~/.config/fish/completions/strata.fish
                """)

        @Argument(help: ArgumentHelp("The shell: bash, zsh or fish.", valueName: "shell"))
        var shell: String

        func validate() throws {
            guard Self.shells.contains(shell) else {
                throw ValidationError("'\(shell)' is not a supported shell; use bash, zsh or fish")
            }
        }

        func run() throws {
            print(StrataCommand.completionScript(for: CompletionShell(rawValue: shell) ?? .bash), terminator: "")
        }

        static let shells = ["bash", "zsh", "fish"]
    }
}
