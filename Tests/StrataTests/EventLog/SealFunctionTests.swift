import Strata
import Testing

/// Every store's seals were summed from these hashes: the bytes hashed must never change, or
/// every existing store would read as tampered with.
@Suite struct SealFunctionTests {
    @Test(arguments: [("rm_contexts", #"["C-1","catalog"]"#), ("rm_measurements", #"["M-1",183.25,"ms","é ü 漢"]"#), ("t", "")])
    func aRowHashIsTheFirstEightBytesOfSHA256OverTheTableANulAndTheRow(table: String, row: String) {
        let digest = SealFunction.digest(of: table + "\u{0}" + row)
        let expected = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(SealFunction.hash(table: table, row: row) == expected)
    }

    @Test func aSnapshotDigestIsSHA256OfTheText() {
        // SHA-256 of "abc", the standard's first example.
        #expect(Hex.encode(SealFunction.digest(of: "abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
