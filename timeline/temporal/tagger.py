"""The engine: recognize pieces, join them into expressions, resolve each to a TIMEX3 value.

1. Every pattern of `patterns.py` proposes pieces; overlaps are settled longest first.
2. Adjacent pieces that name one moment are joined: `trưa` + `ngày 8/1`, `20h` + `thứ Năm 2/1`,
   `thứ Hai` + `(10/01)`; the first day of a range borrows the month of the second (`5-7/1`).
3. Pieces are resolved in text order against the creation time (DCT) and the narrative time
   (the last date the text put in focus), with the tense of their clause choosing the year.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import CreationTime, Timex
from .compose import compose, select
from .normalize import nfc_with_offsets
from .recognize import Recognizer
from .resolve import Resolved, Resolver
from .textview import TextView


def scan(text: str, dct: CreationTime | None) -> tuple[list[int] | None, list[Resolved]]:
    """Resolved expressions of `text` (offsets into its composed form) with the offset map back to the input."""
    nfc_text, offsets = nfc_with_offsets(text)
    analysed = TextView(nfc_text)
    pieces = compose(select(Recognizer(analysed).pieces()), analysed)
    resolver = Resolver(analysed, dct)
    results = []
    for piece in pieces:
        resolved = resolver.resolve(piece)
        if resolved is not None:
            results.append(resolved)
    return offsets, results


def tag(text: str, dct: CreationTime | str | None = None) -> list[Timex]:
    """Every temporal expression of `text`, normalized to TIMEX3 against `dct` and the narrative time.

    Offsets are code points of `text` as given, even when it is not NFC.
    """
    if isinstance(dct, str):
        dct = CreationTime.parse(dct)
    offsets, results = scan(text, dct)
    out = []
    for r in results:
        t = r.timex
        if offsets is not None:
            t = replace(t, start=offsets[t.start], end=offsets[t.end], text=text[offsets[t.start]:offsets[t.end]])
        out.append(t)
    return out
