"""The README's scripted agent conversation, run for real against strata-mcp and strata.

    .venv/bin/python Tests/StrataMCPTests/readme_conversation.py --server .build/debug/strata-mcp \
        --strata .build/debug/strata --dir "$(mktemp -d)"

An agent (client name `design-assistant`, working for Ada) records a workload, asks for
advice, and proposes the recommended store with the advisor's rules as its rationale; Ada
accepts it with the CLI, and the audit shows the store justified. Prints the transcript as
Markdown; exits 1 if any step fails.
"""

import argparse
import asyncio
import json
import os
import shlex
import subprocess
import sys
import uuid

from mcp import ClientSession, StdioServerParameters, types
from mcp.client.stdio import stdio_client

PROFILE = {
    "name": "order-history",
    "description": "Orders, their lines and payments, read back by customer and by month",
    "accessPatterns": ["relational", "aggregation"],
    "structure": "rigid",
    "consistency": "strong",
    "dataSizeGB": 50,
    "readsPerSecond": 400,
    "writesPerSecond": 60,
    "stage": "production",
}


def show(value, keys=None):
    """A result as one line: a write's id, version and event types; anything else whole."""
    if keys:
        value = {k: value[k] for k in keys if k in value}
        if "events" in value:
            value["events"] = [e["type"] for e in value["events"] if e["type"] != "shortid.allocated"]
    return json.dumps(value, ensure_ascii=False)


async def converse(server, store, out):
    params = StdioServerParameters(command=server, args=["--store", store, "--on-behalf-of", "Ada"], env=dict(os.environ))
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write, client_info=types.Implementation(name="design-assistant", version="1.0")) as session:
            await session.initialize()

            async def call(tool, arguments, keys=None, say=None):
                result = await session.call_tool(tool, arguments)
                body = result.structured_content or {}
                if result.is_error:
                    raise SystemExit(f"{tool} failed: {json.dumps(body)}")
                if say:
                    out.append(f"# {say}")
                out.append(f"→ {tool} {json.dumps(arguments, ensure_ascii=False)}")
                out.append(f"← {show(body, keys)}")
                out.append("")
                return body

            context = await call("define_context", {"name": "orders", "description": "Orders and payments", "idempotencyKey": str(uuid.uuid4())},
                                 ["id", "events", "version"], "The agent records what it was told, each write with its own idempotency key.")
            workload = await call("record_workload", {"profile": PROFILE, "context": context["id"], "idempotencyKey": str(uuid.uuid4())},
                                  ["id", "events", "version"])
            advice = await call("advise", {"workload": workload["id"]}, None, "It asks the advisor about the recorded workload.")
            top = advice["recommendations"][0]
            out[-2] = "← " + json.dumps({"recommendations": [
                {"technology": r["technology"], "score": r["score"], "rules": [x["rule"] for x in r["reasons"]]} for r in advice["recommendations"][:3]],
                "assumptions": len(advice.get("assumptions", []))}, ensure_ascii=False)
            rules = [reason["rule"] for reason in top["reasons"]]
            rationale = f"The advisor ranks {top['technology']} first for {PROFILE['name']} ({top['score']}): " + "; ".join(
                f"{reason['rule']}: {reason['text']}" for reason in top["reasons"])
            decision = {
                "title": f"Keep order history in {top['technology']}",
                "context": context["id"],
                "problem": "Where do orders, their lines and payments live?",
                "rationale": rationale,
                "tags": ["advisor"] + rules[:2],
                "effects": [{"adoptStore": {"technology": top["technology"], "name": "orders-db", "context": context["id"],
                                            "role": "primary", "workloads": [workload["id"]], "justifications": []}}],
            }
            proposed = await call("propose_decision", {"decision": decision, "idempotencyKey": str(uuid.uuid4())},
                                  ["id", "events", "version"], "It proposes the recommended store, the rules as its rationale.")
            out[-3] = "→ propose_decision " + json.dumps({"decision": dict(decision, rationale=rationale[:90] + "…")}, ensure_ascii=False)
            refused = await session.call_tool("accept_decision", {"id": proposed["id"]})
            out.append("# Accepting is for people: without --allow-lifecycle the server refuses.")
            out.append(f"→ accept_decision {json.dumps({'id': proposed['id']})}")
            out.append(f"← {json.dumps(refused.structured_content, ensure_ascii=False)}")
            return proposed["id"]


def cli(strata, store, out, *arguments):
    result = subprocess.run([strata, "--store", store, *arguments], capture_output=True, text=True)
    out.append(f"$ {shlex.join(['strata', *arguments])}")
    out.extend((result.stdout + result.stderr).rstrip().splitlines())
    out.append("")
    return result


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--strata", required=True)
    parser.add_argument("--dir", required=True)
    options = parser.parse_args()
    store = os.path.join(options.dir, "strata.db")
    subprocess.run([options.strata, "init", store], check=True, capture_output=True)
    agent = []
    decision = await converse(options.server, store, agent)
    person = []
    accepted = cli(options.strata, store, person, "accept", decision, "--reason", "matches the advice; agreed in design review", "--actor", "Ada")
    cli(options.strata, store, person, "history", decision, "--wide")
    audit = cli(options.strata, store, person, "audit")
    print("```text")
    print("\n".join(agent).rstrip())
    print("```")
    print()
    print("```console")
    print("\n".join(person).rstrip())
    print("```")
    return 0 if accepted.returncode == 0 and audit.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
