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
import weakref
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

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
        return _copy(_read(str(paths.LEXICON_DIR / "actors.csv")))
    if isinstance(actors, (str, Path)):
        return _copy(_read(str(Path(actors).resolve())))
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


def _copy(table: pd.DataFrame) -> pd.DataFrame:
    """A caller's copy of a remembered table, with the table's `AliasIndex` (same rows)."""
    out = table.copy()
    _remember(out, _alias_index(table))
    return out


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


class AliasIndex(NamedTuple):
    """What a checked actor table is matched with: alias -> (actor, type), the last row of an
    alias winning, and one pattern for every alias (`_compiled`)."""

    by_alias: dict[str, tuple[str, str]]
    regex: re.Pattern[str]


# id(table) -> (a weak reference to the table, its AliasIndex). Remembered per table object
# (the table `load_actors` gave to a `Document`, which reads it and never changes it): keyed
# by value, every article rebuilt and hashed the tuple of all its rows twice (~0.3 ms).
_INDEXES: dict[int, tuple[weakref.ref, AliasIndex]] = {}


def _alias_index(table: pd.DataFrame) -> AliasIndex:
    """The `AliasIndex` of a checked table, computed once per table object."""
    hit = _INDEXES.get(id(table))
    if hit is not None and hit[0]() is table:
        return hit[1]
    rows = tuple(zip(table["alias"].tolist(), table["actor"].tolist(), table["type"].tolist(),
                     strict=True))
    return _remember(table, _index_of(rows))


def _remember(table: pd.DataFrame, index: AliasIndex) -> AliasIndex:
    """Keep ``index`` as the one of ``table`` while the table lives."""
    key = id(table)

    def gone(ref: weakref.ref, key: int = key) -> None:
        if _INDEXES.get(key, (None,))[0] is ref:  # not a newer table's entry under this id
            _INDEXES.pop(key, None)

    _INDEXES[key] = (weakref.ref(table, gone), index)
    return index


@lru_cache(maxsize=8)
def _index_of(rows: tuple[tuple[str, str, str], ...]) -> AliasIndex:
    """The `AliasIndex` of a table's (alias, actor, type) rows (remembered per row list)."""
    return AliasIndex({alias: (actor, kind) for alias, actor, kind in rows},
                      _compiled(tuple(alias for alias, _, _ in rows)))


def _alias_regex(table: pd.DataFrame) -> re.Pattern[str]:
    """One pattern for every alias of the table, longest first, as whole words."""
    return _alias_index(table).regex


@lru_cache(maxsize=8)
def _compiled(aliases: tuple[str, ...]) -> re.Pattern[str]:
    # remembered per alias list: every article of a corpus asks for the same pattern twice
    # (its mentions, its attributions' sources), and building it sorts and escapes each alias
    ordered = sorted(set(aliases), key=lambda a: (-len(a), a))
    body = "|".join(re.escape(a) for a in ordered)
    return re.compile(rf"(?<![\w.\-])(?:{body})(?![\w\-])")


MENTION_COLUMNS: tuple[str, ...] = ("start", "end", "text", "actor", "type", "sentence",
                                    "paragraph", "part")


class Mentions(NamedTuple):
    """Actor mentions as columns, one list per `find_actors` column (`MENTION_COLUMNS`).

    The attribution resolver reads the lists; the DataFrame is made only when asked for
    (`frame`): building it from a dict per mention cost ~1 ms per article."""

    start: list[int]
    end: list[int]
    text: list[str]
    actor: list[str]
    type: list[str]
    sentence: list[int | None]
    paragraph: list[int | None]
    part: list[str]

    def frame(self) -> pd.DataFrame:
        """The `find_actors` table: ``start``, ``end`` int64, ``sentence`` and ``paragraph``
        Int64, the others text."""
        cols = list(MENTION_COLUMNS)
        if not self.start:
            df = pd.DataFrame([], columns=cols)
            for c in ("sentence", "paragraph"):
                df[c] = df[c].astype("Int64")
            return df
        data: dict[str, object] = dict(zip(cols, self, strict=True))
        for c in ("sentence", "paragraph"):
            data[c] = pd.array(data[c], dtype="Int64")
        return pd.DataFrame(data, columns=cols)


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
    return _mentions(obj, table, sents).frame()


def _mentions(obj: str | Article, table: pd.DataFrame, sents: Sequence[Span]) -> Mentions:
    """`find_actors` (as columns) for a table `load_actors` has already checked, in ``sents``."""
    by_alias, rx = _alias_index(table)
    source = obj.text if isinstance(obj, Article) else obj
    out = Mentions([], [], [], [], [], [], [], [])
    for s in sents:
        for m in rx.finditer(s.text):
            actor, kind = by_alias[m.group()]
            start, end = s.start + m.start(), s.start + m.end()
            out.start.append(start)
            out.end.append(end)
            out.text.append(source[start:end])
            out.actor.append(actor)
            out.type.append(kind)
            out.sentence.append(s.sentence)
            out.paragraph.append(s.paragraph)
            out.part.append(s.part)
    return out
