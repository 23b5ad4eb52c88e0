"""Running extraction in this process or in a pool of worker processes.

spaCy's own `nlp.pipe(n_process=N)` starts and stops its processes on every
call, which costs seconds per ingest batch; here a pool is started once per
ingest (lazily, only for batches big enough to pay for it), forked from a
fork server that has loaded the pipeline once (preload.py), and fed tasks of
a few reports so the workers finish a batch together. That load is the serial
part of an ingest's start (tests/bench/extract_speed.py prints its phases), so
ingest has it begin (prestart) before reading its first batch. BRIEFING_EXTRACT_PROCESSES
sets the number of processes (default: the CPUs this process may use, at most
4; 1 = in-process).
"""

from __future__ import annotations

import atexit
import os
from concurrent.futures import ProcessPoolExecutor

from briefing_tui.extract.trace import stamp
from briefing_tui.records import Extraction, ReportInput

ENV_VAR = "BRIEFING_EXTRACT_PROCESSES"
MIN_PARALLEL_BATCH = 16  # smaller batches run in-process: a worker's start costs ~2 s
PIPE_BATCH = 16  # nlp.pipe batch: 8-64 cost the same CPU per report here; 16 keeps memory low
CHUNK = 8  # reports per task sent to a worker: small enough that both workers finish together

_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_server_started = False  # prestart() had the fork server load the pipeline


def processes() -> int:
    raw = os.environ.get(ENV_VAR, "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            pass
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4))


def extract_local(reports: list[ReportInput]) -> list[Extraction]:
    """Parse with nlp.pipe in this process, then apply the rules to each doc."""
    from briefing_tui.extract import nlp as nlp_loader
    from briefing_tui.extract.lines import unwrap
    from briefing_tui.extract.pipeline import extract_doc

    nlp = nlp_loader.load()
    docs = nlp.pipe((unwrap(r.body) for r in reports), batch_size=PIPE_BATCH)
    out = [extract_doc(doc, r.published) for doc, r in zip(docs, reports)]
    stamp(f"task of {len(reports)} done")
    return out


def _watch(owner: int) -> None:
    """Exit when the ingesting process is gone. Killed with SIGKILL, it cannot shut
    its pool down, and the workers (children of the fork server, not of it) would
    otherwise wait for tasks for ever, each holding a spaCy pipeline in memory."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(owner, 0)
            except ProcessLookupError:
                os._exit(0)
            except OSError:
                pass

    threading.Thread(target=watch, name="owner-watch", daemon=True).start()


def _warm(owner: int | None = None) -> None:
    stamp("worker: started")
    if owner is not None:
        _watch(owner)
    # One BLAS thread per worker: the workers already fill the cores, and idle
    # BLAS threads spinning beside them only cost CPU. Set before numpy loads.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from briefing_tui.extract import nlp as nlp_loader
    from briefing_tui.extract.gazetteer import gazetteer

    try:
        nlp_loader.load()
    except nlp_loader.ModelError:
        # Stay up: each task then raises the ModelError itself, and the caller
        # gets its one clear line instead of a broken pool for every report.
        return
    gazetteer()
    stamp("worker: warm")


def _context():
    import multiprocessing

    # Not plain fork: the parent may hold threads (sqlite, the app). A fork
    # server is a fresh process that loads the pipeline once (preload.py);
    # workers forked from it start with the model in memory. Where there is
    # no fork server, spawn, and each worker loads the model itself.
    try:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["briefing_tui.extract.preload"])
    except ValueError:  # pragma: no cover - not POSIX
        ctx = multiprocessing.get_context("spawn")
    return ctx


def prestart() -> None:
    """Have the fork server start loading the pipeline now and return at once.

    Its load (about 1.3 s of one core: importing spaCy, loading the model, the
    warm-up) is the part of an ingest's start nothing can run beside; started
    here, it overlaps whatever the caller does before its first batch is ready
    (opening the database, walking folders, reading and hashing files). Later
    batches of any size then go to the pool, so this process never loads spaCy
    as well."""
    global _server_started
    if _server_started or processes() <= 1:
        return
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
        _server_started = True
        stamp("fork server started")


def _get_pool(size: int) -> ProcessPoolExecutor:
    global _pool, _pool_size
    if _pool is None or _pool_size != size:
        shutdown()
        ctx = _context()
        _pool = ProcessPoolExecutor(size, mp_context=ctx, initializer=_warm, initargs=(os.getpid(),))
        _pool_size = size
        stamp("pool created")
    return _pool


def shutdown() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None


atexit.register(shutdown)


class Pending:
    """The extractions of one batch, under way in the pool (or, for a small batch
    or one process, done in this process when first asked for)."""

    def __init__(self, reports: list[ReportInput], chunks: list | None = None, futures: list | None = None) -> None:
        self._reports = reports
        self._chunks = chunks
        self._futures = futures

    def parts(self):
        """(reports, get) for each task in order; get() waits for that task's
        extractions alone, so the caller can store the first reports of a batch
        while the workers still parse the last."""
        if self._futures is None:
            yield self._reports, lambda: extract_local(self._reports)
            return
        for chunk, future in zip(self._chunks, self._futures):
            yield chunk, future.result

    def result(self) -> list[Extraction]:
        out: list[Extraction] = []
        for _, get in self.parts():
            out.extend(get())
        return out

    def cancel(self) -> None:
        for future in self._futures or ():
            future.cancel()


def submit(reports: list[ReportInput]) -> Pending:
    """Start extracting `reports` and return at once: the caller can read and
    write other batches while the workers parse this one."""
    n = processes()
    if n <= 1 or len(reports) < MIN_PARALLEL_BATCH and not _server_started and (_pool is None or _pool_size != n):
        # A small batch is not worth starting a pool for; once one runs (or the
        # fork server was started early), even the last few reports of an ingest
        # go to it (this process never loads spaCy).
        return Pending(reports)
    pool = _get_pool(n)
    stamp(f"submit {len(reports)}")
    size = max(1, min(CHUNK, -(-len(reports) // n)))
    chunks = [reports[i : i + size] for i in range(0, len(reports), size)]
    return Pending(reports, chunks, [pool.submit(extract_local, chunk) for chunk in chunks])


def extract(reports: list[ReportInput]) -> list[Extraction]:
    return submit(reports).result()
