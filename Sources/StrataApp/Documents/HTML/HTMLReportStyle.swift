import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// `strata.css`, the report's stylesheet, embedded so the binary needs no resource bundle.
///
/// System fonts only: the report must render with no network.
enum HTMLReportStyle {
    static let source = """
        :root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d5dae3; --accent: #2453a6; }
        * { box-sizing: border-box; }
        /* Names wrap between words only: a word too long for its line scrolls, never splits. */
        body { overflow-wrap: normal; word-break: normal; hyphens: manual; }
        main, header { overflow-x: auto; }
        [hidden] { display: none !important; }
        body { margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
        a { color: var(--accent); }
        header h1 { margin: 0.5rem 0 0.25rem; font-size: 1.6rem; }
        nav a { margin-right: 1rem; }
        .moment, footer, .rule, .empty { color: var(--muted); }
        footer { margin-top: 3rem; font-size: 0.85rem; }
        section { margin-top: 2.5rem; }
        /* The long sections below the first screen are laid out when scrolled near, not all at
           load (a tenth of a second off the served front page on 5,000 decisions); the size
           holds their place until then. */
        #decisions, #measurements, #advice, #audit { content-visibility: auto; contain-intrinsic-size: auto 1500px; }
        h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); }
        th { background: #f3f5f9; }
        .controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: center; margin: 0.75rem 0; }
        .controls input[type=range] { width: min(480px, 100%); }
        .changes { color: var(--muted); font-size: 0.9rem; }
        .prose { white-space: pre-wrap; }
        .status, .verdict { display: inline-block; padding: 0 0.45rem; border-radius: 0.6rem; font-size: 0.85rem;
          background: #eef0f4; }
        .status-accepted, .verdict-justified, .verdict-baseline { background: #d9f2d9; }
        .status-proposed, .verdict-speculative { background: #fff4cc; }
        .status-superseded, .status-deprecated, .verdict-stale { background: #e6e6e6; }
        .status-rejected, .verdict-unjustified { background: #f7d4d4; }
        .evidence, .notes, .findings { margin: 0; padding-left: 1.1rem; }
        .evidence .lapsed { color: #8a1f1f; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
        .facts dt { font-weight: 600; }
        .facts dd { margin: 0; }
        .option.chosen { font-weight: 600; }
        .advice { border-top: 1px solid var(--line); padding-top: 0.5rem; }
        .advice h3 { margin: 0.5rem 0 0.25rem; font-size: 1.05rem; }
        .advice h4 { margin: 0.6rem 0 0.2rem; font-size: 0.95rem; }
        .choices { margin: 0; padding-left: 1.4rem; }
        .design { margin-left: 0.5rem; }
        #architecture, #arch-at { overflow-x: auto; }
        svg.arch { display: block; font-size: 12px; }
        svg.arch .context { fill: #f6f8fc; stroke: #9aa6bd; }
        svg.arch .context-label { font-weight: 600; fill: var(--ink); }
        svg.arch .store rect { fill: #ffffff; stroke: var(--accent); stroke-width: 1.5; }
        svg.arch .store.role-cache rect { stroke: #b5651d; }
        svg.arch .store.role-read-model rect, svg.arch .store.role-search rect { stroke: #5c8a2e; }
        svg.arch .workload rect { fill: #eef3ff; stroke: #9aa6bd; }
        svg.arch .workload.unserved rect { fill: #ffffff; stroke-dasharray: 4 3; }
        svg.arch text { fill: var(--ink); }
        svg.arch .wire { fill: none; stroke: #9aa6bd; }
        nav.live { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.5rem 0; border-bottom: 1px solid #9aa6bd; }
        nav.live form { display: flex; gap: 0.4rem; align-items: center; margin: 0; }
        nav.live label { position: absolute; left: -9999px; }
        mark { background: #fff2a8; color: var(--ink); }
        .hits li, .queue li { margin-bottom: 0.6rem; }
        .snippet { margin: 0.2rem 0 0; color: #3b4455; }
        .review-form { display: grid; gap: 0.4rem; max-width: 40rem; }
        .review-form label { font-weight: 600; }
        .review-form button { justify-self: start; }
        .quorum.missing, .problem { color: #8a1f1f; }
        .quorum.met { color: #1f5d2a; }
        .markdown p { margin: 0.4rem 0; }
        .markdown pre { overflow-x: auto; background: #f3f5f9; padding: 0.5rem; }
        .markdown code { font-size: 0.9em; }
        .chart-frame { overflow-x: auto; }
        svg.chart { display: block; font-size: 11px; }
        svg.chart text { fill: var(--muted); }
        svg.chart .axis line { stroke: #9aa6bd; }
        svg.chart .series { fill: none; stroke: var(--accent); stroke-width: 2; }
        svg.chart .point { fill: var(--accent); }
        svg.chart .point.bottleneck { fill: #8a1f1f; stroke: #ffffff; stroke-width: 2; }
        svg.chart .point.retracted { fill: #ffffff; stroke: var(--muted); }
        svg.chart .target { stroke: #1f5d2a; stroke-dasharray: 6 4; }
        svg.chart .target-label { fill: #1f5d2a; }
        svg.chart .gain line { stroke: #b5651d; stroke-dasharray: 2 3; }
        svg.chart .gain text { fill: #7a4312; }
        .figures tr.bottleneck td { font-weight: 600; }
        caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
        .advisor { display: grid; gap: 0.6rem; max-width: 48rem; }
        .advisor .field { display: grid; gap: 0.15rem; }
        .advisor label, .advisor legend { font-weight: 600; }
        .advisor .boxes { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
        .advisor .boxes label { font-weight: 400; }
        .advisor fieldset { border: 1px solid var(--line); }
        .advisor button { justify-self: start; }
        .hint { color: var(--muted); font-size: 0.85rem; }
        .ranked h3 { margin: 0.6rem 0 0.2rem; font-size: 1.05rem; }
        .as-of input { min-width: 16rem; }
        .visually-hidden { position: absolute; left: -9999px; }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        """
}
