#!/usr/bin/env bash
# Load on strata-server over loopback, measured with wrk, beside the same read done by `strata`
# processes. Each run seeds a fresh store with `strata demo`, starts the server on 127.0.0.1
# (a free port), and then, each phase bounded by --duration:
#   1. as-of architecture reads: wrk, 64 connections, GET /v1/architecture?asOf=… (reader token);
#   2. the same read by 16 parallel `strata arch --as-of … --json` processes;
#   3. appends: wrk, 64 connections, POST /v1/contexts, a unique name and idempotency key each
#      (writer token, bench/http_append.lua); then every 2xx is checked present in the store;
#   4. 16 concurrent clients (curl) writing 25 named contexts each and retrying the first with
#      the same key: every name must be in the store exactly once, every retry a replay.
# It prints throughput and p50/p99 per phase and run, then a summary, and exits non-zero if any
# check failed (an error, a lost write, a duplicate). Nothing listens beyond 127.0.0.1, and
# every phase stops by itself.
#
#   bench/http_load.sh [--bin DIR] [--duration SECONDS] [--runs N]
#
# --bin names a directory holding release `strata` and `strata-server`; without it they are
# built into .build/release (swift build -c release) unless already there.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="" duration=10 runs=1 connections=64 clients=16 per_client=25 as_of=2024-09-30
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [ -z "$bin" ]; then
  bin=.build/release
  if [ ! -x "$bin/strata" ] || [ ! -x "$bin/strata-server" ]; then
    swift build -c release --product strata-server >&2
    swift build -c release --product strata >&2
  fi
fi
for tool in strata strata-server; do
  [ -x "$bin/$tool" ] || { echo "error: $bin/$tool is not an executable" >&2; exit 1; }
done
bin="$(cd "$bin" && pwd)"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# wrk's "50%   1.23ms" as milliseconds.
percentile() { awk -v p="$1%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
  print (u == "us" ? v / 1000 : (u == "s" ? v * 1000 : v)) }' "$2"; }
requests_per_second() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
# Non-2xx answers plus socket errors (connect, read, write, timeout).
wrk_errors() { awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"; }

# The context names in the store, one a line, through the API.
context_names() {
  curl -sf -H "Authorization: Bearer $reader" "$url/v1/contexts" \
    | python3 -c 'import json, sys; print("\n".join(c["name"] for c in json.load(sys.stdin)["contexts"]))'
}

# How many events of type $2 the log holds after position $1, paged through GET /v1/events.
events_after() {
  python3 - "$url" "$reader" "$1" "$2" <<'PY'
import json, sys, urllib.request
url, token, after, kind = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
count = 0
while True:
    request = urllib.request.Request(f"{url}/v1/events?after={after}&type={kind}&limit=500", headers={"Authorization": f"Bearer {token}"})
    page = json.load(urllib.request.urlopen(request, timeout=30))
    count += len(page["events"])
    if not page["events"]: break
    after = page["next"]
print(count)
PY
}

# The log's head: the position a read at now answers for.
head_position() { curl -sf -H "Authorization: Bearer $reader" "$url/v1/contexts" | python3 -c 'import json, sys; print(json.load(sys.stdin)["position"])'; }

# 16 processes running `strata arch --as-of` back to back for the duration: runs/s, p50, p99 (ms).
cli_reads() {
  python3 - "$bin/strata" "$1" "$as_of" "$duration" "$clients" <<'PY'
import subprocess, sys, threading, time
strata, store, as_of, duration, clients = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
latencies, errors, lock = [], [0], threading.Lock()
start = time.monotonic()
deadline = start + duration
def client():
    while time.monotonic() < deadline:
        began = time.monotonic()
        done = subprocess.run([strata, "arch", "--as-of", as_of, "--json", "--store", store], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with lock:
            latencies.append((time.monotonic() - began) * 1000)
            if done.returncode != 0: errors[0] += 1
threads = [threading.Thread(target=client) for _ in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.monotonic() - start
latencies.sort()
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
print(f"{len(latencies) / elapsed:.1f} {pick(0.50):.2f} {pick(0.99):.2f} {errors[0]}")
PY
}

# 16 clients at once, each recording 25 contexts and then retrying its first with the same key.
concurrent_clients() {
  local run="$1" dir="$work/clients-$run"
  mkdir -p "$dir"
  for c in $(seq 1 "$clients"); do
    (
      for j in $(seq 1 "$per_client"); do
        key="$(printf '%08x-%04x-4000-9000-%012x' "$c" "$run" "$j")"
        curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 -H "Authorization: Bearer $writer" -H 'Content-Type: application/json' \
          -d "{\"name\":\"client-$run-$c-$j\",\"idempotencyKey\":\"$key\"}" "$url/v1/contexts" >> "$dir/$c.status"
      done
      key="$(printf '%08x-%04x-4000-9000-%012x' "$c" "$run" 1)"
      curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 -H "Authorization: Bearer $writer" -H 'Content-Type: application/json' \
        -d "{\"name\":\"client-$run-$c-1\",\"idempotencyKey\":\"$key\"}" "$url/v1/contexts" > "$dir/$c.retry"
    ) &
  done
  wait
  local created retried
  created="$(cat "$dir"/*.status | grep -c '^201$' || true)"
  retried="$(cat "$dir"/*.retry | grep -c '^200$' || true)"
  [ "$created" -eq $((clients * per_client)) ] || fail "run $run: $created of $((clients * per_client)) concurrent writes answered 201"
  [ "$retried" -eq "$clients" ] || fail "run $run: $retried of $clients retries answered 200 (a replay)"
  local names expected present once
  names="$(context_names | grep "^client-$run-" || true)"
  expected=$((clients * per_client))
  present="$(printf '%s\n' "$names" | grep -c . || true)"
  once="$(printf '%s\n' "$names" | sort | uniq -u | grep -c . || true)"
  [ "$present" -eq "$expected" ] && [ "$once" -eq "$expected" ] \
    || fail "run $run: $present contexts from the 16 clients ($once distinct and once), expected $expected"
  echo "$present $once"
}

for run in $(seq 1 "$runs"); do
  dir="$work/run-$run"
  mkdir -p "$dir"
  store="$dir/strata.db"
  "$bin/strata" demo --store "$store" >/dev/null
  reader="$("$bin/strata" token add load-reader --role reader --store "$store" --actor bench)"
  writer="$("$bin/strata" token add load-writer --role writer --store "$store" --actor bench)"
  # wrk opens 64 connections at once; the failed-authentication limit must not count them.
  "$bin/strata-server" --store "$store" --listen 127.0.0.1:0 --auth-failures 1000000 > "$dir/server.out" 2> "$dir/server.log" &
  server_pid=$!
  for _ in $(seq 1 300); do grep -q '^listening on ' "$dir/server.out" 2>/dev/null && break; sleep 0.1; done
  url="$(sed -n 's/^listening on //p' "$dir/server.out")"
  case "$url" in http://127.0.0.1:*) ;; *) echo "error: the server did not start: $(cat "$dir/server.log")" >&2; exit 1 ;; esac

  timeout $((duration + 30)) wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency \
    -H "Authorization: Bearer $reader" "$url/v1/architecture?asOf=$as_of" > "$dir/reads.txt"
  read_errors="$(wrk_errors "$dir/reads.txt")"
  [ "$read_errors" -eq 0 ] || fail "run $run: $read_errors failed reads"
  read -r cli_rate cli_p50 cli_p99 cli_errors < <(cli_reads "$store")
  [ "$cli_errors" -eq 0 ] || fail "run $run: $cli_errors failed strata arch processes"

  head_before="$(head_position)"
  STRATA_LOAD_TOKEN="$writer" STRATA_LOAD_RUN="$run" timeout $((duration + 30)) wrk -t2 -c"$connections" -d"${duration}s" \
    --timeout 10s --latency -s bench/http_append.lua "$url" > "$dir/writes.txt"
  read -r created replayed other < <(sed -n 's/^appends created=\([0-9]*\) replayed=\([0-9]*\) other=\([0-9]*\)$/\1 \2 \3/p' "$dir/writes.txt")
  write_errors=$(( $(wrk_errors "$dir/writes.txt") + other ))
  [ "$write_errors" -eq 0 ] || fail "run $run: $write_errors failed appends"
  [ "$replayed" -eq 0 ] || fail "run $run: $replayed appends were answered as replays"
  # Requests wrk left in flight when it stopped still finish: count once the store is still.
  names="$(context_names | grep "^load-$run-" || true)" still=0
  for _ in $(seq 1 30); do
    sleep 1
    again="$(context_names | grep "^load-$run-" || true)"
    if [ "$again" = "$names" ]; then still=$((still + 1)); else still=0; fi
    names="$again"
    [ "$still" -ge 2 ] && break
  done
  stored="$(printf '%s\n' "$names" | sort -u | grep -c . || true)"
  [ "$(printf '%s\n' "$names" | grep -c . || true)" -eq "$stored" ] \
    || fail "run $run: load contexts in the store twice: $(printf '%s\n' "$names" | sort | uniq -d | head -3 | tr '\n' ' ')"
  defined="$(events_after "$head_before" context.defined)"
  [ "$defined" -eq "$stored" ] || fail "run $run: $defined context.defined events for $stored load contexts"
  # wrk stops with requests in flight: those may be stored unanswered, never answered and missing.
  [ "$stored" -ge "$created" ] || fail "run $run: lost writes: $created answered 201, $stored stored"
  [ $((stored - created)) -le "$connections" ] || fail "run $run: $stored stored for $created answered"
  read -r client_present client_once < <(concurrent_clients "$run")

  kill "$server_pid"; wait "$server_pid" || fail "run $run: the server did not exit 0 on SIGTERM"; server_pid=""
  echo "run $run: reads $(requests_per_second "$dir/reads.txt") req/s, p50 $(percentile 50 "$dir/reads.txt") ms, p99 $(percentile 99 "$dir/reads.txt") ms, errors $read_errors" \
    "| strata arch x$clients: $cli_rate runs/s, p50 $cli_p50 ms, p99 $cli_p99 ms" \
    "| appends $(requests_per_second "$dir/writes.txt") req/s, p50 $(percentile 50 "$dir/writes.txt") ms, p99 $(percentile 99 "$dir/writes.txt") ms," \
    "errors $write_errors, 201s $created, stored $stored ($defined events), lost $(( created > stored ? created - stored : 0 ))" \
    "| $clients clients: $client_present of $((clients * per_client)) present, $client_once once"
done

echo
echo "$runs run(s), ${duration}s a phase, $connections wrk connections, $clients strata processes, on $(nproc) cores shared with the load generator"
[ "$failures" -eq 0 ] && echo "checks: 0 errors, 0 lost writes, every concurrent write present once" || echo "checks: $failures failed"
exit $(( failures > 0 ? 1 : 0 ))
