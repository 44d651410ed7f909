import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Saves the input being executed when the process dies from a trap or a fault, so an
/// in-process fuzzer's crash is never lost: the handler only calls `write`, which is safe
/// in a signal handler, on a file descriptor and a buffer prepared in advance.
enum CrashCapture {
    /// Where the crashing input goes: `<directory>/crash-<target>`.
    nonisolated(unsafe) private static var descriptor: Int32 = -1
    nonisolated(unsafe) private static var buffer = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)
    nonisolated(unsafe) private static var capacity = 0
    nonisolated(unsafe) private static var length = 0

    /// Opens the crash file and installs the handlers; `capacity` is the largest input.
    static func install(path: String, capacity: Int) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        self.capacity = capacity
        #if canImport(Glibc)
        for number in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            Glibc.signal(number) { caught in
                _ = Glibc.write(CrashCapture.descriptor, CrashCapture.buffer, CrashCapture.length)
                Glibc.signal(caught, SIG_DFL)
                raise(caught)
            }
        }
        #endif
    }

    /// Records `input` as the one being executed.
    static func current(_ input: Data) {
        let count = min(input.count, capacity)
        input.withUnsafeBytes { source in
            if let base = source.baseAddress { buffer.copyMemory(from: base, byteCount: count) }
        }
        length = count
    }

    /// Removes the crash file after a clean run.
    static func finish(path: String) {
        close(descriptor)
        unlink(path)
    }
}
