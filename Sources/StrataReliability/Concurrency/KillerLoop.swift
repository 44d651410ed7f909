import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One loop of writers killed with SIGKILL mid-append (team stores): each starts a `strata
/// append`, and after a random delay within a command's duration it is killed. A killed write
/// may or may not have committed, but never in part, and never twice.
struct KillerLoop: Sendable {
    let strata: String
    let team: TeamTarget
    let directory: String
    let index: Int
    let seed: UInt64
    let deadline: Date

    func run() -> WriterLoop.Outcome {
        var outcome = WriterLoop.Outcome()
        var generator = SplitMix(seed: seed &+ 104_729 &* UInt64(index + 1))
        var round = 0
        while Date() < deadline {
            round += 1
            let arguments = ["append", "--stream", "killed\(index)-\(round)", "--type", "load.tick", "--actor", "k\(index)",
                             "--data", "{\"killer\":\(index)}", "--expect", "no-stream"]
            guard let child = try? ChildProcess(strata, arguments, in: directory, environment: team.environment("killer\(index)")) else {
                outcome.report.fail("killer \(index): cannot start strata")
                return outcome
            }
            usleep(UInt32(Int.random(in: 5_000...150_000, using: &generator)))
            child.send(SIGKILL)
            let result = child.wait()
            outcome.report.count("killerCommands")
            if result.succeeded, let acks = Acknowledgement.fromAppend(result.completeLines), !acks.isEmpty {
                outcome.acknowledged += acks
            } else if result.signal == SIGKILL || TeamTarget.isUnavailable(result) {
                outcome.report.count("killedMidCommand")
                outcome.inDoubt += 1
            } else {
                outcome.report.fail("killer \(index): append \(result.ending): \(result.stderr)")
            }
        }
        return outcome
    }
}
