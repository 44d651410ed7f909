import Foundation
import Testing
import StrataTestSupport

/// The demo store plus records whose text tries to break out of every format the exports write.
enum HostileDemo {
    static let scriptTitle = "<script>alert(1)</script>"
    static let attributeTitle = #""'><img src=x onerror=alert(1)> back\slash %% `x` #quot; [a]{b}|c"#
    static let twoLineTitle = "two\nlines \"quoted\""
    static let contextName = #"</script><b>ctx""#
    static let storeName = #"<i>cache"x"#

    /// ADR-10 to ADR-13 with hostile titles (ADR-11 would supersede ADR-8), C-3 with a hostile name,
    /// and S-8 with a hostile name, adopted by ADR-13 and in effect.
    static func make() throws -> DemoWorkspace {
        let demo = try DemoWorkspace()
        for arguments in [
            ["propose", "--title", scriptTitle],
            ["propose", "--title", attributeTitle, "--supersedes", "ADR-8", "--tag", "<b>t</b>"],
            ["propose", "--title", twoLineTitle],
            ["context", "add", contextName],
            ["propose", "--title", "Adopt <i>", "--context", "C-3", "--adopt", "redis:\(storeName)", "--in", "C-3", "--role", "cache"],
            ["accept", "ADR-13", "--reason", "</script>"],
        ] {
            let result = try StrataBinary.run(arguments + ["--store", demo.store, "--actor", "tester"], in: demo.url)
            #expect(result.status == 0, "\(arguments): \(result)")
        }
        return demo
    }
}
