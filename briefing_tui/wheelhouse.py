"""Build a wheelhouse to carry briefing to a machine with no network.

Run on a connected machine, from a source checkout:

    python3 -m briefing_tui.wheelhouse wheelhouse/ --python-version 3.11

It builds briefing's own wheel and downloads a binary wheel of every dependency
(the spaCy pipeline included) for the *target's* Python version and platform,
which need not be this machine's. On the target, with no network:

    python3 -m venv venv && venv/bin/pip install --no-index --find-links wheelhouse/ briefing

Only the standard library is imported here, so this runs from a bare checkout
before anything is installed; pip does all the work.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import subprocess
import sys
from pathlib import Path

# Lowest glibc a default wheelhouse supports: 2.28 covers RHEL/Rocky 8, Debian 10,
# Ubuntu 20.04 and newer. numpy and thinc no longer publish manylinux2014 wheels.
DEFAULT_GLIBC = "2.28"
OLDEST_GLIBC_MINOR = 5  # manylinux1 == manylinux_2_5


def manylinux_platforms(glibc: str, arch: str) -> list[str]:
    """Every manylinux tag a target with this glibc accepts, newest first.

    pip's --platform does not expand manylinux_2_X to the older tags a real
    interpreter on that system would accept, so we spell them all out.
    """
    major, minor = (int(x) for x in glibc.split("."))
    if major != 2:
        raise ValueError(f"unsupported glibc version {glibc!r}")
    tags = [f"manylinux_2_{m}_{arch}" for m in range(minor, OLDEST_GLIBC_MINOR - 1, -1)]
    legacy = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}
    tags += [f"{name}_{arch}" for m, name in legacy.items() if m <= minor]
    return tags


def _checkout() -> Path | None:
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def _pip(*args: str | os.PathLike) -> None:
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", *map(str, args)]
    print("+ " + " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True)


def build(
    out: Path,
    source: Path,
    python_version: str,
    platforms: list[str],
    implementation: str = "cp",
) -> Path:
    """Fill `out` with briefing's wheel and all its dependencies; return briefing's wheel."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("briefing-*.whl"):
        old.unlink()  # never leave two versions of briefing for pip to choose from
    _pip("wheel", "--no-deps", "--wheel-dir", out, source)
    (wheel,) = out.glob("briefing-*.whl")
    target = ["--python-version", python_version, "--implementation", implementation]
    for tag in platforms:
        target += ["--platform", tag]
    _pip("download", "--dest", out, "--only-binary=:all:", *target, wheel)
    _write_manifest(out, python_version, platforms)
    return wheel


def _write_manifest(out: Path, python_version: str, platforms: list[str]) -> None:
    """SHA256SUMS to check the copy after carrying it over; INSTALL.txt says what next."""
    wheels = sorted(out.glob("*.whl"))
    sums = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in wheels]
    (out / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    (out / "INSTALL.txt").write_text(
        f"briefing wheelhouse: {len(wheels)} wheels for CPython {python_version} on "
        f"{platforms[0]} (or newer).\n\n"
        "On the target machine, with no network:\n\n"
        "  cd WHEELHOUSE && sha256sum -c SHA256SUMS\n"
        f"  python{python_version} -m venv ~/briefing-venv\n"
        "  ~/briefing-venv/bin/pip install --no-index --find-links WHEELHOUSE briefing\n"
        "  ~/briefing-venv/bin/briefing --version\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    parser = argparse.ArgumentParser(
        prog="python -m briefing_tui.wheelhouse",
        description="Build a wheelhouse of briefing and every dependency for offline install.",
        epilog="Example: python3 -m briefing_tui.wheelhouse wheelhouse/ --python-version 3.11 "
        "--glibc 2.28. Then on the target: pip install --no-index --find-links wheelhouse/ briefing",
    )
    parser.add_argument("out", type=Path, help="folder to fill with wheels (created if missing)")
    parser.add_argument("--python-version", default=here, help=f"target Python, e.g. 3.11 (default: {here})")
    parser.add_argument("--arch", default=platform.machine(), help="target CPU: x86_64 or aarch64 (default: this one)")
    parser.add_argument("--glibc", default=DEFAULT_GLIBC, help=f"target's oldest glibc (default: {DEFAULT_GLIBC})")
    parser.add_argument(
        "--platform",
        action="append",
        dest="platforms",
        help="exact pip platform tag(s) instead of --arch/--glibc, e.g. macosx_11_0_arm64; repeatable",
    )
    parser.add_argument("--source", type=Path, default=_checkout(), help="briefing source checkout (default: this one)")
    args = parser.parse_args(argv)
    if args.source is None or not (args.source / "pyproject.toml").is_file():
        parser.error("no briefing source checkout found: run from a clone or pass --source PATH")
    platforms = args.platforms or manylinux_platforms(args.glibc, args.arch)
    try:
        wheel = build(args.out, args.source, args.python_version, platforms)
    except subprocess.CalledProcessError as exc:
        print(f"briefing: wheelhouse: pip failed (exit {exc.returncode}); see its output above", file=sys.stderr)
        return 1
    count = len(list(args.out.glob("*.whl")))
    print(f"wheelhouse {args.out}: {wheel.name} and {count - 1} dependencies for CPython "
          f"{args.python_version} on {platforms[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
