import Foundation

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension String {
    /// The text without blank lines at its start and end, and without trailing spaces on
    /// the last line; inner lines keep their indentation.
    var trimmingBlankLines: String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.trimmingWhitespace.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmingWhitespace.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters matching `shouldTrim`.
    ///
    /// Works on a slice, so trimming a long run costs linear time, unlike repeated
    /// `String.removeFirst()`, which copies the rest of the string each time.
    func trimming(_ shouldTrim: (Character) -> Bool) -> String {
        var slice = self[...].drop(while: shouldTrim)
        while let last = slice.last, shouldTrim(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
