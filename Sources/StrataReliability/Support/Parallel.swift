import Foundation

/// Runs `count` blocking loops on their own threads and returns their results in order.
///
/// Each loop waits on child processes most of the time, so each needs a real thread; a
/// thread pool sized to the cores would serialise the very contention being tested.
enum Parallel {
    static func run<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let results = LockedArray<T?>(repeating: nil, count: count)
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                results.set(index, body(index))
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        return results.values.compactMap { $0 }
    }
}

/// An array shared between threads, guarded by a lock.
final class LockedArray<T: Sendable>: @unchecked Sendable {   // every access holds `lock`
    private let lock = NSLock()
    private var storage: [T]

    init(repeating value: T, count: Int) { storage = Array(repeating: value, count: count) }

    func set(_ index: Int, _ value: T) { lock.withLock { storage[index] = value } }

    var values: [T] { lock.withLock { storage } }
}
