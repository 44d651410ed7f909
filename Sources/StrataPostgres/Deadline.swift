import Foundation

/// The result of `work`, or nil when it has not finished after `seconds`.
///
/// The work is not waited for after the deadline, since it may never finish: PostgresNIO can
/// leave a request pending forever on a connection the server closed at the wrong moment.
public func withDeadline<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () async -> T) async -> T? {
    await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
        let once = ResumeOnce(continuation)
        let timer = Task {
            guard (try? await Task.sleep(for: .seconds(seconds))) != nil else { return }
            once.resume(with: nil)
        }
        Task {
            once.resume(with: await work())
            timer.cancel()   // after the answer: a cancelled timer wakes, and would answer nil
        }
    }
}

/// Resumes a continuation with whichever result arrives first.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {   // guarded by the lock
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T?, Never>?

    init(_ continuation: CheckedContinuation<T?, Never>) { self.continuation = continuation }

    func resume(with value: T?) {
        lock.lock()
        let pending = continuation
        continuation = nil
        lock.unlock()
        pending?.resume(returning: value)
    }
}
