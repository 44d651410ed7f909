/// Finds where a byte sequence stops being well-formed UTF-8.
///
/// JSON text must be UTF-8 (RFC 8259 §8.1). Checking up front lets the parser build strings
/// without repair and lets the error name the exact byte.
enum UTF8Check {
    /// The offset of the first byte that starts an ill-formed sequence, or nil when valid.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
