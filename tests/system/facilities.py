"""Find the outside programs these tests drive; skip on a developer machine, fail in CI.

`.ci/run` installs everything and sets BRIEFING_CI=1, so there a missing program
is a broken CI setup and must fail loudly rather than skip quietly.
"""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("BRIEFING_CI") == "1"


def missing(what: str) -> None:
    """Skip (developer machine) or fail (CI) because `what` is unavailable."""
    if IN_CI:
        pytest.fail(f"BRIEFING_CI=1 but {what}; .ci/run should have installed it", pytrace=False)
    pytest.skip(f"{what} (install it, or see README 'Offline install, SSH and terminals')")

