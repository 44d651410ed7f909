import ArgumentParser
import Foundation
import Strata
import StrataJSON

extension StrataCommand {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the log's hash chain from the first event to the head.",
            discussion: """
                Recomputes every event's SHA-256 over all its columns and reports the first broken \
                position: a row edited, deleted, reordered or inserted, even with the triggers dropped. \
                On success prints the head as POSITION:HASH; keep it (for example in a git commit) and \
                pass it back with --anchor to prove the log still extends it.

                Exit status: 0 sound; 1 broken or the anchor no longer holds; 2 the store cannot be read.

                Example:
                  strata verify --anchor 42:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("A head recorded earlier, as POSITION:HASH.", valueName: "position:hash"))
        var anchor: String?

        @Flag(help: "Print the result as one JSON object.")
        var json = false

        func run() throws {
            let pinned = try anchor.map(Self.parseAnchor)
            let log = try SQLiteEventLog.open(at: storeOptions.location().path)
            let result = try log.verify(anchor: pinned)
            print(json ? Self.json(result) : Self.human(result))
            if !result.isSound { throw ExitCode(ExitStatus.refused) }
        }

        static func parseAnchor(_ text: String) throws -> ChainHead {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let position = Int64(parts[0]), position >= 0,
                  let hash = Hex.decode(parts[1]), hash.count == 32 else {
                throw CommandFailure.usage("--anchor '\(text)' must be POSITION:HASH with a 64-digit hex SHA-256, as 'strata verify' prints")
            }
            return ChainHead(position: position, hash: hash)
        }

        static func human(_ result: ChainVerification) -> String {
            var lines = result.warnings.map { "warning: \($0)" }
            if let broken = result.firstBreak {
                lines.append("BROKEN at position \(broken.position) (\(broken.kind.rawValue)): \(broken.detail)")
                lines.append("The log is sound up to position \(result.head.position): \(result.head.anchor)")
            } else if result.anchorHeld == false {
                lines.append("The anchor does not hold: the log no longer extends it.")
            } else {
                let anchored = result.anchorHeld == true ? " and extends the anchor" : ""
                lines.append("ok: \(result.eventCount) events verified\(anchored)")
                lines.append("head \(result.head.anchor)")
            }
            return lines.joined(separator: "\n")
        }

        static func json(_ result: ChainVerification) -> String {
            var object = JSONObjectBuilder()
            object.add("sound", result.isSound)
            object.add("events", result.eventCount)
            object.add("head", result.head.anchor)
            if let held = result.anchorHeld { object.add("anchorHeld", held) }
            if let broken = result.firstBreak {
                var firstBreak = JSONObjectBuilder()
                firstBreak.add("position", broken.position)
                firstBreak.add("kind", broken.kind.rawValue)
                firstBreak.add("detail", broken.detail)
                object.add("firstBreak", firstBreak)
            }
            object.add("warnings", result.warnings)
            return object.json
        }
    }
}
