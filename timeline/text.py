"""Text helpers shared by every stage: Unicode normalization and ASCII folding of Vietnamese."""

from __future__ import annotations

import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    """Compose to NFC so that offsets and matching do not depend on how the text was typed."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case ASCII approximation: diacritics dropped, `đ` -> `d` (`Hà Nội` -> `ha noi`).

    Keeps the length of NFC text unchanged for Vietnamese letters, so offsets still line up.
    """
    out = []
    for ch in nfc(text).lower():
        if ch == "đ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isascii() else ch)
    return "".join(out)


def slugify(text: str, max_length: int = 80) -> str:
    """A stable, URL-safe ASCII id: `001_Quân đội.txt` -> `001-quan-doi-txt`."""
    slug = _NON_SLUG.sub("-", fold(text)).strip("-")
    return slug[:max_length].rstrip("-")
