import Strata
import Testing

/// The path patterns a decision's `affects` names, matched as `.gitignore` users expect.
@Suite struct PathPatternTests {
    @Test(arguments: [
        ("src/billing/**", "src/billing/invoice.swift", true),
        ("src/billing/**", "src/billing/a/b/c.swift", true),
        ("src/billing/**", "src/billingx/a.swift", false),
        ("src/*/index.ts", "src/search/index.ts", true),
        ("src/*/index.ts", "src/search/deep/index.ts", false),
        ("src/**/index.ts", "src/index.ts", true),
        ("src/**/index.ts", "src/a/b/index.ts", true),
        ("src/billing", "src/billing", true),
        ("src/billing", "src/billing/x.swift", true),
        ("src/billing", "src/billing2/x.swift", false),
        ("*.sql", "db/migrations/001.sql", true),
        ("*.sql", "db/migrations/001.sql.bak", false),
        ("migrations", "db/migrations/001.sql", true),
        ("./src/b?lling/*.swift", "/src/billing/x.swift", true),
        ("src/b?lling/*.swift", "src/bling/x.swift", false),
    ])
    func patternsMatchPathsLikeGitignore(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(PathPattern(pattern).matches(path) == expected)
    }

    @Test func patternsThatCannotNameARepositoryPathAreRefused() {
        #expect(PathPattern.problem("") == "is empty")
        #expect(PathPattern.problem("../secrets/**") != nil)
        #expect(PathPattern.problem("src/**") == nil)
    }

    @Test func manyStarsStayFast() {
        let pattern = PathPattern("**/" + String(repeating: "*a", count: 12) + "/**")
        #expect(!pattern.matches(String(repeating: "a/", count: 30) + String(repeating: "a", count: 40) + "b"))
    }
}
