"""Part-of-speech tags for Treebank-style word forms, offline and vectorised over all tokens.

`tag_sentences` tags many sentences at once with Universal POS (``tagset="upos"``, 17 tags) or
Penn Treebank tags as in UD English EWT's XPOS column (``tagset="ptb"``); `tag` tags one
sentence. Both are pure functions of the word forms: the weights are read once, lazily, from
``analysis/data/tagger-ewt.npz`` (package data; no download ever).

Model
-----
Two passes of multinomial logistic regression (maximum entropy) over sparse binary features
(Ratnaparkhi 1996; the feature set is a subset of Toutanova et al. 2003's), the second pass
stacked on the first (Wolpert 1992):

1. Pass 1 predicts a Penn Treebank tag from the word forms only: for the word itself its form,
   lower-case form, suffixes and prefixes of length 1-4 and 1-3, and its shape (``Xx``, ``X.X.``,
   ``d,d``); for the neighbours at -1 and +1 their lower-case form, shape and 3-letter suffix;
   at -2 and +2 their lower-case form and shape.
2. Pass 2 predicts the requested tagset from the same word features plus pass 1's Penn tags of
   the word and its neighbours (-2 .. +2, and the pairs (-2,-1), (+1,+2), (-1,+1)). On the
   training data those pass-1 tags come from jackknifing (each fold tagged by a model that did
   not see it), so pass 2 learns how far to trust them.

Every feature of a word depends on one word form at a fixed offset (or on one or two pass-1
tags), so a score is a sum of table rows: each distinct form has its rows summed once per
offset and process, when a call first sees it (featurised together with the call's other new
forms, kept in a bounded memo that grows in proportion to the forms it holds, `MAX_FORMS`),
and the tokens' scores are gathers of those per-form sums plus the tag rows (numpy indexing
over all tokens; no Python loop per token beyond one dictionary look-up). Weights are stored
int8 with a float scale per template and tag column; a word template's rows are dequantised
only when a form using them is first seen, and each tagset's pass 2 is read on its first use.

Word forms are normalised before featurising: curly quotes and apostrophes become straight ones
(``“`` ``”`` ``‘`` ``’`` and the Treebank ``\\`\\``` ``''``), ``…`` becomes ``...`` and en/em
dashes ``--`` (EWT's spelling), so ``don’t`` tagged as ``do`` ``n’t`` matches ``n't``.

Data and licence
----------------
The weights are a derived work of the Universal Dependencies English Web Treebank (UD_English-
EWT, release used in ``../shared/corpora/ud-english-ewt/``), licensed CC BY-SA 4.0; they are
distributed under the same licence (see ``analysis/data/tagger-ewt.txt``). Rebuild them with
``python scripts/train_tagger.py`` (deterministic).

References
----------
Ratnaparkhi, A. (1996). A maximum entropy model for part-of-speech tagging. EMNLP 1996.
Toutanova, K., Klein, D., Manning, C. and Singer, Y. (2003). Feature-rich part-of-speech
tagging with a cyclic dependency network. NAACL 2003.
Wolpert, D. H. (1992). Stacked generalization. Neural Networks 5(2), 241-259.
Silveira, N. et al. (2014). A gold standard dependency corpus for English. LREC 2014 (EWT).
Nivre, J. et al. (2020). Universal Dependencies v2. LREC 2020.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

import numpy as np

from .paths import PACKAGE_DATA_DIR
from .tagger_features import (  # noqa: F401  (re-exported: the tagger's public feature API)
    BOUNDARY,
    KINDS,
    UNKNOWN,
    _ascii_shapes,
    atom_columns,
    atoms,
    normalize_form,
    shape,
)

__all__ = [
    "TAGSETS",
    "TaggerDataError",
    "WEIGHTS_PATH",
    "normalize_form",
    "tag",
    "tag_sentences",
]

WEIGHTS_PATH: Path = PACKAGE_DATA_DIR / "tagger-ewt.npz"
TAGSETS: tuple[str, ...] = ("upos", "ptb")
FORMAT_VERSION = 1


# Word templates (atom kind, offset) and tag templates (offsets of pass-1 tags).
WORD_TEMPLATES: tuple[tuple[str, int], ...] = (
    ("w", 0), ("l", 0), ("s1", 0), ("s2", 0), ("s3", 0), ("s4", 0),
    ("p1", 0), ("p2", 0), ("p3", 0), ("sh", 0),
    ("l", -1), ("sh", -1), ("s3", -1), ("l", 1), ("sh", 1), ("s3", 1),
    ("l", -2), ("sh", -2), ("l", 2), ("sh", 2),
)
TAG_TEMPLATES: tuple[tuple[int, ...], ...] = ((-2,), (-1,), (0,), (1,), (2,), (-2, -1), (1, 2),
                                              (-1, 1))

# Tokens scored per block: 4,096 x 49 float32 scores is 0.8 MB, so a block's sums stay in a
# typical L2 cache. Not tuned (timings on the shared machine vary more than block sizes do).
_CHUNK = 4096
# New forms summed per block in `_sum_rows`: 512 x 20 templates x 49 float32 is 2 MB. Chosen
# on 200,000 PolNeAR tokens in one call, fresh model: 1.48 us/token CPU with 512, 1.69 with
# 4,096 (medians of 5 alternated runs; smaller blocks were not tried).
_SUM_CHUNK = 512
_PAD = 2  # boundary tokens between sentences: the widest template offset
_OFFSETS = tuple(sorted({o for _, o in WORD_TEMPLATES}))
_KIND_INDEX = {k: i for i, k in enumerate(KINDS)}
_TEMPLATE_KINDS = np.array([_KIND_INDEX[k] for k, _ in WORD_TEMPLATES])
# Each offset's word templates are consecutive in WORD_TEMPLATES: offset -> (first, end).
_OFFSET_TEMPLATES = tuple(
    (o, (min(t for t, (_, p) in enumerate(WORD_TEMPLATES) if p == o),
         max(t for t, (_, p) in enumerate(WORD_TEMPLATES) if p == o) + 1))
    for o in dict.fromkeys(o for _, o in WORD_TEMPLATES))
assert all(WORD_TEMPLATES[t][1] == o for o, (a, b) in _OFFSET_TEMPLATES for t in range(a, b))


class TaggerDataError(RuntimeError):
    """The tagger's weights file is missing or unreadable; reinstall or retrain."""


# --- the model ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Layer:
    """One softmax layer: int8 word-template weights, float32 tag-template weights, a bias.

    The word templates' rows stay quantised (``q``, one float32 scale per template and tag
    column in ``scale``): a row is dequantised only when a form using it is first seen (see
    `FormTables`). Pass 2's tag templates (a few thousand rows) are dequantised at load.
    """

    offsets: np.ndarray  # first row of each template in the stored table (word, then tag ones)
    q: np.ndarray  # (rows, n_tags) int8, all templates as stored
    scale: np.ndarray  # (templates, n_tags) float32
    tag_weights: np.ndarray  # (tag-template rows, n_tags) float32: rows offsets[n_word]: of q
    bias: np.ndarray  # (n_tags,) float32
    tags: tuple[str, ...]


class _Pass2(Mapping):
    """Tagset -> pass-2 `Layer`, each read from the weights file on its first use."""

    def __init__(self, path: Path, tags: dict[str, tuple[str, ...]], n_ptb: int,
                 word_rows: list[int]) -> None:
        self._path, self._tags, self._n_ptb, self._word_rows = path, tags, n_ptb, word_rows
        self._layers: dict[str, Layer] = {}
        self._lock = threading.Lock()

    def __getitem__(self, tagset: str) -> Layer:
        layer = self._layers.get(tagset)
        if layer is None:
            if tagset not in self._tags:
                raise KeyError(tagset)
            with self._lock:
                if tagset not in self._layers:
                    self._layers[tagset] = _read_layers(self._path, [tagset], self._tags,
                                                        self._n_ptb, self._word_rows)[0]
                layer = self._layers[tagset]
        return layer

    def __iter__(self):
        return iter(self._tags)

    def __len__(self) -> int:
        return len(self._tags)


@dataclass(frozen=True)
class Model:
    vocab: tuple[dict[str, int], ...]  # per kind: string -> id (>= 2)
    pass1: Layer  # PTB tags from word features
    pass2: Mapping[str, Layer]  # tagset -> layer over word and pass-1 tag features (lazy)
    meta: dict
    forms: FormTables = field(default_factory=lambda: FormTables(), compare=False, repr=False)


# Distinct word forms whose summed rows are kept per process: more than the 31,839 distinct
# forms of all 840 PolNeAR articles (728,677 tokens as `analysis.tokenize` splits them), so
# a corpus run featurises each form once. A form costs 40 bytes of atom ids plus 5 offsets x
# n_tags float32 per layer used: 1.3 kB for pass 1 + UPOS (2.3 kB with PTB too), so 54 MB
# when full with UPOS (94 MB with PTB too; up to a quarter more while growing). When full the
# memo starts again, empty (a single call with more forms than this is served whole, then the
# memo starts again at the next call).
MAX_FORMS = 40_960

# Rows added when a memo table grows: a quarter of its rows, at least this many, so the memory
# held stays within 1.25x (+ 1.3 MB) of what its forms need; each row is copied about four
# times in all. Chosen over growth by half (within 1.5x, each row copied twice): on 200,000
# tokens of PolNeAR, fresh model, one call per article, the CPU time did not differ beyond
# the noise of the shared machine (2.48 against 2.64 us/token, medians of 8 alternated runs).
_GROW_ROWS = 1024


@dataclass
class FormTables:
    """Per-form summed rows of a model's layers, for the forms seen so far.

    Row 0 is the sentence boundary; a form gets the next row the first time a call sees it
    (`ids`), and its atom ids are kept (`atoms`), so a layer first used late catches up.
    Tables only grow, or are replaced by new ones when the memo restarts, never rewritten:
    the rows of a form are the same whichever call first saw it.
    """

    ids: dict[str, int] = field(default_factory=dict)  # form -> row (>= 1)
    n: int = 1  # rows in use, the boundary's included
    atoms: np.ndarray = field(default_factory=lambda: np.full((1, len(KINDS)), BOUNDARY,
                                                              np.int32))
    # layer name -> (rows filled, offset -> (capacity, n_tags) table)
    tables: dict[str, tuple[int, dict[int, np.ndarray]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def n_forms(self) -> int:
        """Forms kept."""
        return self.n - 1


def template_sizes(vocab_sizes: Sequence[int], n_pass1: int, *, with_tags: bool) -> list[int]:
    """Rows of each template's table: vocabulary + 2 for words, tags + 1 (boundary) for tags."""
    sizes = [vocab_sizes[KINDS.index(k)] + 2 for k, _ in WORD_TEMPLATES]
    if with_tags:
        sizes += [(n_pass1 + 1) ** len(t) for t in TAG_TEMPLATES]
    return sizes


def _shift_index(sid: np.ndarray, offset: int, boundary: int, values: np.ndarray) -> np.ndarray:
    """``values[i + offset]`` where token i+offset is in i's sentence, else ``boundary``."""
    n = len(sid)
    out = np.full(n, boundary, dtype=values.dtype)
    if offset == 0:
        return values.copy()
    if offset > 0:
        same = sid[offset:] == sid[:-offset] if n > offset else np.zeros(0, bool)
        out[: n - offset][same] = values[offset:][same]
    else:
        k = -offset
        same = sid[:-k] == sid[k:] if n > k else np.zeros(0, bool)
        out[k:][same] = values[:-k][same]
    return out


def word_ids(type_atoms: np.ndarray, uid: np.ndarray, sid: np.ndarray) -> np.ndarray:
    """(tokens, word templates) atom ids: the training-time view of the word features."""
    cols = []
    for kind, offset in WORD_TEMPLATES:
        per_type = type_atoms[:, KINDS.index(kind)]
        cols.append(_shift_index(sid, offset, BOUNDARY, per_type[uid]) if offset else per_type[uid])
    return np.stack(cols, axis=1).astype(np.int32)


def tag_ids(tags: np.ndarray, sid: np.ndarray, n_tags: int) -> np.ndarray:
    """(tokens, tag templates) ids of the pass-1 tags at the templates' offsets."""
    shifted = {o: _shift_index(sid, o, n_tags, tags) for o in range(-2, 3)}
    cols = []
    for offs in TAG_TEMPLATES:
        idx = np.zeros(len(sid), dtype=np.int64)
        for o in offs:
            idx = idx * (n_tags + 1) + shifted[o]
        cols.append(idx)
    return np.stack(cols, axis=1).astype(np.int32) if cols else np.zeros((len(sid), 0), np.int32)


# --- loading ------------------------------------------------------------------------------

_LOCK = threading.Lock()
_MODEL: Model | None = None


def _strings(arr: np.ndarray) -> list[str]:
    text = arr.tobytes().decode("utf-8")
    return text.split("\n") if text else []


def _bad_file(path: Path, exc: Exception) -> TaggerDataError:
    return TaggerDataError(
        f"tagger weights at {path} are unreadable ({type(exc).__name__}: {exc}); reinstall "
        "the package or rebuild them with `python scripts/train_tagger.py`")


def _layer(z, name: str, tags: tuple[str, ...], sizes: list[int], path: Path) -> Layer:
    q = z[f"{name}_q"]
    scale = z[f"{name}_scale"].astype(np.float32)
    offsets = z[f"{name}_offsets"].astype(np.int64)
    if list(np.diff(np.append(offsets, q.shape[0]))) != sizes or len(scale) != len(sizes):
        raise TaggerDataError(f"tagger weights at {path} do not match their vocabularies")
    n_word = len(WORD_TEMPLATES)
    tag_part = q[offsets[n_word]:] if len(sizes) > n_word else q[:0]
    rows = np.diff(np.append(offsets[n_word:], q.shape[0]))
    # the same products as dequantising the whole table at once: q (as float32) x scale
    tag_weights = tag_part.astype(np.float32) * np.repeat(scale[n_word:], rows, axis=0)
    return Layer(offsets, q, scale, np.ascontiguousarray(tag_weights),
                 z[f"{name}_bias"].astype(np.float32), tags)


def _read_layers(path: Path, tagsets: Sequence[str], tags: dict[str, tuple[str, ...]],
                 n_ptb: int, word_rows: list[int]) -> list[Layer]:
    """The pass-2 layers of ``tagsets`` from the weights file."""
    sizes = word_rows + [(n_ptb + 1) ** len(t) for t in TAG_TEMPLATES]
    try:
        with np.load(path, allow_pickle=False) as z:
            return [_layer(z, f"pass2_{ts}", tags[ts], sizes, path) for ts in tagsets]
    except TaggerDataError:
        raise
    except Exception as exc:  # zipfile, KeyError, shapes: all mean a corrupt file
        raise _bad_file(path, exc) from exc


def load_model(path: Path | None = None) -> Model:
    """Read a weights file written by ``scripts/train_tagger.py``; `TaggerDataError` if bad.

    Pass 1 is read at once, each tagset's pass 2 on its first use (`Model.pass2`).
    """
    path = WEIGHTS_PATH if path is None else Path(path)
    if not path.is_file():
        raise TaggerDataError(
            f"tagger weights not found at {path}; reinstall the package or rebuild them with "
            "`python scripts/train_tagger.py`")
    try:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            if meta.get("format") != FORMAT_VERSION or tuple(meta["kinds"]) != KINDS:
                raise ValueError(f"format {meta.get('format')!r}, expected {FORMAT_VERSION}")
            vocab = tuple({s: i + 2 for i, s in enumerate(_strings(z[f"vocab_{k}"]))}
                          for k in KINDS)
            tags = {ts: tuple(meta["tags"][ts]) for ts in TAGSETS}
            word_rows = template_sizes([len(v) for v in vocab], len(tags["ptb"]),
                                       with_tags=False)
            pass1 = _layer(z, "pass1", tags["ptb"], word_rows, path)
            missing = [f"pass2_{ts}_{a}" for ts in TAGSETS for a in ("q", "scale", "offsets",
                                                                     "bias")
                       if f"pass2_{ts}_{a}" not in z.files]
            if missing:
                raise KeyError(", ".join(missing))
    except TaggerDataError:
        raise
    except Exception as exc:  # zipfile, KeyError, JSON, shapes: all mean a corrupt file
        raise _bad_file(path, exc) from exc
    return Model(vocab, pass1, _Pass2(path, tags, len(tags["ptb"]), word_rows), meta)


def model() -> Model:
    """The shipped model, loaded on first use (thread-safe)."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = load_model()
    return _MODEL


# --- scoring ------------------------------------------------------------------------------
#
# Tokens are laid out in one array with `_PAD` boundary tokens before, between and after the
# sentences, so the neighbour at offset o of every token is a slice shifted by o.


def _atom_rows(m: Model, forms: Sequence[str]) -> np.ndarray:
    """(forms, kinds) atom ids of forms: `atom_columns` looked up in the model's vocabularies."""
    k = len(forms)
    cols = atom_columns(forms)
    out = np.empty((k, len(KINDS)), dtype=np.int32)
    for j, (vocab, col) in enumerate(zip(m.vocab, cols, strict=True)):
        out[:, j] = np.fromiter(map(vocab.get, col, repeat(UNKNOWN)), np.int32, k)
    return out




def _sum_rows(layer: Layer, type_atoms: np.ndarray, out: dict[int, np.ndarray]) -> None:
    """Write each type's summed rows for the word templates at each offset into ``out[o]``.

    Offset 0's sums include the layer's bias: scores are summed as ``(offset 0 + bias) +
    offset -2 + offset -1 + ...``, and that first sum is the same for every token of a form.

    Rows are dequantised here, only for these types: ``q`` times the template's scale (int8
    times float32 is float32: the same products as a table dequantised whole), summed in
    template order. Blocks of `_SUM_CHUNK` types bound the (types, templates, tags) gather.
    """
    n_word = len(WORD_TEMPLATES)
    scale = layer.scale[:n_word]
    for a in range(0, len(type_atoms), _SUM_CHUNK):
        idx = type_atoms[a:a + _SUM_CHUNK, _TEMPLATE_KINDS] + layer.offsets[:n_word]
        rows = np.multiply(layer.q.take(idx, axis=0), scale)  # (types, templates, tags)
        for o, (t0, t1) in _OFFSET_TEMPLATES:
            dest = out[o][a:a + len(idx)]
            if t1 - t0 == 1:
                dest[...] = rows[:, t0]
                continue  # (offset 0 has 10 templates)
            np.add(rows[:, t0], rows[:, t0 + 1], out=dest)
            for t in range(t0 + 2, t1):
                dest += rows[:, t]
            if o == 0:  # the bias, added next in the reference order of the sums
                dest += layer.bias


def _grown(table: np.ndarray, rows: int) -> np.ndarray:
    """``table`` with room for at least ``rows`` rows (a quarter more, at least `_GROW_ROWS`)."""
    if table.shape[0] >= rows:
        return table
    size = max(rows, table.shape[0] + max(table.shape[0] // 4, _GROW_ROWS))
    out = np.empty((size,) + table.shape[1:], table.dtype)
    out[: table.shape[0]] = table
    return out


def _layer_tables(m: Model, name: str, layer: Layer) -> dict[int, np.ndarray]:
    """Offset -> per-row summed rows of ``layer``, filled for every form kept so far."""
    c = m.forms
    filled, tables = c.tables.get(name, (0, None))
    if filled < c.n:
        if tables is None:
            width = layer.q.shape[1]
            tables = {o: np.empty((0, width), np.float32) for o, _ in _OFFSET_TEMPLATES}
        for o in tables:
            tables[o] = _grown(tables[o], c.n)
        _sum_rows(layer, c.atoms[filled:c.n], {o: t[filled:c.n] for o, t in tables.items()})
        c.tables[name] = (c.n, tables)
    return tables


def _token_rows(m: Model, flat: list[str], layers: dict[str, Layer]
                ) -> tuple[np.ndarray, dict[str, dict[int, np.ndarray]]]:
    """Memo row of every token (see `FormTables`) and each layer's memo tables (offset -> rows).

    The forms not yet kept are featurised and summed together, once per process; the rows of
    a form are the same whichever call first saw it. The tables returned are only read: rows
    already filled are never rewritten (growth copies them, a restart makes new tables).
    """
    c = m.forms
    with c.lock:
        rows = np.fromiter(map(c.ids.get, flat, repeat(0)), dtype=np.int64, count=len(flat))
        miss = np.flatnonzero(rows == 0)
        if len(miss):
            if c.n > MAX_FORMS:  # full: start again, empty (new tables, the old ones freed)
                c.ids, c.n, c.atoms, c.tables = {}, 1, c.atoms[:1].copy(), {}
                miss = np.arange(len(flat))
            new_forms = list(dict.fromkeys([flat[i] for i in miss.tolist()]))
            if not all(issubclass(t, str) for t in set(map(type, new_forms))):
                raise TypeError("word forms must be str")
            k = len(new_forms)
            c.atoms = _grown(c.atoms, c.n + k)
            c.atoms[c.n:c.n + k] = _atom_rows(m, new_forms)
            c.ids.update(zip(new_forms, range(c.n, c.n + k), strict=True))
            c.n += k
            rows[miss] = np.fromiter(map(c.ids.__getitem__, [flat[i] for i in miss.tolist()]),
                                     dtype=np.int64, count=len(miss))
        return rows, {name: dict(_layer_tables(m, name, layer)) for name, layer in layers.items()}


def _argmax_scores(layer: Layer, tables: dict[int, np.ndarray], padded: np.ndarray,
                   tags: np.ndarray | None, n_tags: int) -> np.ndarray:
    """Best tag for every padded position in [_PAD, len - _PAD) (pads included, ignored later)."""
    total = len(padded)
    out = np.empty(total, dtype=np.int64)
    out[:_PAD] = out[total - _PAD:] = 0
    n_word = len(WORD_TEMPLATES)
    base = n_tags + 1
    width = layer.q.shape[1]
    buf = np.empty((min(_CHUNK, total), width), dtype=np.float32)
    for a in range(_PAD, total - _PAD, _CHUNK):
        b = min(total - _PAD, a + _CHUNK)
        s = tables[0].take(padded[a:b], axis=0)  # offset 0's rows + the bias (`_sum_rows`)
        row = buf[: b - a]
        for o in _OFFSETS:
            if o:
                s += tables[o].take(padded[a + o:b + o], axis=0, out=row)
        if tags is not None:
            for j, offs in enumerate(TAG_TEMPLATES):
                idx = tags[a + offs[0]:b + offs[0]]
                for o in offs[1:]:
                    idx = idx * base + tags[a + o:b + o]
                idx = idx + (layer.offsets[n_word + j] - layer.offsets[n_word])
                s += layer.tag_weights.take(idx, axis=0, out=row)
        out[a:b] = s.argmax(axis=1)
    return out


# EWT tags an adjective that is part of a name ADJ with the Penn tag NNP ("United" in "United
# Nations", "New" in "New York": 612 of its 204,577 training words). For this package a word
# inside a name is a name, not a description (an attitude lexicon must not read "United" as
# positive), so with tagset "upos" a word pass 1 tags NNP/NNPS and pass 2 tags ADJ is PROPN.
# Cost on EWT, where the rule disagrees with the gold ADJ: see analysis/data/tagger-ewt.txt.
NAME_ADJECTIVES_ARE_PROPN = True


def _tag_arrays(m: Model, sents: Sequence[Sequence[str]], tagset: str) -> np.ndarray:
    """Tag ids of all tokens of ``sents``, in order."""
    lens = [len(s) for s in sents]
    flat = [w for s in sents for w in s]
    n = len(flat)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    layer = m.pass2[tagset]
    rows, tables = _token_rows(m, flat, {"pass1": m.pass1, tagset: layer})
    # padded layout: PAD boundaries (memo row 0), sentence 1, PAD boundaries, sentence 2, ...
    sid = np.repeat(np.arange(len(lens)), lens)
    pos = np.arange(n) + _PAD * (sid + 1)
    padded = np.zeros(n + _PAD * (len(lens) + 1), dtype=np.int64)
    padded[pos] = rows
    n_ptb = len(m.pass1.tags)
    p1 = _argmax_scores(m.pass1, tables["pass1"], padded, None, n_ptb)
    tags = np.full(len(padded), n_ptb, dtype=np.int64)
    tags[pos] = p1[pos]
    p2 = _argmax_scores(layer, tables[tagset], padded, tags, n_ptb)
    out = p2[pos]
    if tagset == "upos" and NAME_ADJECTIVES_ARE_PROPN:
        is_name = np.zeros(n_ptb, dtype=bool)
        is_name[[m.pass1.tags.index(t) for t in ("NNP", "NNPS")]] = True
        out[is_name[p1[pos]] & (out == layer.tags.index("ADJ"))] = layer.tags.index("PROPN")
    return out


def tag_sentences(sents: Sequence[Sequence[str]], *, tagset: str = "upos"
                  ) -> list[tuple[str, ...]]:
    """One tag per word form for each sentence; ``tagset`` is ``"upos"`` or ``"ptb"``.

    All sentences are scored together (one pass of array operations over all their tokens);
    each sentence is tagged exactly as it would be alone.

    >>> tag_sentences([["The", "US", "imposed", "sanctions", "."]])
    [('DET', 'PROPN', 'VERB', 'NOUN', 'PUNCT')]
    """
    if tagset not in TAGSETS:
        raise ValueError(f"unknown tagset {tagset!r}; choose one of {', '.join(TAGSETS)}")
    if isinstance(sents, str) or any(isinstance(s, str) for s in sents):
        raise TypeError("each sentence must be a sequence of word forms, not a string")
    m = model()
    names = m.pass2[tagset].tags
    flat = tuple(map(names.__getitem__, _tag_arrays(m, sents, tagset).tolist()))
    out: list[tuple[str, ...]] = []
    pos = 0
    for sent in sents:
        k = len(sent)
        out.append(flat[pos:pos + k])
        pos += k
    return out


def tag(words: Sequence[str], *, tagset: str = "upos") -> tuple[str, ...]:
    """The tags of one sentence's word forms (see `tag_sentences`)."""
    if isinstance(words, str):
        raise TypeError("tag() takes a sequence of word forms, not a string")
    return tag_sentences([words], tagset=tagset)[0]
