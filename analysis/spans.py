"""`Span`: a piece of an article's text with its character offsets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``text[start:end]``.

    ``part`` says where it stands in an article ("title", "subtitle", "caption", "credit",
    "body"); ``paragraph`` is the body paragraph index (0-based) and ``sentence`` the index of the
    sentence it belongs to, where they apply. ``kind`` labels tokens ("word", "number", "punct")
    and is "" for larger spans.
    """

    start: int
    end: int
    text: str
    part: str = "body"
    paragraph: int | None = None
    sentence: int | None = None
    kind: str = ""

    def __len__(self) -> int:
        return self.end - self.start


def strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past whitespace, so ``text[start:end]`` has none at its ends.

    Returns the empty range ``(start, start)`` when the stretch is whitespace only.
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
