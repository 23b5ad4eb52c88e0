"""Imported only by the worker pool's fork server: it loads the pipeline once there.

Workers are then forked from that server with the model already in memory
(shared, copy-on-write), instead of each loading it (about a second of CPU per
worker). The server is a fresh single-threaded process, so forking it is safe
whatever threads the ingesting process holds.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

try:
    from briefing_tui.extract import nlp as _nlp_loader
    from briefing_tui.extract.gazetteer import gazetteer as _gazetteer

    _nlp_loader.load()
    _gazetteer()
except Exception:  # noqa: BLE001 - a worker then loads (and reports) it itself
    pass
