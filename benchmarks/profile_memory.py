"""What holds memory at the full profile's peak: tracemalloc snapshots at each new high.

    .venv/bin/python benchmarks/profile_memory.py [--warm 3] [--top 25] [--frames 1]

Profiles ``--warm`` 200,000-word PolNeAR texts first (as `profile_vs_textstat.py` does in its
timed repeats, so caches such as the tagger's memo of new forms are in the same state), then
profiles the next text under `tracemalloc` while a thread takes a snapshot each time the
traced memory passes its previous high by 3%. Prints the peak, the stack where the last
snapshot was taken, and the largest holders in that snapshot by line (or by traceback with
``--frames`` > 1). Not a timing: the sampling thread slows the profile down.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import tracemalloc
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import profile_vs_textstat as bench  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--warm", type=int, default=3)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--frames", type=int, default=1)
    args = ap.parse_args()
    from analysis.resources import ensure_nltk_cmudict

    ensure_nltk_cmudict()
    bench.ours(bench.text_for(1000, 5000, False)[0], "warm")
    for r in range(args.warm):
        bench.ours(bench.text_for(r, args.words, False)[0], f"warm{r}")
    text, _ = bench.text_for(args.warm, args.words, False)
    n = len(text.split())
    best: list = [0, None, ""]
    done = threading.Event()
    main_id = threading.get_ident()

    def poll() -> None:
        while not done.is_set():
            cur, _ = tracemalloc.get_traced_memory()
            if cur > best[0] * 1.03:
                best[1] = tracemalloc.take_snapshot()
                best[0] = cur
                frame, stack = sys._current_frames().get(main_id), []
                while frame is not None and len(stack) < 8:
                    stack.append(f"{Path(frame.f_code.co_filename).name}:"
                                 f"{frame.f_code.co_name}:{frame.f_lineno}")
                    frame = frame.f_back
                best[2] = " < ".join(stack)
            time.sleep(0.02)

    tracemalloc.start(args.frames)
    th = threading.Thread(target=poll)
    th.start()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bench.ours(text, "memory")
    done.set()
    th.join()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak {peak / 2**20:.1f} MiB for {n:,} words = {peak / 1024 / n:.3f} KB/word; "
          f"last snapshot at {best[0] / 2**20:.1f} MiB in {best[2]}")
    if best[1] is None:
        return
    snap = best[1].filter_traces([tracemalloc.Filter(False, tracemalloc.__file__),
                                  tracemalloc.Filter(False, threading.__file__)])
    key = "traceback" if args.frames > 1 else "lineno"
    for st in snap.statistics(key)[:args.top]:
        where = "\n      ".join(st.traceback.format()[-2 * args.frames:])
        print(f"{st.size / 2**20:7.2f} MiB {st.count:8d}  {where}")


if __name__ == "__main__":
    main()
