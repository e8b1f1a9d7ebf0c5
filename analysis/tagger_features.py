"""Word forms as the tagger's atoms: normalised form, lower case, affixes and shape.

Every feature of `analysis.tagging` is one of these strings of a word form at a fixed offset
(see the Model section there): the form normalised to EWT's spelling (`normalize_form`), its
lower-case form, suffixes of length 1-4, prefixes of length 1-3 and its shape (`shape`).
`atoms` gives them for one form; `atom_columns` for a batch of forms, one kind at a time, the
way the tagger featurises the forms a call sees for the first time.

References
----------
Ratnaparkhi, A. (1996). A maximum entropy model for part-of-speech tagging. EMNLP 1996.
Toutanova, K., Klein, D., Manning, C. and Singer, Y. (2003). Feature-rich part-of-speech
tagging with a cyclic dependency network. NAACL 2003 (word shapes and affixes).
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import itemgetter

import numpy as np

__all__ = ["BOUNDARY", "KINDS", "UNKNOWN", "atom_columns", "atoms", "normalize_form", "shape"]

# Atom kinds: strings computed from one word form (see `atoms`). Ids: 0 unknown, 1 boundary.
KINDS: tuple[str, ...] = ("w", "l", "s1", "s2", "s3", "s4", "p1", "p2", "p3", "sh")
UNKNOWN, BOUNDARY = 0, 1

_TRANSLATE = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u2013": "--", "\u2014": "--", "\u2015": "--", "\u2026": "...",
})
assert [chr(c) for c in _TRANSLATE if c < 128] == ["`"]  # see `normalize_form`


def normalize_form(form: str) -> str:
    """The form as EWT spells it: straight quotes and apostrophes, ``--`` dashes, ``...``."""
    # "`" is the only ASCII character `_TRANSLATE` maps: most forms need no translation
    out = form if form.isascii() and "`" not in form else form.translate(_TRANSLATE)
    if out in ("''", "'''") and len(form) > 1:
        return '"'
    return out


_ASCII_CLASSES = str.maketrans({**{c: "X" for c in string.ascii_uppercase},
                                **{c: "x" for c in string.ascii_lowercase},
                                **{c: "d" for c in string.digits}})


def shape(form: str) -> str:
    """Character classes with runs collapsed: ``U.S.`` -> ``X.X.``, ``Obama`` -> ``Xx``."""
    if form.isascii():
        return "".join([c for c, _ in groupby(form.translate(_ASCII_CLASSES))])[:12]
    out: list[str] = []
    prev = ""
    for ch in form:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if c != prev:
            out.append(c)
            prev = c
    return "".join(out[:12])


def atoms(form: str) -> tuple[str, ...]:
    """The strings of `KINDS` for one (normalised) word form."""
    low = form.lower()
    return (form, low, low[-1:], low[-2:], low[-3:], low[-4:], low[:1], low[:2], low[:3],
            shape(form))


def atom_columns(forms: Sequence[str]) -> tuple[Iterable[str], ...]:
    """The `KINDS` columns of forms: `atoms` of each normalised form, one kind at a time.

    When the forms are all ASCII (most batches), normalising, lower-casing and the shapes'
    character classes are computed on the forms joined by newlines (one string method call
    each instead of one per form; ASCII case mapping is per character), and the shapes' runs
    are collapsed there too (see `_ascii_shapes`); otherwise form by form.
    """
    k = len(forms)
    joined = "\n".join(forms)
    if k and joined.isascii() and joined.count("\n") == k - 1:
        if "`" in joined or "''" in joined:  # the only ASCII forms `normalize_form` changes
            norm = list(map(normalize_form, forms))
            joined = "\n".join(norm)
        else:
            norm = list(forms)
        low = joined.lower().split("\n")
        shapes = _ascii_shapes(joined)
    else:
        norm = list(map(normalize_form, forms))
        low = [f.lower() for f in norm]
        shapes = list(map(shape, norm))
    return (norm, low, map(_S1, low), map(_S2, low), map(_S3, low), map(_S4, low),
            map(_P1, low), map(_P2, low), map(_P3, low), shapes)


_S1, _S2, _S3, _S4 = (itemgetter(slice(-n, None)) for n in (1, 2, 3, 4))
_P1, _P2, _P3 = (itemgetter(slice(None, n)) for n in (1, 2, 3))
_ASCII_CLASS_BYTES = bytes.maketrans(
    (string.ascii_uppercase + string.ascii_lowercase + string.digits).encode(),
    b"X" * 26 + b"x" * 26 + b"d" * 10)
_NEWLINE = ord("\n")


def _ascii_shapes(joined: str) -> list[str]:
    """`shape` of each of the ASCII forms joined by newlines (none holds a newline).

    One byte translate gives the character classes; a byte is kept if it differs from the one
    before it or is a newline (so empty forms stay empty): the runs of `shape`'s ``groupby``.
    """
    classes = np.frombuffer(joined.encode("ascii").translate(_ASCII_CLASS_BYTES), np.uint8)
    if len(classes) == 0:
        return [""]
    keep = np.empty(len(classes), dtype=bool)
    keep[0] = True
    np.not_equal(classes[1:], classes[:-1], out=keep[1:])
    keep |= classes == _NEWLINE
    return list(map(_FIRST12, classes[keep].tobytes().decode("ascii").split("\n")))


_FIRST12 = itemgetter(slice(None, 12))
