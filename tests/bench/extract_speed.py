"""Ingest throughput of the real pipeline beside spaCy's own nlp.pipe on the same texts.

    python tests/bench/extract_speed.py [--reports N] [--processes P] [--json]

Texts: the Wikinews corpus and the seed report, cycled to N reports and each
padded to about 500 words with other corpus paragraphs (each text is unique, so
the content-hash dedupe never skips one). Measured in one run:
1. the baseline: spaCy's English pipeline exactly as installed (spacy.load),
   nlp.pipe over the texts in one process, and with n_process=P (spaCy's own
   multiprocessing);
2. the pipeline as briefing loads it (extract/nlp.py: paragraph breaks, the
   array-based attribute ruler and lemmatizer, the entity recognizer and parser
   decoded with the GIL held, extract/decoding.py) with nlp.pipe in one
   process: spaCy's part of extraction;
3. full ingest: briefing_tui.ingest.pipeline.ingest of the texts as .txt files
   into a new SQLite database (reading, dedupe, extraction in the worker pool,
   writing, batches overlapped), including the start of the pool's fork
   server (one spaCy load): "cold";
4. the same ingest into another new database with the fork server already
   running: "warm", what a long ingest runs at once started;
5. extraction alone: briefing_tui.extract.extract_reports in batches of 64.
The cold ingest runs with BRIEFING_TRACE_STARTUP set (extract/trace.py): the
ingesting process, the fork server and the workers time-stamp each phase of
their start, printed as the cold-start table (wall seconds from the start of
the ingest, and each process's CPU seconds spent in that phase).
Briefing's pipeline does its matrix products with numpy's OpenBLAS (extract/nlp.py;
BRIEFING_SPACY_BLIS=1 runs it on thinc's BLIS like the baseline); this process is
held to one BLAS thread, as the workers are, so "1 process" means one core.
Phases 1 (one process), 2, 4 and 5 are repeated --rounds times, back to back,
and their medians reported, since the load of a shared machine moves during a
run. Reports per second for each (wall clock), and ingest / baseline ratios. The
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

# One BLAS thread in this process too (set before numpy loads), like the workers.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

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


def startup_phases(trace: Path) -> list[dict]:
    """The trace's stamps in time order: when (s after the ingest started), which
    process, and the CPU seconds that process spent since its previous stamp."""
    lines = [line.split(None, 3) for line in trace.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines.sort(key=lambda f: float(f[1]))
    start = float(lines[0][1])
    names: dict[str, str] = {}
    last_cpu: dict[str, float] = {}
    phases = []
    for pid, when, cpu_s, phase in lines:
        who = names.setdefault(pid, "ingest" if not names else ("server" if phase.startswith("server") else f"worker {len(names) - 1}"))
        # The ingesting process's CPU before its first stamp is the benchmark's own.
        spent = float(cpu_s) - last_cpu.get(pid, float(cpu_s) if who == "ingest" else 0.0)
        last_cpu[pid] = float(cpu_s)
        phases.append({"at_s": round(float(when) - start, 3), "process": who, "phase": phase, "cpu_s": round(spent, 3)})
    return phases


def cold_start(phases: list[dict]) -> list[dict]:
    """The start-up part of the trace: everything up to each worker's first task,
    the ingest's first write, and the end of the ingest."""
    out, seen_task, wrote = [], set(), False
    for p in phases:
        if p["phase"].startswith("task of"):
            if p["process"] in seen_task or p["process"] == "server":
                if p["process"] != "server":
                    continue
            seen_task.add(p["process"])
            out.append(dict(p, phase="first task done" if p["process"] != "server" else "warm-up extraction"))
        elif p["phase"].startswith("wrote"):
            if not wrote:
                out.append(dict(p, phase="first reports stored"))
            wrote = True
        elif p["phase"].startswith("submit"):
            if not any(q["phase"].startswith("submit") for q in out):
                out.append(p)
        elif p["phase"] != "server: warm-up extraction":
            out.append(p)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1, help="repeat the baseline and warm phases; medians are reported")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ["BRIEFING_EXTRACT_PROCESSES"] = str(args.processes)

    from briefing_tui.extract import extract_reports, nlp as nlp_loader, workers
    from briefing_tui.extract.trace import ENV_VAR as TRACE_VAR
    from briefing_tui.ingest.pipeline import BATCH, ingest
    from briefing_tui.ingest.readers import Defaults
    from briefing_tui.records import ReportInput

    corpus = texts(args.reports)
    words = sum(len(t.split()) for t in corpus)
    stock = nlp_loader._load(None)  # spaCy's pipeline as installed: the baseline
    nlp = nlp_loader.load()  # as briefing runs it
    stock(corpus[0])  # warm up
    nlp(corpus[0])

    def measure(run) -> tuple[float, float]:
        t, c = time.perf_counter(), cpu()
        run()
        return time.perf_counter() - t, cpu() - c

    def drain(docs) -> None:
        for _ in docs:
            pass

    reports = [ReportInput(f"r{i}", body, "2024-11-02") for i, body in enumerate(corpus)]
    spacy_n, spacy_n_cpu = measure(lambda: drain(stock.pipe(corpus, batch_size=16, n_process=args.processes)))
    workers.shutdown()
    rounds: dict[str, list[tuple[float, float]]] = {k: [] for k in ("stock", "tuned", "warm", "extract")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        for i, body in enumerate(corpus):
            (folder / f"{i:05d}.txt").write_text(body, encoding="utf-8")
        db = Path(tmp) / "bench.db"
        results = []
        trace = Path(tmp) / "startup.trace"
        os.environ[TRACE_VAR] = str(trace)  # inherited by the fork server and the workers
        ingest_s, ingest_cpu = measure(lambda: results.append(ingest([folder], db, Defaults(published="2024-11-02"))))
        workers.shutdown()
        del os.environ[TRACE_VAR]
        phases = cold_start(startup_phases(trace)) if trace.exists() else []
        size = db.stat().st_size
        assert results[-1].added == len(corpus), (results[-1].added, results[-1].problems[:3])
        # The load of a shared machine changes during a run: each round measures the
        # baseline and the pipeline back to back, and the medians are reported.
        for r in range(args.rounds):
            rounds["stock"].append(measure(lambda: drain(stock.pipe(corpus, batch_size=16))))
            rounds["tuned"].append(measure(lambda: drain(nlp.pipe(corpus, batch_size=16))))
            target = Path(tmp) / f"warm{r}.db"
            rounds["warm"].append(measure(lambda: results.append(ingest([folder], target, Defaults(published="2024-11-02")))))
            assert results[-1].added == len(corpus), (results[-1].added, results[-1].problems[:3])
            rounds["extract"].append(
                measure(lambda: [extract_reports(reports[i : i + BATCH]) for i in range(0, len(reports), BATCH)])
            )
            workers.shutdown()

    def median(key: str) -> tuple[float, float]:
        walls = sorted(w for w, _ in rounds[key])
        cpus = sorted(c for _, c in rounds[key])
        return walls[len(walls) // 2], cpus[len(cpus) // 2]

    spacy_1, spacy_1_cpu = median("stock")
    tuned_1, tuned_1_cpu = median("tuned")
    warm_s, warm_cpu = median("warm")
    extract_s, extract_cpu = median("extract")

    n = len(corpus)
    figures = {
        "reports": n,
        "words_per_report": round(words / n),
        "processes": args.processes,
        "rounds": args.rounds,
        "cpus": os.cpu_count(),
        "spacy_pipe_1proc_reports_per_s": round(n / spacy_1, 2),
        f"spacy_pipe_{args.processes}proc_reports_per_s": round(n / spacy_n, 2),
        "briefing_pipeline_1proc_reports_per_s": round(n / tuned_1, 2),
        "extract_reports_per_s": round(n / extract_s, 2),
        "ingest_reports_per_s": round(n / ingest_s, 2),
        "ingest_warm_reports_per_s": round(n / warm_s, 2),
        "ingest_vs_spacy_1proc": round(ingest_s / spacy_1, 2),
        f"ingest_vs_spacy_{args.processes}proc": round(ingest_s / spacy_n, 2),
        f"ingest_warm_vs_spacy_{args.processes}proc": round(warm_s / spacy_n, 2),
        "db_bytes_per_report": round(size / n),
        "cpu_ms_per_report": {
            "spacy_pipe_1proc": round(1000 * spacy_1_cpu / n, 1),
            f"spacy_pipe_{args.processes}proc": round(1000 * spacy_n_cpu / n, 1),
            "briefing_pipeline_1proc": round(1000 * tuned_1_cpu / n, 1),
            "extract_reports": round(1000 * extract_cpu / n, 1),
            "ingest": round(1000 * ingest_cpu / n, 1),
            "ingest_warm": round(1000 * warm_cpu / n, 1),
        },
        "ingest_cpu_vs_spacy_1proc_cpu": round(ingest_cpu / spacy_1_cpu, 2),
        "ingest_warm_cpu_vs_spacy_1proc_cpu": round(warm_cpu / spacy_1_cpu, 2),
        "cold_start": phases,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "note": "worker start-up (the fork server loading spaCy once, forking the workers) is inside the extract and ingest figures",
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{n} reports of ~{figures['words_per_report']} words, {args.processes} processes, {os.cpu_count()} CPUs")
        print(f"  spaCy nlp.pipe, 1 process         {figures['spacy_pipe_1proc_reports_per_s']:8.1f} reports/s   (stock pipeline: the baseline)")
        print(f"  spaCy nlp.pipe, {args.processes} processes       {n / spacy_n:8.1f} reports/s")
        print(f"  briefing's pipeline, 1 process    {figures['briefing_pipeline_1proc_reports_per_s']:8.1f} reports/s")
        print(f"  extract_reports (batches of {BATCH})  {figures['extract_reports_per_s']:8.1f} reports/s")
        print(f"  full ingest into SQLite (cold)    {figures['ingest_reports_per_s']:8.1f} reports/s")
        print(f"  full ingest, fork server running  {figures['ingest_warm_reports_per_s']:8.1f} reports/s")
        print(f"  ingest time / nlp.pipe 1 process  {figures['ingest_vs_spacy_1proc']:8.2f}x")
        print(f"  ingest time / nlp.pipe {args.processes} processes {figures[f'ingest_vs_spacy_{args.processes}proc']:8.2f}x"
              f"   (warm: {figures[f'ingest_warm_vs_spacy_{args.processes}proc']:.2f}x)")
        print(f"  database size per report          {figures['db_bytes_per_report']:8d} bytes")
        cpu_ms = figures["cpu_ms_per_report"]
        print("  CPU per report (this process + workers; load-independent):")
        for label, key in (("spaCy nlp.pipe, 1 process", "spacy_pipe_1proc"),
                           (f"spaCy nlp.pipe, {args.processes} processes", f"spacy_pipe_{args.processes}proc"),
                           ("briefing's pipeline, 1 process", "briefing_pipeline_1proc"),
                           ("extract_reports", "extract_reports"), ("full ingest (cold)", "ingest"),
                           ("full ingest (warm)", "ingest_warm")):
            ms = cpu_ms[key]
            print(f"    {label:32} {ms:7.1f} ms   (2 free cores: {2000 / ms if ms else 0:5.1f} reports/s)")
        print(f"  ingest CPU / nlp.pipe CPU          {figures['ingest_cpu_vs_spacy_1proc_cpu']:8.2f}x"
              f"   (warm: {figures['ingest_warm_cpu_vs_spacy_1proc_cpu']:.2f}x)")
        print(f"  load average during the run        {figures['load_average_1min']:8.2f}")
        print("  cold start (wall s from the start of the ingest; CPU s of that process in the phase):")
        for p in phases:
            print(f"    {p['at_s']:7.3f} s  {p['process']:9} {p['phase']:36} cpu {p['cpu_s']:6.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
