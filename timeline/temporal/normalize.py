"""Text forms for matching: NFC with offsets back to the input, and a case- and tone-placement-free key.

Vietnamese text arrives in NFD, in upper-case headlines, and with either tone placement
(`hoà`/`hòa`, `thuỷ`/`thủy`). Matching runs on a key of the same length as the NFC text, so every
match offset is also an offset into the NFC text.
"""

from __future__ import annotations

import re
import unicodedata



def nfc_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """The NFC text, and for each of its code points the offset in `text` (None when already NFC)."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        composed = unicodedata.normalize("NFC", text[start:i])
        out.append(composed)
        offsets.extend([start] * len(composed))
        start = i
    offsets.append(len(text))
    return "".join(out), offsets


_TONED_SECOND = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_FIRST = {"a": "o", "e": "o", "y": "u"}
# Open "oa", "oe", "uy" with the tone on the second vowel ("hoà", "thuỷ"), not after "q" ("quý").
_OPEN_PAIR = re.compile(r"(?:o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?!\w)")


def _tone_first(pair: str) -> str:
    first, second = pair
    for base, toned in _TONED_SECOND.items():
        if second in toned:
            tone = unicodedata.normalize("NFD", second)[1:]
            return unicodedata.normalize("NFC", first + tone) + base
    return pair


_SWAP = {
    first + toned: _tone_first(first + toned)
    for base, tones in _TONED_SECOND.items()
    for first in (_FIRST[base],)
    for toned in tones
}


def match_key(text: str, composed: bool = False) -> str:
    """Lower-case text with the tone of open `oa`, `oe`, `uy` on the first vowel.

    With `composed` the text is taken as it is (the tagger's text, already composed by
    `nfc_with_offsets`), so the key has exactly its length; otherwise it is first made NFC.
    """
    if not composed:
        text = unicodedata.normalize("NFC", text)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _OPEN_PAIR.sub(lambda m: _SWAP[m.group()], lowered)
