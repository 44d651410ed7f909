"""Drives the real strata-mcp binary with the official Python MCP client (`mcp` from PyPI).

Run by StrataMCPTests (Swift Testing) as a subprocess:

    python mcp_client_check.py --server .build/debug/strata-mcp --strata .build/debug/strata --dir TMPDIR

It records the demo history in a fresh store with `strata demo`, then, as an MCP client named
`check-agent` working for `Ada`: initialises, lists tools, resources and prompts, calls every
tool, checks the structured errors of bad arguments, checks that writes appear in
`strata events` and `strata log` with the agent as actor, and that lifecycle tools are refused
unless the server was started with --allow-lifecycle. Prints one line per check and ends with
`N passed, N failed`; exits 1 when any check failed.
"""

import argparse
import asyncio
import json
import os
import subprocess
import sys
import uuid

from mcp import ClientSession, StdioServerParameters, types
from mcp.client.stdio import stdio_client

CLIENT = "check-agent"
PERSON = "Ada"
ACTOR = f"agent:{CLIENT} on behalf of {PERSON}"

READ_TOOLS = {
    "overview", "architecture", "list_decisions", "get_decision", "decision_history", "audit", "measurements",
    "diff", "advise", "review", "explain_rule", "validate_profile", "lint_adr_directory", "search_decisions", "review_status",
}
WRITE_TOOLS = {
    "define_context", "record_workload", "revise_workload", "record_measurement", "retract_measurement",
    "propose_decision", "amend_decision", "link_decisions", "record_advice",
}
LIFECYCLE_TOOLS = {"accept_decision", "reject_decision", "supersede_decision", "deprecate_decision"}

PROFILE = {
    "name": "search-suggestions",
    "accessPatterns": ["full-text", "key-lookup"],
    "structure": "evolving",
    "consistency": "eventual",
    "readsPerSecond": 800,
    "dataSizeGB": 5,
}


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.called = set()

    def expect(self, condition, what, detail=""):
        if condition:
            self.passed += 1
            print(f"ok   {what}")
        else:
            self.failed += 1
            print(f"FAIL {what} {detail}")
        return condition


def structured(result):
    return getattr(result, "structured_content", None) or getattr(result, "structuredContent", None) or {}


def is_error(result):
    value = getattr(result, "is_error", None)
    if value is None:
        value = getattr(result, "isError", None)
    return bool(value)


def annotation(tool, name):
    notes = tool.annotations
    if notes is None:
        return None
    snake = "".join("_" + c.lower() if c.isupper() else c for c in name)
    return getattr(notes, snake, getattr(notes, name, None))


def schema(tool):
    return getattr(tool, "input_schema", None) or getattr(tool, "inputSchema", None) or {}


class Driver:
    def __init__(self, session, checks):
        self.session = session
        self.checks = checks

    async def ok(self, tool, arguments, what=None):
        self.checks.called.add(tool)
        result = await self.session.call_tool(tool, arguments)
        body = structured(result)
        self.checks.expect(not is_error(result), what or f"{tool} answers", json.dumps(body)[:600])
        return body

    async def error(self, tool, arguments, code, what):
        self.checks.called.add(tool)
        result = await self.session.call_tool(tool, arguments)
        body = structured(result).get("error", {})
        self.checks.expect(is_error(result) and body.get("code") == code, f"{what} -> {code}", json.dumps(structured(result))[:600])
        return body


def run_cli(strata, store, *arguments):
    out = subprocess.run([strata, "--store", store, *arguments], capture_output=True, text=True)
    return out


async def connect(server, store, extra, body):
    params = StdioServerParameters(command=server, args=["--store", store, "--on-behalf-of", PERSON, *extra], env=dict(os.environ))
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write, client_info=types.Implementation(name=CLIENT, version="1.0")) as session:
            init = await session.initialize()
            await body(session, init)


async def listing(session, init, checks):
    info = getattr(init, "server_info", None) or getattr(init, "serverInfo", None)
    checks.expect(info is not None and info.name == "strata", "initialise: the server says it is strata")
    tools = {tool.name: tool for tool in (await session.list_tools()).tools}
    checks.expect(set(tools) == READ_TOOLS | WRITE_TOOLS | LIFECYCLE_TOOLS, "list tools: every tool is listed", sorted(tools))
    checks.expect(all(annotation(tools[n], "readOnlyHint") is True for n in READ_TOOLS), "read tools are annotated readOnlyHint")
    checks.expect(all(annotation(tools[n], "readOnlyHint") is False for n in WRITE_TOOLS | LIFECYCLE_TOOLS), "write tools are not read-only")
    checks.expect(all(schema(t).get("type") == "object" and "properties" in schema(t) for t in tools.values()), "every tool has an object input schema")
    as_of = [n for n in tools if "asOf" in schema(tools[n])["properties"]]
    checks.expect({"overview", "architecture", "audit", "review", "get_decision"} <= set(as_of), "time-travel tools take asOf", as_of)
    profile_schema = schema(tools["record_workload"])["properties"]["profile"]
    checks.expect("accessPatterns" in profile_schema.get("properties", {}), "the profile argument carries the generated profile schema")
    checks.expect("idempotencyKey" in schema(tools["propose_decision"])["properties"], "write tools take an idempotencyKey")
    checks.expect("expectedVersion" in schema(tools["revise_workload"])["properties"], "changes take an expectedVersion")

    resources = (await session.list_resources()).resources
    uris = [str(r.uri) for r in resources]
    checks.expect({"strata://architecture", "strata://schema/workload-profile", "strata://rules"} <= set(uris), "list resources: the fixed resources", uris[:5])
    checks.expect(any(u.startswith("strata://decisions/ADR-") for u in uris), "list resources: each decision")
    for uri in ["strata://architecture", "strata://schema/workload-profile", "strata://rules", "strata://decisions/ADR-1"]:
        contents = (await session.read_resource(uri)).contents
        checks.expect(len(contents) == 1 and len(contents[0].text) > 20, f"read resource {uri}")
    markdown = (await session.read_resource("strata://decisions/ADR-1")).contents[0].text
    checks.expect(markdown.lstrip().startswith("---") or markdown.lstrip().startswith("#"), "a decision resource is Markdown", markdown[:80])
    templates = (await session.list_resource_templates()).resource_templates
    checks.expect(len(templates) == 1, "list resource templates: decisions by id")

    prompts = {p.name for p in (await session.list_prompts()).prompts}
    checks.expect(prompts == {"review-architecture", "add-database", "what-did-we-decide"}, "list prompts", prompts)
    for name, arguments in [("review-architecture", {}), ("add-database", {"need": "full-text search"}), ("what-did-we-decide", {"topic": "redis"})]:
        prompt = await session.get_prompt(name, arguments)
        checks.expect(len(prompt.messages) >= 1, f"get prompt {name}")


async def reads(driver, checks, lint_dir):
    overview = await driver.ok("overview", {})
    checks.expect(overview.get("position", 0) > 0 and overview["counts"]["decisions"] > 0, "overview: head position and counts", overview)
    await driver.ok("overview", {"asOf": "2024-06-30"}, "overview as of a past date")
    await driver.ok("architecture", {"validAt": "2024-06-30"}, "architecture at a valid time")
    log = await driver.ok("list_decisions", {"status": "accepted"})
    checks.expect(len(log.get("decisions", [])) > 0, "list_decisions filters by status")
    found = await driver.ok("list_decisions", {"text": "redis"}, "list_decisions searches text")
    checks.expect(all("redis" in json.dumps(d).lower() for d in found.get("decisions", [])), "every search hit mentions the text")
    hits = await driver.ok("search_decisions", {"query": "cache"}, "search_decisions ranks full-text matches")
    checks.expect(len(hits.get("hits", [])) > 0 and any(s.get("match") for s in hits["hits"][0].get("snippet", []) + hits["hits"][0].get("titleSegments", [])),
                  "a search hit marks what matched", hits)
    await driver.ok("review_status", {"id": "ADR-1"})
    await driver.ok("get_decision", {"id": "ADR-1"})
    history = await driver.ok("decision_history", {"id": "ADR-1"})
    checks.expect(len(history.get("timeline", [])) >= 1, "decision_history has a timeline")
    await driver.ok("audit", {})
    await driver.ok("measurements", {})
    await driver.ok("diff", {"from": "2024-06-30"})
    advice = await driver.ok("advise", {"profile": PROFILE}, "advise for an inline profile")
    checks.expect(len(advice.get("recommendations", [])) > 0, "advice ranks recommendations")
    await driver.ok("advise", {"workload": "W-1"}, "advise for a recorded workload")
    await driver.ok("review", {})
    rules = await driver.ok("explain_rule", {}, "explain_rule lists the catalogue")
    first = rules["rules"][0]["id"]
    await driver.ok("explain_rule", {"id": first}, "explain_rule explains one rule")
    check = await driver.ok("validate_profile", {"profile": PROFILE})
    checks.expect(check.get("valid") is True, "validate_profile accepts a good profile")
    bad = await driver.ok("validate_profile", {"profile": {"name": "x", "accessPatterns": ["teleport"]}}, "validate_profile reports a bad profile")
    checks.expect(bad.get("valid") is False and bad["problem"]["code"] == "invalid-profile", "the bad profile's problem carries its code", bad)
    lint = await driver.ok("lint_adr_directory", {"path": lint_dir})
    checks.expect(lint.get("records") == 2, "lint_adr_directory read the records", lint)


async def errors(driver):
    await driver.error("overview", {"asOf": "soon"}, "invalid-moment", "a moment that is no time")
    await driver.error("get_decision", {"id": "ADR-999"}, "not-found", "an unknown decision")
    await driver.error("get_decision", {}, "invalid-input", "a missing required argument")
    await driver.error("get_decision", {"id": 7}, "invalid-input", "an argument of the wrong type")
    await driver.error("overview", {"asof": "2024-01-01"}, "invalid-input", "an unknown argument name")
    body = await driver.error("record_workload", {"profile": {"name": "x", "accessPatterns": ["teleport"]}}, "invalid-profile", "an invalid profile")
    await driver.error("record_measurement", {"subject": "W-1", "metric": "speed", "value": 1, "source": "benchmark"}, "unknown-value", "a metric outside the vocabulary")
    await driver.error("define_context", {"name": "x", "idempotencyKey": "not-a-uuid"}, "invalid-input", "an idempotency key that is no UUID")
    await driver.error("advise", {}, "invalid-input", "advise with neither workload nor profile")
    await driver.error("explain_rule", {"id": "NO-SUCH-RULE"}, "unknown-rule", "an unknown rule")
    await driver.error("lint_adr_directory", {"path": "/no/such/dir"}, "unreadable-file", "a directory that does not exist")
    result = await driver.session.call_tool("no_such_tool", {})
    driver.checks.expect(is_error(result) and structured(result)["error"]["code"] == "not-found", "an unknown tool -> not-found")
    return body


async def writes(driver, checks):
    key = str(uuid.uuid4())
    context = await driver.ok("define_context", {"name": "search", "description": "Product search", "idempotencyKey": key})
    again = await driver.ok("define_context", {"name": "search", "description": "Product search", "idempotencyKey": key}, "define_context retried with its key")
    checks.expect(again.get("replayed") is True and again["id"] == context["id"] and again["events"] == context["events"], "a retry with the same key records nothing new", again)
    workload = await driver.ok("record_workload", {"profile": PROFILE, "context": context["id"], "idempotencyKey": str(uuid.uuid4())})
    revised = dict(PROFILE, readsPerSecond=1200)
    await driver.error("revise_workload", {"id": workload["id"], "profile": revised, "expectedVersion": workload["version"] + 5}, "version-conflict", "a revision against a stale version")
    await driver.ok("revise_workload", {"id": workload["id"], "profile": revised, "reason": "traffic grew", "expectedVersion": workload["version"]})
    measured = await driver.ok("record_measurement", {"subject": workload["id"], "metric": "latency-p99-ms", "value": 420, "source": "load-test", "target": 100})
    await driver.ok("retract_measurement", {"id": measured["id"], "reason": "the load test ran against staging"})
    await driver.ok("record_advice", {"workload": workload["id"], "idempotencyKey": str(uuid.uuid4())})
    decision = {"title": "Serve search suggestions from OpenSearch", "context": context["id"], "rationale": "SEL-FTS rules rank a search engine first", "tags": ["search"]}
    proposed = await driver.ok("propose_decision", {"decision": decision, "idempotencyKey": str(uuid.uuid4())})
    amended = dict(decision, problem="Suggestions need fuzzy full-text matching")
    await driver.ok("amend_decision", {"id": proposed["id"], "decision": amended, "reason": "state the problem"})
    await driver.ok("link_decisions", {"id": proposed["id"], "type": "relates-to", "to": "ADR-1"})
    await driver.error("propose_decision", {"decision": {"problem": "no title"}}, "invalid-input", "a decision without a title")
    await driver.error("accept_decision", {"id": proposed["id"]}, "not-allowed-here", "accept without --allow-lifecycle")
    await driver.error("reject_decision", {"id": proposed["id"], "reason": "no"}, "not-allowed-here", "reject without --allow-lifecycle")
    await driver.error("supersede_decision", {"id": "ADR-1", "by": [proposed["id"]], "reason": "no"}, "not-allowed-here", "supersede without --allow-lifecycle")
    await driver.error("deprecate_decision", {"id": "ADR-1", "reason": "no"}, "not-allowed-here", "deprecate without --allow-lifecycle")
    return proposed["id"]


async def lifecycle(driver, checks):
    first = await driver.ok("propose_decision", {"decision": {"title": "Keep suggestions in PostgreSQL for now"}})
    second = await driver.ok("propose_decision", {"decision": {"title": "Cache suggestions in Redis"}})
    accepted = await driver.ok("accept_decision", {"id": first["id"], "reason": "agreed in review"}, "accept_decision with --allow-lifecycle")
    await driver.error("accept_decision", {"id": first["id"], "expectedVersion": 0}, "version-conflict", "accept against a stale version")
    await driver.ok("reject_decision", {"id": second["id"], "reason": "too early"})
    third = await driver.ok("propose_decision", {"decision": {"title": "Move suggestions to OpenSearch"}})
    await driver.ok("accept_decision", {"id": third["id"]})
    await driver.ok("supersede_decision", {"id": first["id"], "by": [third["id"]], "reason": "search outgrew PostgreSQL"})
    await driver.ok("deprecate_decision", {"id": third["id"], "reason": "suggestions were dropped"})
    await driver.error("reject_decision", {"id": third["id"]}, "invalid-input", "reject without its required reason")
    checks.expect(accepted.get("version", 0) >= 2, "a lifecycle change reports the decision's new version", accepted)


def check_cli(strata, store, proposed, checks):
    events = run_cli(strata, store, "events", "--json")
    lines = [json.loads(line) for line in events.stdout.splitlines() if line.strip()]
    by_agent = [e for e in lines if e["metadata"].get("actor") == ACTOR]
    types_by_agent = {e["event_type"] for e in by_agent}
    expected = {"context.defined", "workload.added", "workload.revised", "measurement.recorded", "measurement.retracted",
                "advice.recorded", "decision.proposed", "decision.amended", "decision.linked"}
    checks.expect(expected <= types_by_agent, "strata events shows every write with the agent actor", sorted(types_by_agent))
    defined = [e for e in lines if e["event_type"] == "context.defined" and e["metadata"].get("actor") == ACTOR]
    checks.expect(len(defined) == 1, "the retried define_context was recorded once", len(defined))
    checks.expect(not any(e["event_type"] in {"decision.accepted", "decision.rejected"} and e["metadata"].get("actor") == ACTOR for e in lines),
                  "no lifecycle event was recorded before the flag")
    shown = run_cli(strata, store, "show", proposed, "--json")
    checks.expect(shown.returncode == 0 and ACTOR in shown.stdout, "strata show names the agent as proposer", shown.stdout[:300] + shown.stderr)
    log = run_cli(strata, store, "log", "--json")
    checks.expect(log.returncode == 0 and "Serve search suggestions from OpenSearch" in log.stdout, "strata log lists the agent's proposal")


def check_lifecycle_cli(strata, store, checks):
    lines = [json.loads(line) for line in run_cli(strata, store, "events", "--json").stdout.splitlines() if line.strip()]
    kinds = {e["event_type"] for e in lines if e["metadata"].get("actor") == ACTOR}
    checks.expect({"decision.accepted", "decision.rejected", "decision.superseded", "decision.deprecated"} <= kinds,
                  "with --allow-lifecycle the lifecycle events carry the agent actor", sorted(kinds))


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--strata", required=True)
    parser.add_argument("--dir", required=True)
    options = parser.parse_args()
    store = os.path.join(options.dir, "demo.db")
    demo = run_cli(options.strata, store, "demo")
    if demo.returncode != 0:
        print(f"FAIL strata demo: {demo.stderr}")
        return 1
    lint_dir = os.path.join(options.dir, "adr")
    os.makedirs(lint_dir, exist_ok=True)
    with open(os.path.join(lint_dir, "0001-use-postgresql.md"), "w") as f:
        f.write("# 1. Use PostgreSQL\n\nDate: 2024-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a store.\n\n## Decision\n\nPostgreSQL.\n\n## Consequences\n\nOne store.\n")
    with open(os.path.join(lint_dir, "0003-add-redis.md"), "w") as f:
        f.write("# 3. Add Redis\n\nDate: 2024-02-10\n\n## Status\n\nProposed\n\n## Context\n\nReads are slow.\n\n## Decision\n\nRedis.\n\n## Consequences\n\nTwo stores.\n")

    checks = Checks()
    state = {}

    async def drafting(session, init):
        driver = Driver(session, checks)
        await listing(session, init, checks)
        await reads(driver, checks, lint_dir)
        await errors(driver)
        state["proposed"] = await writes(driver, checks)

    async def ratifying(session, init):
        await lifecycle(Driver(session, checks), checks)

    await connect(options.server, store, [], drafting)
    check_cli(options.strata, store, state["proposed"], checks)
    await connect(options.server, store, ["--allow-lifecycle"], ratifying)
    check_lifecycle_cli(options.strata, store, checks)

    every = READ_TOOLS | WRITE_TOOLS | LIFECYCLE_TOOLS
    checks.expect(every <= checks.called, "every tool was called", sorted(every - checks.called))
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
