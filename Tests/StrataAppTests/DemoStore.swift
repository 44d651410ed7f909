import Foundation
import StrataApp

/// A demo store in a temporary directory, opened through the application layer.
struct DemoStore {
    let directory: URL
    let store: StrataStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("strata-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("demo.db").path
        _ = try StrataStore.recordDemo(at: path)
        store = try StrataStore.open(at: path)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// The error `body` throws, or nil when it throws none.
    func error<T>(_ body: () throws(AppError) -> T) -> AppError? {
        do { _ = try body(); return nil } catch { return error }
    }
}
