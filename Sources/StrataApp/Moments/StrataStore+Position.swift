import Foundation
import Strata
import StrataProjections

extension StrataStore {
    /// The log position a read at `moment` answers for: the last event inside its `asOf` cut,
    /// else the head. Faces use it as a version of the read (an HTTP `ETag`); read it before
    /// the read itself, so a write landing between the two makes the version stale, never ahead.
    public func position(answering moment: Moment) throws(AppError) -> Int64 {
        try AppError.wrap {
            guard let cut = moment.asOf else { return try log.head().position }
            return try log.position(at: cut)
        }
    }

    /// The head's position: how far the log goes now.
    public func headPosition() throws(AppError) -> Int64 {
        try AppError.wrap { try log.head().position }
    }
}

extension StrataStore {
    /// The version `stream` is at now (0 before its first event): what a caller refused with a
    /// version conflict should expect next time.
    public func currentVersion(ofStream stream: String) throws(AppError) -> Int {
        try AppError.wrap {
            var version = 0
            try log.read(EventQuery(streamID: stream)) { version = $0.streamVersion }
            return version
        }
    }
}
