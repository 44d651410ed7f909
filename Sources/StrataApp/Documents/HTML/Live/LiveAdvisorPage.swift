import StrataAdvisor

/// The advisor on a served page: a form with one labelled control per workload profile field,
/// and below it the ranked advice for what was filled in, every line with the rule that fired.
enum LiveAdvisorPage {
    static func render(_ form: ProfileForm, values: [String: [String]], result: AdviceResult?, problem: AppError?) -> String {
        let e = HTMLEscaping.escape
        let controls = form.fields.map { control($0, values[$0.name] ?? []) }.joined(separator: "\n")
        let outcome = problem.map {
            "<p class=\"problem\" role=\"alert\" id=\"advisor-problem\">\(e($0.code.rawValue)): \(e($0.message))</p>"
        } ?? result.map(advice) ?? ""
        let body = """
            <header><h1>Advisor</h1>
            <p class="moment">Describe a workload; the advisor ranks stores for it with the rules that led there, \
            as <code>strata advise --workload FILE</code> does. Nothing is recorded.</p></header>
            <main>
            <form class="advisor" action="advisor" method="post" aria-describedby="advisor-required">
            <p id="advisor-required">Fields marked * are required; leave the others empty to let the advisor assume.</p>
            \(controls)
            <button type="submit">Advise</button>
            </form>
            <section id="advisor-result" aria-live="polite">\(outcome)</section>
            </main>
            """
        return HTMLPage.render(title: "Advisor", root: "", script: true, body: body, live: true)
    }

    private static func control(_ field: ProfileForm.Field, _ given: [String]) -> String {
        let e = HTMLEscaping.escape
        let id = "profile-" + HTMLEscaping.token(field.name)
        let label = e(field.name) + (field.required ? " *" : "")
        let hint = field.meaning.map { "<span class=\"hint\" id=\"\(id)-hint\">\(e($0))</span>" } ?? ""
        let described = field.meaning == nil ? "" : " aria-describedby=\"\(id)-hint\""
        let required = field.required ? " required" : ""
        let value = given.first ?? ""
        switch field.kind {
        case .choices(let values):
            let boxes = values.map { option in
                let box = id + "-" + HTMLEscaping.token(option)
                return "<label for=\"\(box)\"><input type=\"checkbox\" id=\"\(box)\" name=\"\(e(field.name))\" value=\"\(e(option))\""
                    + "\(given.contains(option) ? " checked" : "")> \(e(option))</label>"
            }
            return "<fieldset class=\"field choices\"\(described)><legend>\(label)</legend>\(hint)<div class=\"boxes\">\(boxes.joined())</div></fieldset>"
        case .choice, .flag:
            let values = if case .choice(let values) = field.kind { values } else { ["yes", "no"] }
            let options = ([""] + values).map { option in
                "<option value=\"\(e(option))\"\(option == value ? " selected" : "")>\(option.isEmpty ? "—" : e(option))</option>"
            }
            return "<div class=\"field\"><label for=\"\(id)\">\(label)</label><select id=\"\(id)\" name=\"\(e(field.name))\"\(described)>"
                + "\(options.joined())</select>\(hint)</div>"
        case .longText:
            return "<div class=\"field\"><label for=\"\(id)\">\(label)</label><textarea id=\"\(id)\" name=\"\(e(field.name))\" rows=\"2\"\(described)\(required)>"
                + "\(e(value))</textarea>\(hint)</div>"
        case .text, .number, .integer:
            let mode = field.kind == .text ? "" : field.kind == .integer ? " inputmode=\"numeric\"" : " inputmode=\"decimal\""
            return "<div class=\"field\"><label for=\"\(id)\">\(label)</label><input id=\"\(id)\" name=\"\(e(field.name))\" value=\"\(e(value))\""
                + "\(mode)\(described)\(required)>\(hint)</div>"
        }
    }

    private static func advice(_ result: AdviceResult) -> String {
        let e = HTMLEscaping.escape
        let advice = result.advice
        let ranked = advice.recommendations.enumerated().map { index, choice in
            "<li><h3>\(index + 1). \(e(choice.technology.displayName)) <span class=\"rule\">(\(e(choice.category.rawValue)), "
                + "score \(MeasurementChartSVG.number(choice.score)))</span></h3>"
                + notes("Why", choice.reasons, level: 4) + notes("Cautions", choice.cautions, level: 4) + "</li>"
        }
        let warnings = advice.warnings.map { RuleNote(rule: $0.rule, text: "\($0.code.rawValue): \($0.text)") }
        let scaling = advice.scaling.map { RuleNote(rule: $0.rule, text: "\($0.step.rawValue): \($0.text)") }
        return "<h2>Advice for \(e(advice.workload))</h2>"
            + (ranked.isEmpty ? "<p class=\"empty\">Nothing to recommend for this profile.</p>" : "<ol class=\"ranked\">\(ranked.joined())</ol>")
            + notes("Warnings", warnings, level: 3) + notes("Scaling", scaling, level: 3)
            + (advice.assumptions.isEmpty ? "" : "<h3>Assumptions</h3>" + HTMLAuditSection.list(advice.assumptions, class: "notes"))
            + "<h3>Rules that fired</h3><p class=\"fired\">\(advice.firedRules.map { "<code>\(e($0))</code>" }.joined(separator: " "))</p>"
    }

    private static func notes(_ title: String, _ items: [RuleNote], level: Int) -> String {
        let e = HTMLEscaping.escape
        guard !items.isEmpty else { return "" }
        return "<h\(level)>\(title)</h\(level)><ul class=\"notes\">"
            + items.map { "<li>\(e($0.text)) <span class=\"rule\">[\(e($0.rule))]</span></li>" }.joined() + "</ul>"
    }
}
