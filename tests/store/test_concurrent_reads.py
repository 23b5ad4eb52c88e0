"""One Store shared by real threads on a real file: each read takes a connection of
its own from the pool, so one slow read does not hold up the others; answers match
a single thread's; every connection is read-only and closed by Store.close(); the
caches follow an ingest running in another process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from robust_support import clean_env, fake_extract, fast_ingest_command, synthetic_reports, write_jsonl

from briefing_tui.ingest.pipeline import ingest
from briefing_tui.store import Store, StoreError
from briefing_tui.store.base import MAX_CONNECTIONS
from briefing_tui.store.models import TimelineFilter

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    sys.path.insert(0, str(BENCH))
    import generate

    path = tmp_path_factory.mktemp("concurrent") / "synthetic.db"
    generate.build(path, 300, seed=3, workers=0)
    return path


class Holder(threading.Thread):
    """A thread that takes one of the store's connections and keeps it until told."""

    def __init__(self, store: Store, before_release=None):
        super().__init__(daemon=True)
        self.store, self.before_release = store, before_release
        self.holding, self.release = threading.Event(), threading.Event()
        self.conn = None
        self.result = None

    def run(self):
        with self.store._one_connection():
            self.conn = self.store._pinned.conn
            self.holding.set()
            assert self.release.wait(60)
            if self.before_release:
                self.result = self.before_release()

    def __enter__(self):
        self.start()
        assert self.holding.wait(60)
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.join(60)


def test_a_held_connection_does_not_block_other_threads(db):
    store = Store(db)
    with Holder(store) as slow:
        # The old design (one connection behind one lock) would wait here for `slow`.
        done = {}
        reader = threading.Thread(target=lambda: done.update(
            page=store.list_reports(0, 20), report=store.report(1), hits=store.search("the", limit=5)))
        reader.start()
        reader.join(30)
        assert not reader.is_alive(), "a read waited for another thread's connection"
        assert len(done["page"]) == 20 and done["report"].id == 1 and done["hits"]
        assert not slow.release.is_set()
    store.close()


def test_many_threads_get_the_answers_one_thread_gets(db):
    store = Store(db)
    big = store.entity(store._rows("SELECT id FROM entities ORDER BY report_count DESC LIMIT 1")[0][0])
    assert big.report_count > 30
    flt = TimelineFilter(entity_id=big.id)

    def calls():
        out = []
        for i in range(12):
            out += [
                ("count", lambda: store.count_reports()),
                (f"page{i}", lambda i=i: store.list_reports(i * 23, 25)),
                (f"report{i}", lambda i=i: store.report(1 + i * 17)),
                (f"related{i}", lambda i=i: store.related_reports(1 + i * 17, 5)),
                (f"search{i}", lambda i=i: store.search(["the", "gov", "sec", '"of the"', "after:2010 the",
                                                          "person:a", "minister", "secu"][i % 8], prefix=True)),
            ]
        out += [
            ("about", lambda: store.entity_claims_about(big.id)),
            ("claims", lambda: store.entity_claims(big.id)),
            ("events", lambda: store.entity_events(big.id)),
            ("reports", lambda: store.entity_reports(big.id, 0, 50)),
            ("timeline", lambda: store.timeline(flt, "dated", 0, 30)),
            ("undated", lambda: store.timeline(flt, "undated", 0, 30)),
            ("recent", lambda: store.recent_entity_timeline(big.id)),
        ]
        return out

    expected = {name: fn() for name, fn in calls()}
    fresh = Store(db)  # cold caches, read from every thread at once
    store = fresh
    work = calls() * 3
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda item: (item[0], item[1]()), work))
    for name, value in got:
        assert value == expected[name], name
    assert 1 < fresh._opened <= MAX_CONNECTIONS
    fresh.close()


def test_a_read_waits_when_every_connection_is_busy(db):
    store = Store(db)
    holders = [Holder(store) for _ in range(MAX_CONNECTIONS)]
    for h in holders:
        h.__enter__()
    assert len({id(h.conn) for h in holders}) == MAX_CONNECTIONS
    done = threading.Event()
    waiting = threading.Thread(target=lambda: (store.count_reports(), done.set()))
    waiting.start()
    assert not done.wait(0.3)  # no fifth connection is opened
    holders[0].__exit__()
    assert done.wait(30)
    waiting.join(30)
    for h in holders[1:]:
        h.__exit__()
    assert store._opened == MAX_CONNECTIONS
    store.close()


def test_every_connection_is_read_only(db):
    store = Store(db)
    before = store.count_reports()
    barrier = threading.Barrier(MAX_CONNECTIONS)
    errors = []

    def write():
        with store._one_connection():
            barrier.wait(30)  # all connections open at once: each is a different one
            try:
                store._rows("DELETE FROM reports")
            except StoreError as exc:
                errors.append(str(exc))

    threads = [threading.Thread(target=write) for _ in range(MAX_CONNECTIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(errors) == MAX_CONNECTIONS and all("readonly" in e for e in errors), errors
    assert store._opened == MAX_CONNECTIONS
    assert store.count_reports() == before
    store.close()


def test_close_closes_every_connection_even_one_in_use(db):
    store = Store(db)
    store.count_reports()  # the data_version watch connection is open too
    watch = store._watch
    assert watch is not None
    with Holder(store):
        store.list_reports(0, 10)  # a second connection
    assert store._opened == 2
    late = []
    with Holder(store, before_release=lambda: late.append(store._rows("SELECT count(*) FROM reports"))) as held:
        idle = list(store._idle)
        assert idle and held.conn not in idle
        store.close()
        for conn in idle:
            with pytest.raises(sqlite3.ProgrammingError):
                conn.execute("SELECT 1")
        with pytest.raises(sqlite3.ProgrammingError):
            watch.execute("SELECT 1")
    # The holder finished its read on the connection it held, which closed when handed back.
    assert late and late[0][0][0] == 300
    with pytest.raises(sqlite3.ProgrammingError):
        held.conn.execute("SELECT 1")
    assert store._opened == 0  # none left open
    assert store._idle == []
    with pytest.raises(StoreError, match="closed"):
        store.list_reports(0, 5)
    with pytest.raises(StoreError, match="closed"):
        store.count_reports()


def test_threads_read_and_caches_follow_while_another_process_ingests(tmp_path):
    """The browser's side, several threads on one Store, while a real ingest process
    writes (WAL): no errors, and the caches (list counts, search) catch up."""
    db = tmp_path / "shared.db"
    first = ingest([write_jsonl(tmp_path / "first.jsonl", synthetic_reports(40, seed=1))], db, extract=fake_extract)
    assert first.ok
    store = Store(db)
    assert store.count_reports() == 40
    assert store.search("Serial", limit=50) and not store.search("440", limit=5)
    more = write_jsonl(tmp_path / "more.jsonl", synthetic_reports(500, seed=2))
    writer = subprocess.Popen(fast_ingest_command(db, more), env=clean_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    errors, counts = [], []
    stop = threading.Event()

    def read(k):
        while not stop.is_set():
            try:
                n = store.count_reports()
                counts.append(n)
                page = store.list_reports(max(0, n - 30), 30)
                assert page and store.report(page[-1].id) is not None
                store.search(["talks", "minis", "Serial"][k % 3], limit=20, prefix=True)
            except Exception as exc:  # noqa: BLE001 - every failure is reported below
                errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=read, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    _, err = writer.communicate(timeout=300)
    stop.set()
    for t in threads:
        t.join(60)
    assert writer.returncode == 0, err
    assert errors == []
    assert len({c for c in counts if 40 < c < 540}) >= 2, "no read saw the ingest half way"
    assert store.count_reports() == 540
    assert store.list_reports(0, 600)[-1].id in range(1, 541)
    assert [h.id for h in store.search('"Serial 440"', limit=5)], "the search caches did not follow the writer"
    store.close()
