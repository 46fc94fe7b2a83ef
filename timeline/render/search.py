"""The search index, as a script that assigns a global: a page opened from file:// may not fetch()
JSON, but it may always load a script. The page inserts it on first use, so it never delays reading.
"""

from __future__ import annotations

import json

from .view import Card, Names, outlet

INDEX_NAME = "search-index.js"
GLOBAL = "TIMELINE_INDEX"


def search_index(cards: tuple[Card, ...], names: Names) -> bytes:
    """One record per card: text fields for MiniSearch, and the keys the filters compare.

    `h` headline, `x` everything else worth finding (who, where, outlets, titles, sentences),
    `e` entity slugs, `s` outlets, `f`/`t` first and last day (ISO) the date may mean,
    `b`/`m`/`y` the card's day, month and year heading ids, to hide headings left empty.
    """
    records = []
    for card in cards:
        e = card.event
        text = [*e.actors, *e.places, card.when]
        for source in card.sources:
            text += [source.document.source, source.document.title, *source.sentences]
        records.append(
            {
                "id": e.id,
                "h": e.headline,
                "x": " ".join(t for t in text if t),
                "e": [names.entities[n] for n in dict.fromkeys((*e.actors, *e.places))],
                "s": sorted({outlet(s.document) for s in card.sources}),
                "f": card.start,
                "t": card.end,
                "b": card.bucket,
                "m": card.month,
                "y": card.year,
            }
        )
    payload = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{GLOBAL}={payload};\n".encode("utf-8")
