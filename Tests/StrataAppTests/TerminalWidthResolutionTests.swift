@testable import StrataCLI
import Testing

/// How the CLI picks its width: the terminal's, COLUMNS as a fallback, 80 off a terminal.
@Suite struct TerminalWidthResolutionTests {
    private func resolve(_ arguments: [String] = ["strata", "log"], columns: String? = nil, terminal: Bool, kernel: Int? = nil) -> TerminalWidth {
        TerminalWidth.resolve(
            arguments: arguments, environment: columns.map { ["COLUMNS": $0] } ?? [:], isTerminal: terminal, terminalColumns: kernel)
    }

    @Test func aTerminalUsesItsOwnWidthThenColumns() {
        #expect(resolve(columns: "120", terminal: true, kernel: 100).columns == 100)
        #expect(resolve(columns: "120", terminal: true).columns == 120)
        #expect(resolve(columns: "wide", terminal: true).columns == 80)
        #expect(resolve(columns: "-3", terminal: true).columns == 80)
    }

    @Test func offATerminalItIsAlwaysEighty() {
        #expect(resolve(columns: "200", terminal: false, kernel: 150).columns == 80)
    }

    @Test func wideIsSeenBeforeATerminatorOnlyAndRemovedForTheParser() {
        #expect(resolve(["strata", "--wide", "log"], terminal: false).wide)
        #expect(!resolve(["strata", "append", "--", "--wide"], terminal: false).wide)
        #expect(GlobalOptions.withoutWide(["log", "--wide", "--", "--wide"]) == ["log", "--", "--wide"])
    }

    @Test func flexibleColumnsGrowWithTheTerminalAndWideNeverCuts() {
        let wider = TerminalWidth(wide: false, columns: 120)
        #expect(wider.fit(40) == 80)
        #expect(TerminalWidth(wide: false, columns: 80).fit(40) == 40)
        #expect(TerminalWidth(wide: false, columns: 30).fit(40) == 8)
        let long = String(repeating: "x", count: 300)
        #expect(Text.fit(long, to: 40, layout: TerminalWidth(wide: true, columns: 80)) == long)
        #expect(Text.fit(long, to: 40, layout: wider).count == 80)
        #expect(DecisionText.wrap(long + " " + long, indent: 2, layout: TerminalWidth(wide: true, columns: 80)).split(separator: "\n").count == 1)
    }
}
