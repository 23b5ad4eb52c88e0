"""The shared core of the read API: a pool of read-only connections and row mapping.

Query families live in their own modules (reports, entities, search) as mixins
of Store, so each file holds one kind of question.

Why a pool: the browser reads from several worker threads at once (the list's
pages, the open report, an entity's claims, search). Behind one connection and
one lock, a slow read (counting the list at startup, an entity in half the
archive) held up every key press behind it. Each query now takes an idle
connection of its own (SQLite in WAL mode lets readers run side by side, and
Python's sqlite3 releases the GIL while SQLite works), up to MAX_CONNECTIONS.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing_tui.store.connection import StoreError, open_readonly
from briefing_tui.store.models import Claim, Event

# Readers open at most this many connections (~1 ms and a 2 MB page cache each,
# opened on demand); a query finding all of them busy waits for one.
MAX_CONNECTIONS = 4


class Reader:
    """Read-only access to a briefing database. Safe to share between threads."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        first = open_readonly(self.path)  # every problem with the file surfaces here
        self._pool = threading.Condition(threading.Lock())
        self._idle: list[sqlite3.Connection] = [first]
        self._opened = 1  # connections open or being opened
        self._closed = False
        self._pinned = threading.local()
        # PRAGMA data_version is per connection: one connection, used for nothing
        # else, tells every cache whether another process wrote.
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()
        self._cache_lock = threading.Lock()  # guards _caches: (data_version, {name: LRU})

    def close(self) -> None:
        """Close every connection; one a query still holds is closed when it is handed back."""
        with self._pool:
            self._closed = True
            for conn in self._idle:
                conn.close()
            self._opened -= len(self._idle)
            self._idle.clear()
            self._pool.notify_all()
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None

    def _closed_error(self) -> StoreError:
        return StoreError(f"database error in {self.path}: the store is closed")

    def _acquire(self) -> sqlite3.Connection:
        with self._pool:
            while not self._idle and self._opened >= MAX_CONNECTIONS and not self._closed:
                self._pool.wait()
            if self._closed:
                raise self._closed_error()
            if self._idle:
                return self._idle.pop()  # the most recently used: its page cache is warm
            self._opened += 1
        try:
            # outside the lock: other threads go on; the file was checked by the first
            # (checking it again would drop this process's SQLite locks: open_readonly)
            return open_readonly(self.path, check_file=False)
        except BaseException:
            with self._pool:
                self._opened -= 1
                self._pool.notify()
            raise

    def _release(self, conn: sqlite3.Connection) -> None:
        with self._pool:
            if self._closed:
                conn.close()
                self._opened -= 1
            else:
                self._idle.append(conn)
            self._pool.notify()

    @contextmanager
    def _one_connection(self) -> Iterator[None]:
        """Run this thread's queries inside the block on one connection (for TEMP
        objects, which each connection has its own of)."""
        if getattr(self._pinned, "conn", None) is not None:
            yield
            return
        self._pinned.conn = self._acquire()
        try:
            yield
        finally:
            conn, self._pinned.conn = self._pinned.conn, None
            self._release(conn)

    def _data_version(self) -> int:
        """Changes whenever another connection (an ingest) commits: caches key on it."""
        with self._watch_lock:
            if self._watch is None:
                if self._closed:
                    raise self._closed_error()
                self._watch = open_readonly(self.path, check_file=False)
            try:
                return self._watch.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"database error in {self.path}: {exc}") from None

    def _cached(self, name: str, key, compute, keep: int = 1024):
        """compute(), remembered per store until another connection changes the
        database (PRAGMA data_version). Safe to call from several threads."""
        lock = self._cache_lock
        with lock:
            version = self._data_version()
            caches = self.__dict__.get("_caches")
            if caches is None or caches[0] != version:
                caches = (version, {})
                self.__dict__["_caches"] = caches
            cache = caches[1].setdefault(name, OrderedDict())
            if key in cache:
                cache.move_to_end(key)
                return cache[key]
        value = compute()
        with lock:
            cache[key] = value
            while len(cache) > keep:
                cache.popitem(last=False)
        return value

    def _rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        pinned = getattr(self._pinned, "conn", None)
        conn = pinned if pinned is not None else self._acquire()
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            if "fts5" in str(exc).lower():
                raise
            raise StoreError(f"database error in {self.path}: {exc}") from None
        finally:
            if pinned is None:
                self._release(conn)

    def _claims(self, where: str, params: tuple, order: str, limit: int = 10_000) -> list[Claim]:
        rows = self._rows(
            "SELECT c.id, c.report_id, c.claimant, c.claimant_id, c.cue, c.text, c.start, c.end"
            f" FROM claims c WHERE {where} ORDER BY {order} LIMIT ?",
            (*params, limit),
        )
        return [Claim(*r) for r in rows]

    def _events(self, where: str, params: tuple, order: str, limit: int = 10_000) -> list[Event]:
        rows = self._rows(
            "SELECT e.id, e.report_id, e.kind, e.summary, e.date_value, e.date_text, e.precision,"
            " e.planned, pl.name, e.place_id, e.start, e.end,"
            " (SELECT json_group_array(json_array(x.id, x.name)) FROM event_participants ep"
            "   JOIN entities x ON x.id = ep.entity_id WHERE ep.event_id = e.id)"
            f" FROM events e LEFT JOIN entities pl ON pl.id = e.place_id WHERE {where}"
            f" ORDER BY {order} LIMIT ?",
            (*params, limit),
        )
        out = []
        for r in rows:
            people = json.loads(r[12]) if r[12] else []
            out.append(
                Event(
                    id=r[0],
                    report_id=r[1],
                    kind=r[2],
                    summary=r[3],
                    date=r[4],
                    date_text=r[5],
                    precision=r[6],
                    planned=bool(r[7]),
                    place=r[8],
                    place_id=r[9],
                    participants=tuple(p[1] for p in people),
                    participant_ids=tuple(p[0] for p in people),
                    start=r[10],
                    end=r[11],
                )
            )
        return out

