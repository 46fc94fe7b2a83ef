"""timeline.json: the timeline as data, for the site's scripts and for anyone who wants to reuse it.

The contract is `timeline.schema.json` next to this module. Keys are written in the order the
schema lists them, events in chronological order, so that the same input gives the same bytes.
"""

from __future__ import annotations

import json

from ..model import Event, Mention, Timeline
from .merge import chronological


def timeline_json(timeline: Timeline) -> bytes:
    """The timeline as UTF-8 JSON (not ASCII-escaped), ending with a newline."""
    documents = []
    for doc in timeline.documents:
        dct = timeline.dcts.get(doc.id, doc.dct)
        documents.append(
            {
                "id": doc.id,
                "title": doc.title,
                "source": doc.source,
                "url": doc.url,
                "dct": dct.value if dct else None,
                "dct_precision": dct.precision if dct else None,
                "dct_inferred": dct.inferred if dct else None,
            }
        )
    events = [_event(e) for e in sorted(timeline.events, key=chronological)]
    data = {"documents": documents, "events": events}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _event(event: Event) -> dict[str, object]:
    return {
        "id": event.id,
        "date": event.date,
        "precision": event.precision,
        "end": event.end,
        "time_of_day": event.time_of_day,
        "headline": event.headline,
        "status": event.status,
        "actors": list(event.actors),
        "places": list(event.places),
        "mentions": [_mention(m) for m in event.mentions],
        "conflict": None
        if event.conflict is None
        else {"dates": [{"date": c.date, "documents": list(c.documents)} for c in event.conflict]},
    }


def _mention(mention: Mention) -> dict[str, object]:
    t = mention.timex
    return {
        "document": mention.document,
        "sentence": mention.sentence,
        "start": mention.start,
        "end": mention.end,
        "timex": {"start": t.start, "end": t.end, "text": t.text, "value": t.value},
    }
