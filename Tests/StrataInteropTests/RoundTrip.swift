import Foundation
@testable import StrataInterop
import StrataTestSupport

/// Writes exported files to a temporary directory and imports them again.
enum RoundTrip {
    static func importing(_ files: [ExportedFile], format: ADRFormat? = nil) throws -> ADRImportResult {
        let directory = try TemporaryDirectory()
        for file in files {
            try directory.write(file.relativePath, Data(file.contents.utf8))
        }
        return ADRImporter.read(directory: directory.url, format: format)
    }
}
