"""Imported only by the worker pool's fork server: it loads the pipeline once there.

Workers are then forked from that server with the model already in memory
(shared, copy-on-write), instead of each loading it (about a second of CPU per
worker). The server is a fresh single-threaded process, so forking it is safe
whatever threads the ingesting process holds.
"""

from __future__ import annotations

import os
import time

_T0 = time.time()

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def _watch_parent() -> None:
    """The fork server ends with the process that started it, even one killed
    with SIGKILL (its workers hold the pipe that would otherwise tell it)."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


_watch_parent()

# A few lines of the kind ingested: names, a title, claims and a date only
# dateparser reads ("12/03/2021"), so the first call of every lazy part is paid
# here once, in memory the workers share, instead of in each worker's first
# task. Nearly all of it is dateparser's first parse (loading its English
# tables, about 0.15 s); a longer text here (tried: a 100-word report) costs
# more and leaves the workers nothing less to do.
_WARM_UP = (
    "Paris, 3 June 2024\n\nForeign Minister Jane Doe of France said on Monday that talks with "
    "the United Nations would resume next week, according to officials in Geneva. The ministry "
    "condemned the attack of 12/03/2021."
)

try:
    from briefing_tui.extract.trace import stamp as _stamp

    _stamp("server: started", _T0)
    import spacy  # noqa: F401

    _stamp("server: import spacy")
    from briefing_tui.extract import nlp as _nlp_loader
    from briefing_tui.extract.gazetteer import gazetteer as _gazetteer

    _nlp_loader.load()
    _stamp("server: spacy.load")
    _gazetteer()
    _stamp("server: gazetteer")
    import briefing_tui.extract.pipeline  # noqa: F401
    import dateparser  # noqa: F401

    _stamp("server: import rules, dateparser")
    from briefing_tui.extract.workers import extract_local as _extract_local
    from briefing_tui.records import ReportInput as _ReportInput

    _extract_local([_ReportInput("warm-up", _WARM_UP, "2024-06-03")])
    _stamp("server: warm-up extraction")
except Exception:  # noqa: BLE001 - a worker then loads (and reports) it itself
    pass
