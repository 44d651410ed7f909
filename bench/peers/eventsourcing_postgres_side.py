"""The peer side of `strata-bench --peers-postgres`: eventsourcing's PostgreSQL recorder.

Each invocation runs one case and prints one JSON object: {"case", "events", "seconds"}.
strata-bench runs it in the same rounds as Strata's side, against the same server, each side
in a database of its own, and reports each ratio with its spread.

The appends write the payload strata-bench writes (the same function as the SQLite peer's), in
streams of 100 events. The recorder serialises its inserts with a table lock, as Strata's
PostgreSQL log does, so both keep the global order gapless. The read is a follower's catch-up:
every notification in order, a page at a time, through the recorder's public API.
"""

import argparse
import json
import sys
import time
import uuid
from urllib.parse import unquote, urlparse

import psycopg
from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore

from eventsourcing_side import batches, payload


def connection_parts(url: str) -> dict:
    parsed = urlparse(url)
    return {
        "host": parsed.hostname or "127.0.0.1", "port": parsed.port or 5432,
        "user": unquote(parsed.username or "postgres"), "password": unquote(parsed.password or ""),
        "dbname": parsed.path.lstrip("/") or "postgres",
    }


def recorder(url: str) -> PostgresApplicationRecorder:
    parts = connection_parts(url)
    datastore = PostgresDatastore(
        dbname=parts["dbname"], host=parts["host"], port=parts["port"], user=parts["user"], password=parts["password"],
        pool_size=1, max_overflow=0)
    rec = PostgresApplicationRecorder(datastore)
    rec.create_table()
    return rec


def administer(url: str, statement: str) -> None:
    """CREATE or DROP DATABASE, which cannot run inside a transaction."""
    parts = connection_parts(url)
    parts["dbname"] = "postgres"
    with psycopg.connect(**parts, autocommit=True) as connection:
        connection.execute(statement)


def append_batches(url: str, events: int, batch: int) -> None:
    rec = recorder(url)
    for stored in batches(events, batch):
        rec.insert_events(stored)


def append_single(url: str, events: int) -> None:
    rec = recorder(url)
    for index in range(events):
        rec.insert_events([StoredEvent(originator_id=uuid.uuid4(), originator_version=1, topic="bench:recorded", state=payload(index))])


def catch_up(url: str, page: int) -> int:
    rec = recorder(url)
    count, start = 0, 1
    while True:
        notifications = rec.select_notifications(start=start, limit=page)
        if not notifications:
            return count
        for notification in notifications:
            json.loads(notification.state)
            count += 1
        start = notifications[-1].id + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=["createdb", "dropdb", "append-batch", "append-single", "catch-up"])
    parser.add_argument("--url", required=True, help="postgres://user:password@host:port/database")
    parser.add_argument("--events", type=int, default=0)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--page", type=int, default=10_000)
    args = parser.parse_args()
    name = connection_parts(args.url)["dbname"]
    started = time.perf_counter()
    count = args.events
    if args.case == "createdb":
        administer(args.url, f'CREATE DATABASE "{name}"')
    elif args.case == "dropdb":
        administer(args.url, f'DROP DATABASE IF EXISTS "{name}"')
    elif args.case == "append-batch":
        append_batches(args.url, args.events, args.batch)
    elif args.case == "append-single":
        append_single(args.url, args.events)
    else:
        count = catch_up(args.url, args.page)
    json.dump({"case": args.case, "events": count, "seconds": time.perf_counter() - started}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
