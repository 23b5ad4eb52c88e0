"""Every way the planner can take to the hits finds the same hits as a plain query.

The planner walks a filter, intersects key sets or walks the words depending on
sizes; forcing each path in turn (through its thresholds) on a few hundred
synthetic reports, with windows large enough to hold every hit, must give
exactly the rows a naive SQL query gives.
"""

from __future__ import annotations

import itertools

import pytest

from briefing_tui.store import query as q
from briefing_tui.store import search as search_module

HUGE = 10**9
PATHS = {
    "walk a filter, seek the words": dict(_force_plan="seek", SEEK_BUDGET=HUGE, SCAN_BUDGET=HUGE),
    "intersect the sets": dict(_force_plan="intersect"),
    "walk the words (or rows), check filters": dict(_force_plan="words", SCAN_BUDGET=HUGE),
    "cheapest": dict(SEEK_BUDGET=HUGE, SCAN_BUDGET=HUGE),
}


def _words(store):
    """A common, a middling and a rare word of the synthetic corpus, and a prefix."""
    store._rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.rv USING fts5vocab(main, reports_fts, row)")
    rows = store._rows("SELECT term, doc FROM temp.rv WHERE length(term) > 3 AND term GLOB '[a-z]*'"
                       " ORDER BY doc DESC")
    return [rows[0][0], rows[len(rows) // 50][0], rows[len(rows) // 3][0]]


def _queries(store):
    common, middling, rare = _words(store)
    top = store._rows("SELECT name FROM entities WHERE kind = 'country' ORDER BY report_count DESC LIMIT 1")[0][0]
    person = store._rows("SELECT name FROM entities WHERE kind = 'person' ORDER BY report_count DESC"
                         " LIMIT 1 OFFSET 20")[0][0]
    source = store._rows("SELECT source FROM reports GROUP BY source ORDER BY count(*) DESC LIMIT 1")[0][0]
    texts = [common, middling, f'{common} {middling}', rare, ""]
    filters = [f'country:"{top}"', f'person:"{person}"', f'source:"{source}"', "after:2012",
               f'country:"{top}" after:2010 before:2022', f'person:"{person}" source:"{source}"',
               "kind:meeting"]
    return [f"{t} {f}".strip() for t, f in itertools.product(texts, filters)]


def _expected(store, kind: str, text: str) -> set[int]:
    s = store._prepare(q.parse(text, prefix=False))
    if s.nothing:
        return set()
    table = {"report": "reports", "claim": "claims", "event": "events"}[kind]
    fts = table + "_fts"
    rid = "t.id" if kind == "report" else "t.report_id"
    where, params = ["t.sort_key BETWEEN ? AND ?"], list(s.key_range)
    if s.match:
        where.append(f"t.sort_key IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
        params.append(s.match)
    for ids in s.entity_sets:
        where.append(f"EXISTS (SELECT 1 FROM participants p WHERE p.report_id = {rid}"
                     f" AND p.entity_id IN ({','.join('?' * len(ids))}))")
        params.extend(ids)
    if s.sources:
        where.append(f"r.source COLLATE NOCASE IN ({','.join('?' * len(s.sources))})")
        params.extend(s.sources)
    if kind == "event" and s.event_kinds:
        where.append(f"t.kind IN ({','.join('?' * len(s.event_kinds))})")
        params.extend(s.event_kinds)
    if kind != "event" and s.event_kinds:
        return set()  # kind:meeting asks for events only
    join = "" if kind == "report" else " JOIN reports r ON r.id = t.report_id"
    alias = "t" if kind == "report" else "t"
    sql = f"SELECT {alias}.id FROM {table} t{join} WHERE " + " AND ".join(where)
    if kind == "report":
        sql = sql.replace("r.source", "t.source")
    return {r[0] for r in store._rows(sql, params)}


@pytest.mark.parametrize("path", list(PATHS))
def test_every_plan_finds_what_a_plain_query_finds(synthetic, monkeypatch, path):
    monkeypatch.setattr(search_module, "WINDOW", 100_000)
    for name, value in PATHS[path].items():
        monkeypatch.setattr(search_module, name, value)
    used: list[str] = []
    plan = search_module.SearchQueries._plan

    def recording(self, *args):
        chosen = plan(self, *args)
        used.append(chosen[0])
        return chosen

    monkeypatch.setattr(search_module.SearchQueries, "_plan", recording)
    checked = 0
    for text in _queries(synthetic):
        synthetic.__dict__.pop("_caches", None)
        for kind in ("report", "claim", "event"):
            got = {h.id for h in synthetic.search(text, limit=100_000, kinds=(kind,))}
            want = _expected(synthetic, kind, text)
            assert got == want, (path, kind, text)
            checked += bool(want)
    assert checked > 30  # the queries do find things
    forced = PATHS[path].get("_force_plan")
    if forced:
        assert used.count(forced) + used.count("table") * (forced == "words") > 20, used
    else:
        assert len(set(used)) >= 3, used  # the cost model does pick different ways in


def test_the_default_plan_agrees_where_it_is_complete(synthetic):
    """With the shipped thresholds (small windows), hits are a subset of the truth
    and, when fewer than the window, all of it."""
    for text in _queries(synthetic):
        for kind in ("report", "claim", "event"):
            got = [h.id for h in synthetic.search(text, limit=search_module.WINDOW, kinds=(kind,))]
            want = _expected(synthetic, kind, text)
            assert set(got) <= want and len(got) == len(set(got)), (kind, text)
            if len(want) < search_module.WINDOW // 2 and kind == "report":
                assert set(got) == want, (kind, text)


def test_filter_only_results_are_newest_first(synthetic):
    for text in ('source:"Northern Wire"', "after:2015 before:2016", "kind:meeting"):
        for kind in ("report", "claim", "event"):
            hits = synthetic.search(text, limit=50, kinds=(kind,))
            dates = [synthetic.report_summary(h.report_id).published for h in hits]
            assert dates == sorted(dates, reverse=True), (text, kind)


def test_sort_key_sql_matches_the_schema(synthetic):
    key = q.sort_key_sql("p.published", "p.report_id")
    rows = synthetic._rows(f"SELECT {key}, r.sort_key FROM participants p JOIN reports r ON r.id = p.report_id")
    assert rows and all(a == b for a, b in rows)
    for published in ("2024-11-02", "2024-11", "2024", None, "", "garbage"):
        expected = synthetic._rows(f"SELECT {q.sort_key_sql(':p', '7')}", {"p": published})[0][0]
        assert q.key_day(expected) == (q.day_number(published) if published and published[:4].isdigit() else 0)
