"""Measure extraction: `python -m briefing_tui.evaluate [CORPUS] [--json]`.

Everything goes through the real ingest pipeline into a temporary database and
is read back with the store's read API, so the figures are what a user sees.

- Wikinews timelines (CORPUS, default tests/fixtures/wikinews-apple, scored
  against its gold-timelines.json, SemEval-2015 Task 4): for each target entity,
  recall of the gold (document, date) pairs in that entity's extracted timeline
  (its events with a date), and the share of the dates found in the gold
  documents that are right at their precision.
- The seed report (tests/fixtures/seed-report.txt, dated 2024-11-02) against
  tests/fixtures/seed-gold.json, and fictional unseen-style paragraphs against
  tests/fixtures/unseen-gold.json: participants with role and affiliation,
  duplicate entities, claims with claimants, events with date, place and
  planned flag, date expressions at their precision.
- The same Wikinews articles against tests/fixtures/wikinews-gold-dates-claims.json
  (hand-annotated, conventions in the file), dev and held-out test sets apart:
  date expressions right at their precision, reporting events found with the
  right claimant, titled persons with their role and affiliation, and entities
  that look like duplicates (a name and its own prefix, possessive or legal form
  as two entities of one report).
- Real Wikinews articles on other topics (politics, diplomacy, conflict,
  business; tests/fixtures/unseen-news, from the TimeSET data set), scored the
  same way against unseen-news-gold-dev.json (material rules may be tuned on)
  and unseen-news-gold-test.json (a pure test set: never tuned on, its totals
  reported before and after a round of changes). A second pair, dev2 and test2
  (gold in unseen-news-gold-dev2-*.json and -test2-*.json), was annotated in
  round 16 before any extractor run on it, and a third development folder, dev3.

`--errors` lists each miss of the development documents; held-out documents
never show theirs, so that nobody tunes on them by accident; `--blind` hides the
held-out column altogether while tuning.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing_tui.ingest.pipeline import ingest
from briefing_tui.ingest.readers import Defaults
from briefing_tui.store.read import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").split())


# -- Wikinews timelines ---------------------------------------------------------


def _gold_date(value: str) -> str | None:
    """'2008-03-XX' -> '2008-03'; 'XXXX-XX-XX' -> None."""
    parts = [p for p in value.split("-") if p and "X" not in p]
    return "-".join(parts) or None


def _target_names(target: str) -> set[str]:
    words = target.lower().split()
    names = {" ".join(words)}
    if len(words) > 1 and not any(ch.isdigit() for ch in words[0]):
        names.add(" ".join(words[1:]))
    if len(words) > 1 and not any(ch.isdigit() for ch in words[-1]):
        names.add(" ".join(words[:-1]))
    return names


def _contains_words(name: str, target: str) -> bool:
    """Every word of the target, in order, in the name: "iTunes Music Store" is the
    target "iTunes store", "Apple Corps" the target "Beatles Apple Corps" is not."""
    words, wanted = _norm(name).split(), _norm(target).split()
    if len(wanted) < 2 or len(words) <= len(wanted):
        return False
    it = iter(words)
    return all(any(w == x for x in it) for w in wanted)


def score_timelines(corpus: Path, db: Path, extract: Callable | None) -> list[dict]:
    gold = json.loads((corpus / "gold-timelines.json").read_text())
    ingest([corpus], db, Defaults(), extract=extract)
    store = Store(db)
    by_file = {}
    for summary in store.list_reports(0, 100_000):
        report = store.report(summary.id)
        by_file[report.id] = report
    conn = store.conn if hasattr(store, "conn") else None
    import sqlite3

    conn = sqlite3.connect(db)
    doc_of_report = {}
    for rid, path in conn.execute("SELECT id, path FROM reports"):
        name = Path(path or "").name
        for doc_id, info in gold["documents"].items():
            if info["file"] == name:
                doc_of_report[rid] = doc_id
    rows = []
    for target, items in gold["timelines"].items():
        names = _target_names(target)
        ids = {
            r[0]
            for r in conn.execute("SELECT entity_id, alias FROM aliases")
            if _norm(r[1]) in names or _contains_words(r[1], target)
        } | {r[0] for r in conn.execute("SELECT id, name FROM entities") if _norm(r[1]) in names or _contains_words(r[1], target)}
        marks = ",".join("?" * len(ids)) or "NULL"
        found = {
            (doc_of_report.get(rid), value)
            for rid, value in conn.execute(
                f"SELECT e.report_id, e.date_value FROM events e JOIN event_participants p ON p.event_id = e.id"
                f" WHERE p.entity_id IN ({marks})",
                sorted(ids),
            )
            if rid in doc_of_report
        }
        pairs = {(i["doc"], _gold_date(i["date"])) for i in items}
        dated = {p for p in pairs if p[1]}
        gold_docs = {d for d, _ in pairs}
        found_dated = {p for p in found if p[1] and p[0] in gold_docs}
        hit = dated & found
        rows.append(
            {
                "target": target,
                "gold_pairs": len(dated),
                "recall": len(hit) / len(dated) if dated else None,
                "found_dates": len(found_dated),
                "right": len(found_dated & dated) / len(found_dated) if found_dated else None,
                "doc_recall": len({d for d, _ in found} & gold_docs) / len(gold_docs),
            }
        )
    conn.close()
    store.close()
    total_gold = sum(r["gold_pairs"] for r in rows)
    total_hit = sum(round((r["recall"] or 0) * r["gold_pairs"]) for r in rows)
    total_found = sum(r["found_dates"] for r in rows)
    total_right = sum(round((r["right"] or 0) * r["found_dates"]) for r in rows)
    rows.append(
        {
            "target": "ALL (micro)",
            "gold_pairs": total_gold,
            "recall": total_hit / total_gold if total_gold else None,
            "found_dates": total_found,
            "right": total_right / total_found if total_found else None,
            "doc_recall": None,
        }
    )
    return rows


# -- Wikinews hand-annotated dates, claims and roles ------------------------------------

_WORD = re.compile(r"[a-z0-9]+(?:['.-][a-z0-9]+)*")


def _words(text: str | None) -> list[str]:
    return _WORD.findall(_norm(text).replace("'s ", " "))


def _has_phrase(text: str | None, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` as whole words, case and punctuation aside."""
    hay, needle = _words(text), _words(phrase)
    n = len(needle)
    return bool(n) and any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def _name_ok(shown: str | None, accepted: list[str], distinct: list[str]) -> bool:
    """An accepted name occurs in `shown`, and `shown` is not a longer distinct entity."""
    for name in accepted:
        if not _has_phrase(shown, name):
            continue
        if any(_has_phrase(shown, d) and not _has_phrase(name, d) and _has_phrase(d, name) for d in distinct):
            continue
        return True
    return False


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_annotated(report, gold: dict, errors: list[str] | None = None) -> dict:
    """Counts for one report against its hand annotation; misses go to `errors` if given."""
    note = errors.append if errors is not None else (lambda _msg: None)
    s = {k: 0 for k in ("dates", "dates_found", "dates_ok", "dates_extra", "claims", "claims_found",
                        "claims_ok", "claims_extra", "roles", "roles_ok", "affils", "affils_ok")}
    distinct = gold.get("distinct", [])
    # Dates: each gold expression takes the unused extracted date overlapping it most.
    unused = list(report.dates)
    for g in gold["dates"]:
        s["dates"] += 1
        span = (g["start"], g["end"])
        best = max(unused, key=lambda d: _overlap(span, (d.start, d.end)), default=None)
        if best is None or _overlap(span, (best.start, best.end)) == 0:
            note(f"date missed: {g['text']!r} @{g['start']} (gold {g['value']})")
            continue
        unused.remove(best)
        s["dates_found"] += 1
        if best.value == g["value"] and best.precision == g["precision"]:
            s["dates_ok"] += 1
        else:
            note(f"date wrong: {best.text!r} -> {best.value} {best.precision} (gold {g['value']} {g['precision']})")
    s["dates_extra"] = len(unused)
    for d in unused:
        note(f"date extra: {d.text!r} -> {d.value}")
    # Claims: an extracted claim whose span holds the cue and whose cue starts with the same word.
    taken: set[int] = set()
    for g in gold["claims"]:
        s["claims"] += 1
        first = _norm(g["cue"]).split()[0]
        match = None
        for c in report.claims:
            if c.id in taken or not (c.start <= g["start"] < c.end):
                continue
            if _norm(c.cue).split()[:1] == [first]:
                match = c
                if _name_ok(c.claimant, g["claimant"], distinct):
                    break
        if match is None:
            note(f"claim missed: {g['cue']!r} @{g['start']} ({g['claimant'][0]}): {report.body[max(0, g['start'] - 60):g['end'] + 40]!r}")
            continue
        taken.add(match.id)
        s["claims_found"] += 1
        if _name_ok(match.claimant, g["claimant"], distinct):
            s["claims_ok"] += 1
        else:
            note(f"claimant wrong: {match.cue!r} @{g['start']}: {match.claimant!r} (gold {g['claimant']})")
    s["claims_extra"] = len([c for c in report.claims if c.id not in taken])
    for c in report.claims:
        if c.id not in taken:
            note(f"claim extra: {c.cue!r} by {c.claimant!r}: {c.text[:70]!r}")
    # Roles: the participant of that person (full name or its last word) with an accepted title.
    for g in gold["roles"]:
        s["roles"] += 1
        person = _norm(g["person"])
        candidates = [p for p in report.participants if p.kind == "person" and _norm(p.name) == person]
        if not candidates:
            last = person.split()[-1]
            candidates = [p for p in report.participants if p.kind == "person" and _norm(p.name).split()[-1:] == [last]]
        role = candidates[0].role if candidates else None
        shown = f"{candidates[0].name!r}: {role!r} / {candidates[0].affiliation!r}" if candidates else "no such person"
        if role and any(_norm(role) == _norm(t) for t in g["titles"]):
            s["roles_ok"] += 1
        else:
            note(f"role wrong: {g['person']} -> {shown} (gold {g['titles'][0]!r})")
        if g["affiliation"]:
            s["affils"] += 1
            accepted = g["affiliation"] if isinstance(g["affiliation"], list) else [g["affiliation"]]
            if candidates and _name_ok(candidates[0].affiliation, accepted, distinct):
                s["affils_ok"] += 1
            else:
                note(f"affiliation wrong: {g['person']} -> {shown} (gold {accepted[0]!r})")
    return s


_LEGAL = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "computer", "computers"}


def duplicate_entities(report) -> int:
    """Entity pairs in one report that name one thing: a one-word person name that is
    another person's first or last name, or organisations equal but for a legal
    form or possessive ("Apple" / "Apple Computer" / "Apple Inc.")."""
    people = [_words(p.name) for p in report.participants if p.kind == "person"]
    n = 0
    for words in people:
        if len(words) == 1 and any(len(o) > 1 and words[0] in (o[0], o[-1]) for o in people):
            n += 1
    orgs = {}
    for p in report.participants:
        if p.kind in ("organization", "other"):
            core = tuple(w for w in _words(p.name) if w not in _LEGAL)
            orgs.setdefault(core, set()).add(_norm(p.name))
    n += sum(len(names) - 1 for names in orgs.values() if len(names) > 1)
    return n


def _add(totals: dict[str, int], counts: dict[str, int]) -> None:
    """Counts summed into running totals (documents, gold parts, folders)."""
    for k, v in counts.items():
        totals[k] = totals.get(k, 0) + v


def score_wikinews_gold(corpus: Path, db: Path, gold_path: Path, errors: dict | None = None) -> dict:
    """Scores per set ('dev', 'test') of the reports already ingested into `db`
    (matched to the gold by file name). Misses of 'dev' documents go to
    `errors` (file -> lines) if given; held-out documents never show theirs."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    import sqlite3

    conn = sqlite3.connect(db)
    ids = {Path(p or "").name: rid for rid, p in conn.execute("SELECT id, path FROM reports")}
    conn.close()
    store = Store(db)
    totals: dict[str, dict[str, int]] = {}
    for info in gold["documents"].values():
        rid = ids.get(info["file"])
        if rid is None:
            continue
        report = store.report(rid)
        mine = [] if errors is not None and info["set"] == "dev" else None
        counts = score_annotated(report, info, mine)
        if mine:
            errors[info["file"]] = mine
        counts["duplicates"] = duplicate_entities(report)
        _add(totals.setdefault(info["set"], {}), counts)
    store.close()
    return totals


# -- Reports with hand-written gold ------------------------------------------------


def _claimant_ok(shown: str, wanted: list[str]) -> bool:
    return any(_norm(w) in _norm(shown) for w in wanted)


def _variants_of(g: dict, participants) -> list:
    """Entities of the gold entity's kind whose name is its name or a part of it,
    possessive and legal form aside ("Joly", "Canada's", "Apple Inc."). A longer
    name that merely contains it ("South China Sea", "Korea-Canada dialogue") is
    another thing, not a duplicate."""

    def core(text):
        return [w.removesuffix("'s") for w in _words(text) if w not in _LEGAL]

    name = core(g["name"])
    return [
        p for p in participants
        if p.kind == g["kind"] and (words := core(p.name))
        and any(words == name[i:i + len(words)] for i in range(len(name)))
    ]


def score_report(report, gold: dict) -> dict:
    """Scores of one stored report against its gold, as counts."""
    s = {k: 0 for k in ("people", "people_ok", "countries", "countries_ok", "duplicates",
                        "claims", "claims_ok", "events", "events_ok", "dates", "dates_ok")}
    parts = {_norm(p.name): p for p in report.participants}
    for g in gold["participants"]:
        p = parts.get(_norm(g["name"]))
        if g["kind"] == "person":
            s["people"] += 1
            if p and _norm(p.role) == _norm(g["role"]) and (
                g["affiliation"] is None or _norm(p.affiliation) == _norm(g["affiliation"])
            ):
                s["people_ok"] += 1
        else:
            s["countries"] += 1
            if p and p.kind == g["kind"]:
                s["countries_ok"] += 1
    for g in gold["participants"]:
        s["duplicates"] += max(0, len(_variants_of(g, report.participants)) - 1)
    used = set()
    for g in gold["claims"]:
        s["claims"] += 1
        for c in report.claims:
            if c.id in used:
                continue
            if _norm(g["cue"]) in _norm(c.cue) and _norm(g["text"]) in _norm(c.text) and _claimant_ok(c.claimant, g["claimant"]):
                used.add(c.id)
                s["claims_ok"] += 1
                break
    for g in gold["events"]:
        s["events"] += 1
        for e in report.events:
            if (
                e.kind in g["kind"]
                and _norm(g["summary"]) in _norm(e.summary)
                and e.date == g["date"]
                and e.precision == g["precision"]
                and bool(e.planned) == g["planned"]
                and (g["place"] is None or _norm(e.place) == _norm(g["place"]))
            ):
                s["events_ok"] += 1
                break
    found = list(report.dates)
    for g in gold["dates"]:
        s["dates"] += 1
        for d in found:
            if _norm(d.text) == _norm(g["text"]) or _norm(g["text"]) in _norm(d.text):
                if d.value == g["value"] and d.precision == g["precision"]:
                    s["dates_ok"] += 1
                found.remove(d)
                break
    return s


def score_gold_reports(docs: list[tuple[str, dict]], db: Path, extract: Callable | None) -> dict:
    """Ingest (body, gold) pairs as .txt files dated by their gold and score them."""
    totals: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, (body, gold) in enumerate(docs):
            path = Path(tmp) / f"report-{n}.txt"
            path.write_text(body, encoding="utf-8")
            ingest([path], db, Defaults(published=gold["date"]), extract=extract)
    import sqlite3

    conn = sqlite3.connect(db)
    ids = {Path(p).name: rid for rid, p in conn.execute("SELECT id, path FROM reports")}
    conn.close()
    store = Store(db)
    for n, (_body, gold) in enumerate(docs):
        report = store.report(ids[f"report-{n}.txt"])
        _add(totals, score_report(report, gold))
    store.close()
    return totals


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}% ({num}/{den})" if den else "   n/a"


UNSEEN = FIXTURES / "unseen-news"

# Result key -> folders under tests/fixtures/unseen-news (development, held out).
# Round 16 added a second pair and a third development folder, each annotated
# before any extractor run, so that their first figures measure unseen news.
UNSEEN_SETS = {"unseen_news": ("dev", "test"), "unseen_news_2": ("dev2", "test2"), "unseen_news_3": ("dev3",)}


def unseen_gold_files(name: str) -> list[Path]:
    """unseen-news-gold-NAME.json and its parts, unseen-news-gold-NAME-*.json
    (annotators working at once each write their own part)."""
    whole = FIXTURES / f"unseen-news-gold-{name}.json"
    return ([whole] if whole.is_file() else []) + sorted(FIXTURES.glob(f"unseen-news-gold-{name}-*.json"))


def score_unseen_news(db: Path, extract: Callable | None, errors: dict | None = None,
                      folders: tuple[str, ...] = ("dev", "test")) -> dict:
    """Real Wikinews articles on other topics (tests/fixtures/unseen-news): each
    folder's documents are scored into the set their gold names ('dev' may be
    tuned on; 'test' is held out)."""
    totals: dict[str, dict[str, int]] = {}
    for name in folders:
        golds = unseen_gold_files(name)
        if not golds or not (UNSEEN / name).is_dir():
            continue
        path = db.with_name(f"unseen-{name}.db")
        ingest([UNSEEN / name], path, Defaults(), extract=extract)
        for gold in golds:
            for key, counts in score_wikinews_gold(UNSEEN / name, path, gold, errors).items():
                _add(totals.setdefault(key, {}), counts)
    return totals


def run(corpus: Path, extract: Callable | None = None, errors: dict | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        timelines = score_timelines(corpus, Path(tmp) / "corpus.db", extract)
        annotated = score_wikinews_gold(
            corpus, Path(tmp) / "corpus.db", FIXTURES / "wikinews-gold-dates-claims.json", errors
        )
        unseen_news = {
            key: score_unseen_news(Path(tmp) / "unseen.db", extract, errors, folders)
            for key, folders in UNSEEN_SETS.items()
        }
        seed_gold = json.loads((FIXTURES / "seed-gold.json").read_text())
        seed = score_gold_reports(
            [((FIXTURES / "seed-report.txt").read_text(encoding="utf-8"), seed_gold)],
            Path(tmp) / "seed.db",
            extract,
        )
        unseen_gold = json.loads((FIXTURES / "unseen-gold.json").read_text())
        unseen = score_gold_reports(
            [(d["body"], d) for d in unseen_gold["documents"]], Path(tmp) / "unseen.db", extract
        )
    return {"timelines": timelines, "annotated": annotated, **unseen_news, "seed": seed, "unseen": unseen}


def table(result: dict, blind: bool = False) -> str:
    lines = ["Wikinews timelines (gold-timelines.json)",
             f"  {'target':22} {'gold pairs':>10} {'recall':>8} {'dates found':>11} {'right':>8} {'doc recall':>10}"]
    for r in result["timelines"]:
        f = lambda v: f"{100 * v:7.1f}%" if v is not None else "     n/a"  # noqa: E731
        lines.append(
            f"  {r['target']:22} {r['gold_pairs']:>10} {f(r['recall'])} {r['found_dates']:>11} {f(r['right'])} "
            f"{f(r['doc_recall']) if r['doc_recall'] is not None else '':>10}"
        )
    lines.append("")
    lines.append(f"  {'gold reports':22} {'seed report':>22} {'unseen-style paragraphs':>26}")
    for label, num, den in (
        ("people: role+affil.", "people_ok", "people"),
        ("countries once", "countries_ok", "countries"),
        ("claims w/ claimant", "claims_ok", "claims"),
        ("events (date,place,pl.)", "events_ok", "events"),
        ("dates right value+prec", "dates_ok", "dates"),
    ):
        lines.append(
            f"  {label:22} {_pct(result['seed'][num], result['seed'][den]):>22} "
            f"{_pct(result['unseen'][num], result['unseen'][den]):>26}"
        )
    lines.append(
        f"  {'duplicate entities':22} {result['seed']['duplicates']:>22} {result['unseen']['duplicates']:>26}"
    )
    for key, heading in (("annotated", "Wikinews Apple, hand gold"), ("unseen_news", "Wikinews other topics"),
                         ("unseen_news_2", "Other topics, round 16"),
                         ("unseen_news_3", "Other topics, round 16b")):
        ann = result.get(key) or {}
        if ann:
            lines.extend(_hand_gold_rows(heading, ann, blind))
    return "\n".join(lines)


def _hand_gold_rows(heading: str, ann: dict, blind: bool = False) -> list[str]:
    """blind: the held-out column reads 'hidden', so tuning sees the development set only."""
    lines = []
    if ann:
        dev, test = ann.get("dev", {}), ({} if blind else ann.get("test", {}))
        lines.append("")
        lines.append(f"  {heading:26} {'dev (tuned on)':>18} {'test (held out)':>26}")
        for label, num, den in (
            ("dates right value+prec", "dates_ok", "dates"),
            ("dates found (span)", "dates_found", "dates"),
            ("claims w/ right claimant", "claims_ok", "claims"),
            ("claims found (cue)", "claims_found", "claims"),
            ("claimant right | found", "claims_ok", "claims_found"),
            ("titled persons: role", "roles_ok", "roles"),
            ("... affiliation", "affils_ok", "affils"),
        ):
            held = "hidden" if blind else _pct(test.get(num, 0), test.get(den, 0))
            lines.append(f"  {label:26} {_pct(dev.get(num, 0), dev.get(den, 0)):>18} {held:>26}")
        for label, key in (("dates not in gold", "dates_extra"), ("claims not in gold", "claims_extra"),
                           ("duplicate entities", "duplicates")):
            held = "hidden" if blind else test.get(key, 0)
            lines.append(f"  {label:26} {dev.get(key, 0):>18} {held:>26}")
    return lines


def _load_extractor(spec: str | None) -> Callable | None:
    if not spec:
        return None
    import importlib
    import importlib.util

    if ":" in spec and spec.split(":")[0].endswith(".py"):
        path, func = spec.split(":")
        module_spec = importlib.util.spec_from_file_location("baseline_extractor", path)
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        return getattr(module, func)
    module, func = spec.split(":")
    return getattr(importlib.import_module(module), func)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing_tui.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(FIXTURES / "wikinews-apple"))
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--extractor",
        help="MODULE:FUNC or FILE.py:FUNC to score instead of briefing_tui.extract.extract_reports "
        "(e.g. an earlier version, for a before/after table)",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="also list each miss of the development documents (held-out test documents never show theirs)",
    )
    parser.add_argument(
        "--blind",
        action="store_true",
        help="hide the held-out test column (and drop it from --json), for tuning rounds",
    )
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not (corpus / "gold-timelines.json").is_file():
        print(f"error: {corpus}/gold-timelines.json not found", file=sys.stderr)
        return 2
    errors: dict[str, list[str]] | None = {} if args.errors else None
    result = run(corpus, _load_extractor(args.extractor), errors)
    if errors:
        for name, lines in errors.items():
            print(f"== {name}")
            print("\n".join(f"  {line}" for line in lines))
        print()
    if args.blind:
        for key in ("annotated", *UNSEEN_SETS):
            if result.get(key):
                result[key] = {k: v for k, v in result[key].items() if k != "test"}
    print(json.dumps(result, indent=2) if args.json else table(result, args.blind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
