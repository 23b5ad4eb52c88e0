"""The benchmark tools on a few hundred reports, so they do not rot (no timings asserted).

The bulk generator must leave the same database as the real Writer, table by
table, or the benchmarks would measure something the users never have.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

N = 300

TABLES = {
    "reports": "SELECT id, title, published, source, url, body, content_hash, path, sort_key"
               " FROM reports ORDER BY id",
    "report_buckets": "SELECT * FROM report_buckets ORDER BY bucket",
    "entities": "SELECT * FROM entities ORDER BY id",
    "aliases": "SELECT * FROM aliases ORDER BY entity_id, alias",
    "participants": "SELECT * FROM participants ORDER BY report_id, entity_id",
    "claims": "SELECT * FROM claims ORDER BY id",
    "claim_claimants": "SELECT * FROM claim_claimants ORDER BY claim_id, entity_id",
    "events": "SELECT * FROM events ORDER BY id",
    "event_participants": "SELECT * FROM event_participants ORDER BY event_id, entity_id",
    "entity_timeline": "SELECT * FROM entity_timeline ORDER BY entity_id, section, day, kind, seq, event_id",
    "dates": "SELECT * FROM dates ORDER BY id",
    "entities_fts": "SELECT rowid, name, aliases FROM entities_fts ORDER BY rowid",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    bulk = generate.build(out / "bulk.db", N, seed=3, workers=0)
    writer = generate.build(out / "writer.db", N, seed=3, workers=0, via_writer=True)
    return out / "bulk.db", out / "writer.db", bulk, writer


def test_bulk_generator_writes_what_the_writer_writes(built):
    bulk_db, writer_db, *_ = built
    a, b = sqlite3.connect(bulk_db), sqlite3.connect(writer_db)
    for table, sql in TABLES.items():
        rows_a, rows_b = a.execute(sql).fetchall(), b.execute(sql).fetchall()
        assert rows_a, table
        assert rows_a == rows_b, f"{table} differs between the bulk path and Writer.add_report"
    for fts in ("reports_fts", "claims_fts", "events_fts", "entities_fts"):
        for conn in (a, b):
            conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
    for term in ('"the"', '"minister"', '"sa"*', '"united states"', "summit OR talks"):
        for fts in ("reports_fts", "claims_fts", "events_fts"):
            sql = f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid"
            assert a.execute(sql, (term,)).fetchall() == b.execute(sql, (term,)).fetchall()


def test_generated_corpus_is_deterministic_and_skewed(built):
    bulk_db, _, figures, _ = built
    assert figures["reports"] == N and figures["db_bytes_per_report"] > 0
    conn = sqlite3.connect(bulk_db)
    assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == N
    # some names in most reports, most names in few
    counts = [r[0] for r in conn.execute("SELECT report_count FROM entities ORDER BY report_count DESC")]
    assert counts[0] > N * 0.3
    assert sorted(counts)[len(counts) // 2] <= 2
    words = [len(b.split()) for (b,) in conn.execute("SELECT body FROM reports")]
    assert 280 <= min(words) and max(words) <= 560
    # the same seed gives the same first reports whatever the total
    again = list(generate.synth.Corpus(3).reports(0, 2))
    first = conn.execute("SELECT title, body FROM reports ORDER BY id LIMIT 2").fetchall()
    assert [(r.title, r.body) for r, _ in again] == first


def test_run_prints_one_json_object_of_figures_beside_baselines(built):
    bulk_db, *_ = built
    done = subprocess.run(
        [sys.executable, str(HERE / "run.py"), "--db", str(bulk_db), "--json", "--repeat", "1",
         "--only", "search,list,report,entity,size"],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    search = result["search"]
    assert search["queries"] >= 50
    assert set(search["groups"]) == {"rare words", "words in most reports", "prefixes", "1-2 letter prefixes",
                                     "phrases", "field filters"}
    for group in search["groups"].values():
        assert group["measured"]["n"] == group["baseline"]["n"] == len(group["queries"]) > 0
        assert group["measured"]["p95_ms"] >= group["measured"]["median_ms"] >= 0
        assert group["cpu"]["n"] == group["measured"]["n"]  # CPU time beside wall time
        assert group["first_answer"]["n"] == group["measured"]["n"]  # limit 10 a kind, as typed
    found = sum(sum(q["hits"].values()) for g in search["groups"].values() for q in g["queries"])
    assert found > 100  # the queries are real: they find things
    page = result["list"]["list_reports_page_50"]
    assert page["measured"]["n"] == page["baseline"]["n"] == 40
    assert result["list"]["reports"] == N
    assert result["report"]["report"]["measured"]["n"] == 40
    assert len(result["entity"]) == 4
    assert 0 < result["size"]["bytes_per_report"] and result["size"]["bytes_per_report_by_group"]
    assert result["machine"]["cpus"] >= 1


def test_app_benchmark_runs_in_a_real_pty(built):
    pytest.importorskip("briefing_tui.tui.app", reason="the browser is not on this branch yet")
    bulk_db, *_ = built
    done = subprocess.run(
        [sys.executable, str(HERE / "run.py"), "--db", str(bulk_db), "--json", "--only", "app",
         "--app-runs", "1", "--app-presses", "0.1"],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    app = json.loads(done.stdout)["app"]
    assert app["startup"]["measured"]["n"] == app["startup"]["baseline"]["n"] == 1
    assert app["navigation"]["baseline"]["n"] >= 1
    assert all(v["n"] + v["missed"] >= 1 for v in app["navigation"]["measured"].values())
    assert app["memory"]["peak_rss_mb"] > 0
    opens = app["entity_open"]
    for way in ("from search", "from a report's participants"):
        assert len(opens[way]["times_ms"]) >= 2, way  # the first open and one more
    assert opens["screen shown again, both ways"]["n"] + opens["screen shown again, both ways"]["missed"] >= 2
    # the search section's queries, by group, in the app: the last key to the results
    by_group = app["search_by_group"]
    assert set(by_group["groups"]) == {"rare words", "words in most reports", "prefixes", "1-2 letter prefixes",
                                       "phrases", "field filters"}
    for group in by_group["groups"].values():
        assert group["shown"]["n"] + group["shown"]["missed"] == len(group["queries"]) >= 1
        assert all(q["status"] for q in group["queries"] if q["shown_ms"] is not None)
    assert by_group["all"]["shown"]["n"] >= 6  # the status for the whole query was seen
    assert by_group["baseline"]["n"] >= 5
    assert by_group["app_package"].startswith(str(HERE.parent.parent / "briefing_tui"))
