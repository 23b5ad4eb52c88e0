"""Ingest throughput of the real pipeline beside spaCy's own nlp.pipe on the same texts.

    python tests/bench/extract_speed.py [--reports N] [--processes P] [--json]

Texts: the Wikinews corpus and the seed report, cycled to N reports and each
padded to about 500 words with other corpus paragraphs (each text is unique, so
the content-hash dedupe never skips one). Measured in one run, in this order:
1. spaCy alone: nlp.pipe over the texts in one process (the baseline), and
   with n_process=P (spaCy's own multiprocessing);
2. full ingest: briefing_tui.ingest.pipeline.ingest of the texts as .txt files
   into a new SQLite database (reading, dedupe, extraction, writing), including
   the start of the worker pool's fork server (one spaCy load);
3. extraction alone: briefing_tui.extract.extract_reports in batches of 64
   (the fork server is running by then).
Reports per second for each (wall clock), and ingest / spaCy ratios. The
machine is shared, so each phase also reports CPU seconds per report (this
process and its worker processes): a figure other processes' load barely
moves, and 2 / (CPU s per report) is what 2 free cores would reach.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
FIXTURES = ROOT / "tests" / "fixtures"


def texts(n: int) -> list[str]:
    paragraphs = []
    sources = sorted((FIXTURES / "wikinews-apple").glob("*.md")) + [FIXTURES / "seed-report.txt"]
    for path in sources:
        body = path.read_text(encoding="utf-8")
        body = re.sub(r"(?s)^---.*?---\s*", "", body)
        paragraphs.extend(p.strip() for p in body.split("\n") if len(p.split()) > 8)
    out = []
    i = 0
    while len(out) < n:
        words, parts = 0, []
        while words < 500:
            p = paragraphs[i % len(paragraphs)]
            parts.append(p)
            words += len(p.split())
            i += 1
        out.append(f"Report {len(out)}.\n\n" + "\n\n".join(parts))
    return out


def cpu() -> float:
    """CPU seconds of this process, its finished children and every live descendant.

    Live descendants are read from /proc: the extraction workers are children of
    multiprocessing's fork server, not of this process, so getrusage alone
    would miss them. Call it before a pool shuts down.
    """
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    parent: dict[int, int] = {}
    ticks: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        parent[pid] = int(fields[1])
        ticks[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    mine = {os.getpid()}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parent.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                grew = True
    return total + sum(ticks[pid] for pid in mine if pid != os.getpid())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ["BRIEFING_EXTRACT_PROCESSES"] = str(args.processes)

    from briefing_tui.extract import extract_reports, nlp as nlp_loader, workers
    from briefing_tui.ingest.pipeline import BATCH, ingest
    from briefing_tui.ingest.readers import Defaults
    from briefing_tui.records import ReportInput

    corpus = texts(args.reports)
    words = sum(len(t.split()) for t in corpus)
    nlp = nlp_loader.load()
    nlp(corpus[0])  # warm up

    t, c = time.perf_counter(), cpu()
    for _ in nlp.pipe(corpus, batch_size=16):
        pass
    spacy_1, spacy_1_cpu = time.perf_counter() - t, cpu() - c

    t, c = time.perf_counter(), cpu()
    for _ in nlp.pipe(corpus, batch_size=16, n_process=args.processes):
        pass
    spacy_n, spacy_n_cpu = time.perf_counter() - t, cpu() - c

    reports = [ReportInput(f"r{i}", body, "2024-11-02") for i, body in enumerate(corpus)]
    workers.shutdown()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        for i, body in enumerate(corpus):
            (folder / f"{i:05d}.txt").write_text(body, encoding="utf-8")
        db = Path(tmp) / "bench.db"
        t, c = time.perf_counter(), cpu()
        result = ingest([folder], db, Defaults(published="2024-11-02"))
        ingest_s, ingest_cpu = time.perf_counter() - t, cpu() - c
        workers.shutdown()
        size = db.stat().st_size
        assert result.added == len(corpus), (result.added, result.problems[:3])

    t, c = time.perf_counter(), cpu()
    for i in range(0, len(reports), BATCH):
        extract_reports(reports[i : i + BATCH])
    extract_s, extract_cpu = time.perf_counter() - t, cpu() - c
    workers.shutdown()

    n = len(corpus)
    figures = {
        "reports": n,
        "words_per_report": round(words / n),
        "processes": args.processes,
        "cpus": os.cpu_count(),
        "spacy_pipe_1proc_reports_per_s": round(n / spacy_1, 2),
        f"spacy_pipe_{args.processes}proc_reports_per_s": round(n / spacy_n, 2),
        "extract_reports_per_s": round(n / extract_s, 2),
        "ingest_reports_per_s": round(n / ingest_s, 2),
        "ingest_vs_spacy_1proc": round(ingest_s / spacy_1, 2),
        f"ingest_vs_spacy_{args.processes}proc": round(ingest_s / spacy_n, 2),
        "db_bytes_per_report": round(size / n),
        "cpu_ms_per_report": {
            "spacy_pipe_1proc": round(1000 * spacy_1_cpu / n, 1),
            f"spacy_pipe_{args.processes}proc": round(1000 * spacy_n_cpu / n, 1),
            "extract_reports": round(1000 * extract_cpu / n, 1),
            "ingest": round(1000 * ingest_cpu / n, 1),
        },
        "ingest_cpu_vs_spacy_1proc_cpu": round(ingest_cpu / spacy_1_cpu, 2),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "note": "worker start-up (the fork server loading spaCy once, forking the workers) is inside the extract and ingest figures",
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{n} reports of ~{figures['words_per_report']} words, {args.processes} processes, {os.cpu_count()} CPUs")
        print(f"  spaCy nlp.pipe, 1 process         {figures['spacy_pipe_1proc_reports_per_s']:8.1f} reports/s")
        print(f"  spaCy nlp.pipe, {args.processes} processes       {n / spacy_n:8.1f} reports/s")
        print(f"  extract_reports (batches of {BATCH})  {figures['extract_reports_per_s']:8.1f} reports/s")
        print(f"  full ingest into SQLite           {figures['ingest_reports_per_s']:8.1f} reports/s")
        print(f"  ingest time / nlp.pipe 1 process  {figures['ingest_vs_spacy_1proc']:8.2f}x")
        print(f"  ingest time / nlp.pipe {args.processes} processes {figures[f'ingest_vs_spacy_{args.processes}proc']:8.2f}x")
        print(f"  database size per report          {figures['db_bytes_per_report']:8d} bytes")
        cpu_ms = figures["cpu_ms_per_report"]
        print("  CPU per report (this process + workers; load-independent):")
        for label, key in (("spaCy nlp.pipe, 1 process", "spacy_pipe_1proc"),
                           (f"spaCy nlp.pipe, {args.processes} processes", f"spacy_pipe_{args.processes}proc"),
                           ("extract_reports", "extract_reports"), ("full ingest", "ingest")):
            ms = cpu_ms[key]
            print(f"    {label:32} {ms:7.1f} ms   (2 free cores: {2000 / ms if ms else 0:5.1f} reports/s)")
        print(f"  ingest CPU / nlp.pipe CPU          {figures['ingest_cpu_vs_spacy_1proc_cpu']:8.2f}x")
        print(f"  load average during the run        {figures['load_average_1min']:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
