"""Where a command may write: one guard, `check_output`, for every file or folder we write.

Nothing is ever lost: an output never lands on one of the inputs (``profile a.txt --csv a.txt``
would replace the article with the table), never inside a committed folder of the repository
(`COMMITTED_DIRS`: raw data, the package, notebooks, tests ...; the seed's own ``make report``
writes ``figures/``, ``reports/`` and ``results/`` by design and does not pass through here),
and a report folder is not written over an earlier report unless the caller says so
(``--overwrite``). The folder must exist (for a file) and be writable; every refusal is an
`OutputPathError` whose message says what to do instead.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from . import paths
from .errors import OutputPathError, printable

__all__ = ["COMMITTED_DIRS", "COMMITTED_FILES", "check_output"]

#: Repository folders no output may land in (nor anywhere inside them).
COMMITTED_DIRS: tuple[str, ...] = (".ci", ".git", ".venv", "analysis", "benchmarks", "data",
                                   "figures", "notebooks", "reports", "results", "scripts",
                                   "tests")
#: Files at the repository's top that no output may replace.
COMMITTED_FILES: tuple[str, ...] = (".gitignore", "Makefile", "README.md", "pyproject.toml",
                                    "requirements.txt")


def _resolve(p: Path, shown: str) -> Path:
    try:
        return p.expanduser().resolve()
    except OSError as exc:  # a symlink loop, a name too long
        raise OutputPathError(f"{shown}: cannot be used as an output ({exc.strerror}); "
                              "choose another path.") from None
    except RuntimeError:  # Python < 3.13 reports a symlink loop this way
        raise OutputPathError(f"{shown}: a symbolic link loop; choose another path.") from None


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)  # hard links too
    except OSError:
        return False


def _writable_folder(folder: Path, shown: str) -> None:
    """The nearest existing folder at or above ``folder`` must be writable."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputPathError(f"{shown}: cannot write there: {printable(str(probe))} is "
                              "read-only or not yours; choose a writable folder.")


def check_output(path: str | Path, *, inputs: Iterable[str | Path] = (), folder: bool = False,
                 overwrite: bool = False, committed: Path | None = None) -> Path:
    """Check that ``path`` may be written; return it resolved (absolute, links followed).

    ``inputs``: the files the command reads (an output may not be one of them, nor, for a
    folder, contain one). ``folder``: the output is a folder of several files (a report); it
    may be new or empty, and one that already holds files is refused unless ``overwrite``.
    For a file, its folder must exist. ``committed``: the one committed file this command
    regenerates on purpose (``evaluate --write-reference`` with no name), allowed.
    Raises `OutputPathError`.
    """
    shown = printable(str(path))
    if len(os.fsencode(str(path))) > 4000 or any(
            len(os.fsencode(part)) > 255 for part in Path(path).parts):
        raise OutputPathError(f"{shown[:80]}...: the name is too long for the system (the "
                              "usual limit is 255 bytes a name); choose a shorter path.")
    out = _resolve(Path(path), shown)
    root = paths.ROOT.resolve()
    deliberate = committed is not None and out == committed.resolve()
    for name in () if deliberate else COMMITTED_DIRS:
        committed = root / name
        if _inside(out, committed):
            raise OutputPathError(
                f"{shown}: is inside the repository's {name}/ folder, which holds committed "
                "files; writing there could replace them: choose a new folder outside it, "
                "e.g. out/essay.")
    if out == root or (out.parent == root and out.name in COMMITTED_FILES):
        raise OutputPathError(f"{shown}: writing there would mix this run with the "
                              "repository's own files; choose a new folder, e.g. out/essay.")
    for item in inputs:
        src = _resolve(Path(item), printable(str(item)))
        if src == out or _same_file(src, out):
            raise OutputPathError(f"{shown}: is one of the inputs; writing it would replace "
                                  "the article. Choose another output name.")
        if folder and _inside(src, out):
            raise OutputPathError(f"{shown}: holds the input {printable(str(item))}; a report "
                                  "there could overwrite it. Choose another folder.")
    if folder:
        if out.exists() and not out.is_dir():
            raise OutputPathError(f"{shown}: the output folder is an existing file; choose a "
                                  "folder, e.g. --out out/essay")
        if out.is_dir() and not overwrite and any(out.iterdir()):
            raise OutputPathError(f"{shown}: already holds files (an earlier report?); pass "
                                  "--overwrite to replace them, or choose a new folder.")
        _writable_folder(out, shown)
        return out
    if out.is_dir():
        raise OutputPathError(f"{shown}: is a folder; give a file name, e.g. {shown}/table.csv")
    if not out.parent.is_dir():
        raise OutputPathError(f"{shown}: its folder {printable(str(out.parent))} does not "
                              "exist; create it first (mkdir -p) or choose another path.")
    if out.exists() and not os.access(out, os.W_OK):
        raise OutputPathError(f"{shown}: the file is read-only; choose another name.")
    _writable_folder(out.parent, shown)
    return out


def write_error(path: str | Path, exc: OSError) -> OutputPathError:
    """An `OutputPathError` for a write that failed anyway (disk full, a race)."""
    why = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
    return OutputPathError(f"{printable(str(path))}: could not be written ({why}).")
