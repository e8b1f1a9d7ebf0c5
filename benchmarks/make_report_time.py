"""Benchmark (b): wall time of ``make report`` (every notebook executed, HTML written).

    .venv/bin/python benchmarks/make_report_time.py [--runs 1] [--keep] [--commit REV]

Runs ``make report`` in a fresh ``git clone`` of this repository (HEAD, or ``--commit REV``
for a before/after comparison; uncommitted changes are not included), so the committed
reports/, figures/ and results/ here are never touched.
The clone reuses this checkout's installed dependencies instead of installing again (we time
the report, not pip): its ``.venv`` is a bare venv whose site-packages points at ours and at
the clone itself, with the install stamp in place so make skips the install step. Target
(issue 15): at most 25 s on a 2-core machine. Prints make's per-notebook lines, the total
wall time and the CPU time of make and everything it ran (``RUSAGE_CHILDREN``: the report's
process, every kernel, the README update), which does not depend on the machine's load the way
wall time does: on an idle 2-core machine the run takes at least CPU / 2.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from profile_vs_textstat import machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def prepare(clone: Path, commit: str | None = None) -> None:
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    if commit:
        rev = subprocess.run(["git", "rev-parse", commit], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.strip()
        subprocess.run(["git", "checkout", "--quiet", rev], cwd=clone, check=True)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(clone / ".venv")],
                   check=True)
    ours = Path(sysconfig.get_paths()["purelib"])  # this venv's site-packages
    py = f"python{sys.version_info.major}.{sys.version_info.minor}"
    site = clone / ".venv" / "lib" / py / "site-packages"
    # The clone's own package first, then our installed dependencies (no editable finder).
    (site / "zz_benchmark.pth").write_text(f"{clone}\n{ours}\n", encoding="utf-8")
    (clone / ".venv" / ".installed").touch()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--commit", default=None, help="the commit to time (default: HEAD)")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    base = Path(tempfile.mkdtemp(prefix="make-report-bench-"))
    clone = base / "clone"
    try:
        prepare(clone, args.commit)
        # nbconvert templates and kernelspecs live in our venv's share/jupyter.
        env = dict(os.environ, JUPYTER_PATH=str(Path(sys.prefix) / "share" / "jupyter"))
        env.pop("PYTHONPATH", None)  # the clone's kernels must import the clone's package
        check = subprocess.run([str(clone / ".venv" / "bin" / "python"), "-c",
                                "import analysis, sys; print(analysis.__file__)"],
                               capture_output=True, text=True, check=True, cwd=base, env=env)
        print(f"clone imports {check.stdout.strip()}")
        times = []
        for r in range(args.runs):
            load = os.getloadavg()[0]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            proc = subprocess.run(["make", "report"], cwd=clone, capture_output=True, text=True,
                                  env=env)
            times.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            for line in (proc.stdout + proc.stderr).splitlines():
                if "IPKernelApp" not in line:
                    print("   ", line)
            if proc.returncode != 0:
                raise SystemExit(f"make report failed ({proc.returncode})")
            print(f"run {r}: make report {times[-1]:.1f} s wall (target <= 25 s), {cpu:.1f} s "
                  f"CPU (make and its children), load {load:.1f} at start, "
                  f"{os.getloadavg()[0]:.1f} at end")
        print(f"best {min(times):.1f} s, worst {max(times):.1f} s")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
