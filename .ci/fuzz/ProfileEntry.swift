// libFuzzer entry for WorkloadProfile.parse, compiled into one module with Sources/StrataProfile
// and linked with the StrataJSON module by .ci/fuzz/run. A broken promise traps, which libFuzzer reports as a crash with the input.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProfile(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    do {
        let profile = try WorkloadProfile.parse(input)
        let canonical = profile.canonicalJSON()
        let again = try? WorkloadProfile.parse(canonical)
        precondition(again == profile, "an accepted profile does not survive its canonical JSON")
    } catch {
        let message = error.description
        let control = message.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }
        precondition(!message.isEmpty && !control && message.utf8.count <= 2_000, "unclear rejection: \(message)")
        precondition(message.hasPrefix("Workload profile") && message.contains("expected"), "unclear rejection: \(message)")
    }
    return 0
}
