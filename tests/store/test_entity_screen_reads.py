"""The entity screen's reads, made cheaper, give the same rows in the same order.

entity_reports reads a page past the middle from the oldest end, and an entity's
grouped timeline page is one statement instead of one per row. Each is compared
here with the query it replaced (kept below, verbatim in effect), on the
benchmark generator's skewed archive (entities in most reports and in few) and
on the hand-made one, at every kind of offset: first page, either side of the
middle, last page, past the end.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from briefing_tui.store import Store
from briefing_tui.store.models import TimelineFilter
from briefing_tui.store.timeline import ENTITY_SECTIONS, GROUPED, ROW_SOURCES, _entity_where
from tui import handmade

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory) -> Path:
    sys.path.insert(0, str(BENCH))
    import generate  # noqa: PLC0415

    path = tmp_path_factory.mktemp("screen-reads") / "s400.db"
    generate.build(path, 400, seed=5)
    return path


@pytest.fixture(scope="module")
def handmade_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("screen-reads-hand") / "hand.db"
    handmade.build(path)
    return path


@pytest.fixture(params=["synthetic", "handmade"])
def db(request, synthetic_db, handmade_db) -> Path:
    return synthetic_db if request.param == "synthetic" else handmade_db


# -- the queries replaced ------------------------------------------------------------

def old_entity_reports(conn: sqlite3.Connection, entity_id: int, offset: int, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT r.id, r.title, r.published, r.source FROM (SELECT report_id, published"
        "  FROM participants WHERE entity_id = ? ORDER BY published DESC, report_id DESC"
        "  LIMIT ? OFFSET ?) p CROSS JOIN reports r ON r.id = p.report_id"
        " ORDER BY p.published DESC, p.report_id DESC",
        (entity_id, max(0, int(limit)), max(0, int(offset))),
    ).fetchall()


def old_page_ids(conn: sqlite3.Connection, flt: TimelineFilter, section: str, offset: int,
                 limit: int) -> list[tuple[list[int], int]]:
    """(event ids, tellings) of each row of the page, as _entity_page read them."""
    out: list[tuple[list[int], int]] = []
    for code in ENTITY_SECTIONS[section]:
        if len(out) >= limit:
            break
        where, params = _entity_where(flt, code)
        want = limit - len(out)
        if code in GROUPED:
            keys = conn.execute(
                f"SELECT day, kind, count(*) FROM entity_timeline WHERE {where}"
                " GROUP BY day, kind ORDER BY day, kind LIMIT ? OFFSET ?", (*params, want, offset)).fetchall()
            for day, kind, count in keys:
                out.append(([r[0] for r in conn.execute(
                    "SELECT event_id FROM entity_timeline WHERE entity_id = ? AND section = ?"
                    " AND day = ? AND kind = ? ORDER BY seq, event_id LIMIT ?",
                    (flt.entity_id, code, day, kind, ROW_SOURCES))], count))
        else:
            keys = conn.execute(
                f"SELECT event_id FROM entity_timeline WHERE {where}"
                " ORDER BY day, kind, seq, event_id LIMIT ? OFFSET ?", (*params, want, offset)).fetchall()
            out += [([r[0]], 1) for r in keys]
        if keys:
            offset = 0
        elif offset:
            grouped = " GROUP BY day, kind" if code in GROUPED else ""
            total = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM entity_timeline WHERE {where}{grouped})",
                                 params).fetchone()[0]
            offset = max(0, offset - total)
    return out


# -- the comparisons -------------------------------------------------------------------

def offsets(n: int, limit: int) -> list[int]:
    middle = n // 2
    return sorted({0, 1, middle - 1, middle, middle + 1, max(0, n - limit), max(0, n - limit - 1),
                   max(0, n - 1), n, n + 5} - {-1})


def test_entity_reports_same_rows_same_order(db):
    conn = sqlite3.connect(db)
    store = Store(db)
    entities = conn.execute("SELECT id, report_count FROM entities ORDER BY report_count DESC, id").fetchall()
    big = [e for e in entities if e[1] >= 3]
    assert big, "the archive must hold entities in several reports, or this test cannot fail"
    compared = 0
    for entity_id, count in big[:12] + entities[-5:]:
        assert count == conn.execute("SELECT count(*) FROM participants WHERE entity_id = ?",
                                     (entity_id,)).fetchone()[0]
        for limit in (1, 7, 100):
            for offset in offsets(count, limit):
                got = [(r.id, r.title, r.published, r.source) for r in store.entity_reports(entity_id, offset, limit)]
                assert got == old_entity_reports(conn, entity_id, offset, limit), (entity_id, offset, limit)
                compared += len(got)
        paged = [(r.id, r.title, r.published, r.source) for i in range(0, count, 7)
                 for r in store.entity_reports(entity_id, i, 7)]
        assert paged == old_entity_reports(conn, entity_id, 0, count + 1)
    assert compared > (2000 if db.name == "s400.db" else 20)


def test_entity_reports_keeps_undated_reports_last(tmp_path):
    """NULL dates sort last newest first; read from the oldest end they come first,
    and must still be shown last."""
    path = tmp_path / "hand.db"
    handmade.build(path)
    conn = sqlite3.connect(path)
    entity_id, count = conn.execute(
        "SELECT entity_id, count(*) FROM participants GROUP BY entity_id ORDER BY 2 DESC, 1 LIMIT 1").fetchone()
    assert count >= 2
    # The oldest half of its reports lose their date (as a report without one would have).
    ids = [r[0] for r in conn.execute("SELECT report_id FROM participants WHERE entity_id = ?"
                                      " ORDER BY published, report_id LIMIT ?", (entity_id, count // 2 or 1))]
    marks = ",".join("?" * len(ids))
    conn.execute(f"UPDATE participants SET published = NULL WHERE report_id IN ({marks})", ids)
    conn.execute(f"UPDATE reports SET published = NULL WHERE id IN ({marks})", ids)
    conn.commit()
    store = Store(path)
    for limit in (1, 2, 100):
        for offset in offsets(count, limit):
            got = [(r.id, r.title, r.published, r.source) for r in store.entity_reports(entity_id, offset, limit)]
            assert got == old_entity_reports(conn, entity_id, offset, limit), (offset, limit)
    assert store.entity_reports(entity_id, count - 1, 1)[0].published is None


def timeline_filters(conn: sqlite3.Connection) -> list[TimelineFilter]:
    ids = [r[0] for r in conn.execute(
        "SELECT entity_id FROM entity_timeline GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 6")]
    ids += [r[0] for r in conn.execute(
        "SELECT entity_id FROM entity_timeline GROUP BY entity_id ORDER BY count(*), entity_id LIMIT 2")]
    out = [TimelineFilter(entity_id=e) for e in ids]
    days = sorted(r[0] for r in conn.execute("SELECT DISTINCT day FROM entity_timeline WHERE day != ''"))
    if days:
        middle = days[len(days) // 2]
        out += [TimelineFilter(entity_id=ids[0], after=middle[:7]),
                TimelineFilter(entity_id=ids[0], before=middle),
                TimelineFilter(entity_id=ids[1], after=middle[:4], before=middle[:7] + "-99")]
    return out


def test_entity_timeline_pages_same_rows_same_order(db):
    conn = sqlite3.connect(db)
    store = Store(db)
    compared = grouped = 0
    for flt in timeline_filters(conn):
        for section in ("dated", "planned", "undated"):
            for limit in (1, 5, 100):
                for offset in (0, 1, 3, 10, 40, 1000):
                    want = old_page_ids(conn, flt, section, offset, limit)
                    got = store.timeline(flt, section, offset, limit)
                    # the same tellings in the same rows, each row's tellings as read
                    assert [(sorted(s.event.id for s in g.sources), g.count) for g in got] == [
                        (sorted(ids), n) for ids, n in want], (flt, section, offset, limit)
                    compared += len(got)
                    grouped += sum(1 for _, n in want if n > 1)
    assert compared > 50
    if db.name == "s400.db":
        assert compared > 500 and grouped, "the archive must have tellings grouped, or this test cannot fail"
