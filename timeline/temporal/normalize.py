"""Text forms for matching: NFC with offsets back to the input, and a case- and tone-placement-free key.

Vietnamese text arrives in NFD, in upper-case headlines, and with either tone placement
(`hoà`/`hòa`, `thuỷ`/`thủy`). Matching runs on a key of the same length as the NFC text, so every
match offset is also an offset into the NFC text.
"""

from __future__ import annotations

import unicodedata

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Open syllables whose tone mark the two spelling conventions place differently.
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


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


def _split_tone(ch: str) -> tuple[str, str]:
    parts = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in parts if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
    return base, tone


def match_key(text: str) -> str:
    """Lower-case NFC text with the tone of open `oa`, `oe`, `uy` on the first vowel; same length."""
    text = unicodedata.normalize("NFC", text)
    chars = [c.lower() if len(c.lower()) == 1 else c for c in text]
    n = len(chars)
    for i in range(n - 1):
        a, b = chars[i], chars[i + 1]
        if a not in "oóòỏõọuúùủũụ" or b not in "aáàảãạeéèẻẽẹyýỳỷỹỵ":
            continue
        if i + 2 < n and chars[i + 2].isalpha():
            continue  # closed syllable ("hoàng", "toán"): both conventions agree
        if i > 0 and chars[i - 1] == "q":
            continue  # "qu" is a consonant: the tone is always on the vowel after it
        base_a, tone_a = _split_tone(a)
        base_b, tone_b = _split_tone(b)
        if (base_a, base_b) in _PAIRS and tone_b and not tone_a:
            chars[i] = unicodedata.normalize("NFC", base_a + tone_b)
            chars[i + 1] = base_b
    return "".join(chars)
