"""The peer side of `strata-bench --peers`: the Python eventsourcing library on SQLite.

Each invocation runs one case and prints one JSON object: {"case", "events", "seconds",
"peak_rss_kb"}. strata-bench runs it in the same rounds as Strata's side, so the two are
measured on the same machine, disk and moment, and reports each ratio with its spread.

Appends write the payload strata-bench writes (Payload.make: about 250 bytes of JSON, a
stream of 100 events at a time). Reads and the rebuild run on a copy of the very events
Strata's side read (the `load` case copies them from a Strata store, untimed), through the
recorder's public API (select_notifications in pages), as an eventsourcing projection would.
"""

import argparse
import json
import os
import resource
import sys
import time
import uuid

from eventsourcing.persistence import StoredEvent
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteDatastore


def payload(index: int) -> bytes:
    """The bytes Strata's benchmark payload has, key for key (Sources/StrataBench/Payload.swift)."""
    metric = ["latency-p99-ms", "reads-per-second", "writes-per-second", "storage-gb"][index % 4]
    value = (index % 1000) / 7
    fields = [
        ("measurementID", f"M-{index}"), ("subject", f"workload-checkout-{index % 97}"), ("metric", metric),
        ("value", value), ("unit", "ms"), ("source", "production-monitoring"), ("target", 120),
        ("note", "observed during the nightly batch window"), ("observedAt", f"2026-01-{10 + index % 18}T09:30:00Z"),
    ]
    return json.dumps(dict(fields), separators=(",", ":")).encode()


def recorder(path: str, durable: bool = False) -> SQLiteApplicationRecorder:
    datastore = SQLiteDatastore(db_name=path, pool_size=1, max_overflow=0)
    rec = SQLiteApplicationRecorder(datastore)
    rec.create_table()
    if durable:
        # Every commit synced to disk, as Strata's are: outside a transaction, on the pool's
        # one connection (pool_size=1, no overflow), which every insert then reuses.
        with datastore.get_connection(commit=True) as connection:
            connection.cursor().execute("PRAGMA synchronous=FULL")
    return rec


def batches(events: int, batch: int):
    """`events` new events, `batch` at a time, in new streams of 100: what Strata's side appends."""
    for start in range(0, events, batch):
        count = min(batch, events - start)
        stored = []
        for first in range(start, start + count, 100):
            stream = uuid.uuid4()
            for index in range(first, min(first + 100, start + count)):
                stored.append(StoredEvent(
                    originator_id=stream, originator_version=index - first + 1, topic="bench:recorded", state=payload(index)))
        yield stored


def append_batches(path: str, events: int, batch: int) -> None:
    rec = recorder(path)
    for stored in batches(events, batch):
        rec.insert_events(stored)


def load(path: str, strata_store: str) -> int:
    """Copies a Strata store's events, payloads as they are, into an eventsourcing table."""
    import sqlite3
    rec = recorder(path)
    source = sqlite3.connect(f"file:{strata_store}?mode=ro", uri=True)
    streams: dict = {}
    count, stored = 0, []
    for stream_id, version, event_type, data in source.execute(
            "SELECT stream_id, stream_version, event_type, data FROM events ORDER BY position"):
        originator = streams.setdefault(stream_id, uuid.uuid5(uuid.NAMESPACE_URL, stream_id))
        stored.append(StoredEvent(originator_id=originator, originator_version=version, topic=event_type, state=data.encode()))
        count += 1
        if len(stored) == 10_000:
            rec.insert_events(stored)
            stored = []
    if stored:
        rec.insert_events(stored)
    return count


def append_single(path: str, events: int) -> None:
    rec = recorder(path, durable=True)
    for index in range(events):
        rec.insert_events([StoredEvent(originator_id=uuid.uuid4(), originator_version=1, topic="bench:recorded", state=payload(index))])


def notifications(rec: SQLiteApplicationRecorder):
    """Every stored event in order, read a page at a time as a projection reads them."""
    start = 1
    while True:
        page = rec.select_notifications(start=start, limit=10_000)
        if not page:
            return
        yield from page
        start = page[-1].id + 1


def read_all(path: str, decode: bool) -> int:
    count = 0
    for notification in notifications(recorder(path)):
        if decode:
            json.loads(notification.state)
        count += 1
    return count


def rebuild(path: str) -> int:
    """A projection rebuilt from the whole log: decode each event and fold it into a table of
    rows by stream, the least any read model does (Strata's rebuild folds SQL read models)."""
    totals: dict = {}
    count = 0
    for notification in notifications(recorder(path)):
        row = totals.setdefault(notification.originator_id, {})
        row.update(json.loads(notification.state))
        row["version"] = notification.originator_version
        count += 1
    return count


def peak_rss_kb() -> int:
    """This process's own peak (VmHWM): `ru_maxrss` would start from the parent's peak."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=["append-batch", "append-single", "read-decoded", "read-raw", "rebuild", "load"])
    parser.add_argument("--db", required=True, help="the SQLite file (created by the append cases)")
    parser.add_argument("--events", type=int, default=0)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--from-strata", help="load: the Strata store to copy")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.case == "append-batch":
        append_batches(args.db, args.events, args.batch)
        count = args.events
    elif args.case == "append-single":
        append_single(args.db, args.events)
        count = args.events
    elif args.case == "load":
        count = load(args.db, args.from_strata)
    elif args.case == "rebuild":
        count = rebuild(args.db)
    else:
        count = read_all(args.db, decode=args.case == "read-decoded")
    seconds = time.perf_counter() - started
    peak = peak_rss_kb()
    json.dump({"case": args.case, "events": count, "seconds": seconds, "peak_rss_kb": peak}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
