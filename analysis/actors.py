"""Named actors (countries, governments, people) and where the text mentions them.

The actors come from a data file, ``analysis/lexicons/actors.csv`` (columns ``alias, actor,
type, note``): each alias is a way the text may name the actor ("Washington", "Pompeo" and
"the U.S." all name the United States). A caller analysing another article passes its own file,
a DataFrame with the same columns, or a mapping ``{actor: [alias, ...]}``.

Aliases match case-sensitively (so the pronoun "us" is never "U.S."), as whole words, longest
alias first ("the North Korean Foreign Ministry" before "North Korean").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import paths
from .article import Article
from .matching import LexiconError
from .resources import read_lexicon_csv
from .spans import Span
from .tokenize import sentences

__all__ = ["ACTOR_COLUMNS", "ActorsLike", "load_actors", "find_actors"]

ACTOR_COLUMNS: tuple[str, ...] = ("alias", "actor", "type", "note")
ActorsLike = str | Path | pd.DataFrame | Mapping[str, Sequence[str]] | None


@lru_cache(maxsize=8)
def _read(path: str) -> pd.DataFrame:
    """The checked table of an actor file, read once per process (callers get a copy)."""
    p = Path(path)
    if not p.is_file():
        raise LexiconError(f"actor file {p} not found; give a CSV with columns alias, actor")
    try:
        rows = read_lexicon_csv(p, ("alias", "actor"))
    except ValueError as exc:
        raise LexiconError(f"actor file {exc}; required columns: alias, actor") from None
    return _checked(pd.DataFrame(rows, columns=list(rows[0]) if rows else ["alias", "actor"]))


def load_actors(actors: ActorsLike = None) -> pd.DataFrame:
    """The actor table: one row per alias (``alias, actor, type, note``).

    ``None`` reads the packaged ``actors.csv``; a path reads that CSV; a DataFrame is checked;
    a mapping ``{actor: [aliases]}`` is expanded (each actor is also its own alias).
    Raises `analysis.matching.LexiconError` (an ``ArticleError``) on a missing file, a missing
    column or an empty alias or actor.
    """
    # A file's table is checked once per process (`_read`); the profile loads the packaged
    # one for every article, and checking it (fillna, astype, strip) cost ~1 ms each time.
    if actors is None:
        return _read(str(paths.LEXICON_DIR / "actors.csv")).copy()
    if isinstance(actors, (str, Path)):
        return _read(str(Path(actors).resolve())).copy()
    if isinstance(actors, pd.DataFrame):
        missing = [c for c in ("alias", "actor") if c not in actors.columns]
        if missing:
            raise LexiconError(f"actor table lacks column(s) {missing}")
        df = actors.copy()
    elif isinstance(actors, Mapping):
        rows = []
        for actor, aliases in actors.items():
            if isinstance(aliases, str):
                raise LexiconError(f"aliases of {actor!r} must be a list of strings, not a string")
            for alias in dict.fromkeys([actor, *aliases]):
                rows.append({"alias": alias, "actor": actor})
        df = pd.DataFrame(rows, columns=["alias", "actor"])
    else:
        raise TypeError(f"actors must be a path, DataFrame or mapping, not {type(actors).__name__}")
    return _checked(df)


def _checked(df: pd.DataFrame) -> pd.DataFrame:
    """The table with every `ACTOR_COLUMNS` column as text, in order; `LexiconError` if an
    alias or actor is empty."""
    for col in ACTOR_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    df = df[list(ACTOR_COLUMNS)].fillna("").astype(str)
    if (df["alias"].str.strip() == "").any() or (df["actor"].str.strip() == "").any():
        raise LexiconError("actor table has an empty alias or actor")
    return df.reset_index(drop=True)


def _alias_regex(table: pd.DataFrame) -> re.Pattern[str]:
    """One pattern for every alias of the table, longest first, as whole words."""
    return _compiled(tuple(table["alias"].tolist()))


@lru_cache(maxsize=8)
def _compiled(aliases: tuple[str, ...]) -> re.Pattern[str]:
    # remembered per alias list: every article of a corpus asks for the same pattern twice
    # (its mentions, its attributions' sources), and building it sorts and escapes each alias
    ordered = sorted(set(aliases), key=lambda a: (-len(a), a))
    body = "|".join(re.escape(a) for a in ordered)
    return re.compile(rf"(?<![\w.\-])(?:{body})(?![\w\-])")


@lru_cache(maxsize=8)
def _by_alias(rows: tuple[tuple[str, str, str], ...]) -> dict[str, tuple[str, str]]:
    """alias -> (actor, type), the last row of an alias winning (remembered per table)."""
    return {alias: (actor, kind) for alias, actor, kind in rows}


def find_actors(
    obj: str | Article,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = ("title", "subtitle", "body"),
    sentence_spans: Sequence[Span] | None = None,
) -> pd.DataFrame:
    """Every mention of an actor: ``start, end, text, actor, type, sentence, paragraph, part``.

    Offsets point into ``Article.text`` (or the string). Pass ``sentence_spans`` to reuse
    sentences already computed (they must cover the requested parts).
    """
    table = load_actors(actors)
    sents = list(sentence_spans) if sentence_spans is not None else sentences(obj, parts=parts)
    return _mentions(obj, table, sents)


def _mentions(obj: str | Article, table: pd.DataFrame, sents: Sequence[Span]) -> pd.DataFrame:
    """`find_actors` for a table `load_actors` has already checked, in ``sents``."""
    by_alias = _by_alias(tuple(zip(table["alias"].tolist(), table["actor"].tolist(),
                                   table["type"].tolist(), strict=True)))
    rx = _alias_regex(table)
    source = obj.text if isinstance(obj, Article) else obj
    rows = []
    for s in sents:
        for m in rx.finditer(s.text):
            actor, kind = by_alias[m.group()]
            start, end = s.start + m.start(), s.start + m.end()
            rows.append({"start": start, "end": end, "text": source[start:end], "actor": actor,
                         "type": kind, "sentence": s.sentence, "paragraph": s.paragraph,
                         "part": s.part})
    cols = ["start", "end", "text", "actor", "type", "sentence", "paragraph", "part"]
    df = pd.DataFrame(rows, columns=cols)
    for c in ("sentence", "paragraph"):
        df[c] = df[c].astype("Int64")
    return df
