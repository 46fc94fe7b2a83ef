"""The timeline as data files beside the site: JSON, TimelineJS3 JSON, CSV, iCalendar and TimeML.

`timeline.json` is the events stage's own export (`timeline.events.export.timeline_json`), so
the site publishes exactly the contract that stage documents.

All of them are byte-stable: sorted input, no clock read (the iCalendar stamp comes from
`dates.build_instant`), CRLF where the format asks for it.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
from datetime import timedelta
from typing import Mapping

from ..analysis import DocumentAnalysis
from ..commands.tag import timeml_document
from ..events.export import timeline_json
from ..model import Timeline
from . import dates
from .view import Card, Names

JSON_NAME = "timeline.json"
TIMELINEJS_NAME = "timelinejs.json"
CSV_NAME = "timeline.csv"
ICS_NAME = "timeline.ics"


def _dumps(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _timelinejs_date(when: dates.When) -> dict[str, str] | None:
    if when.start is None:
        return None
    out = {"year": str(when.start.year)}
    if when.kind in ("day", "week", "month", "quarter"):
        out["month"] = str(when.start.month)
    if when.kind in ("day", "week"):
        out["day"] = str(when.start.day)
    return out


def _linked(text: str, url: str) -> str:
    return f'<a href="{html.escape(url)}">{html.escape(text)}</a>' if url else html.escape(text)


def timelinejs(cards: tuple[Card, ...], title: str, description: str) -> bytes:
    """A TimelineJS3 JSON file (`{"title", "events"}`), to open in TimelineJS3 as it is.

    TimelineJS shows `text` as HTML, so every string from the seeds is escaped here.
    """
    events = []
    for card in cards:
        when = dates.parse(card.event.date)
        start = _timelinejs_date(when)
        if start is None:
            continue
        sources = "".join(
            f"<p>{_linked(s.outlet, s.url)}: {html.escape(s.sentences[0])}</p>" for s in card.sources
        )
        item: dict[str, object] = {
            "unique_id": card.event.id,
            "start_date": start,
            "display_date": card.when,
            "text": {"headline": html.escape(card.event.headline), "text": sources},
        }
        if card.event.end and (end := _timelinejs_date(dates.parse(card.event.end))):
            item["end_date"] = end
        if card.event.status == "expected":
            item["group"] = "expected"
        events.append(item)
    return _dumps({"title": {"text": {"headline": html.escape(title), "text": html.escape(description)}}, "events": events})


def _cell(text: str) -> str:
    """Text a spreadsheet would run as a formula (`=`, `+`, `@`) gets a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "@", "\t", "\r") else text


def timeline_csv(cards: tuple[Card, ...]) -> bytes:
    """One row per event (RFC 4180, CRLF), with a BOM so that spreadsheet programs read it as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "date", "precision", "end", "time_of_day", "status", "headline", "actors", "places", "documents", "urls"])
    for card in cards:
        e = card.event
        writer.writerow(
            [
                _cell(e.id), e.date, e.precision, e.end or "", e.time_of_day or "", e.status, _cell(e.headline),
                _cell("; ".join(e.actors)), _cell("; ".join(e.places)),
                "; ".join(s.document.id for s in card.sources),
                "; ".join(s.url for s in card.sources if s.url),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets continue on the next line after a space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current, limit = [], b"", 75
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            parts.append(current.decode("utf-8"))
            current, limit = b"", 74
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def icalendar(cards: tuple[Card, ...], title: str, stamp: str, base_url: str | None) -> bytes:
    """Events dated to the day as all-day VEVENTs; UIDs are hashes of the event ids, so they never change."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//VI", "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(title)}",
    ]
    for card in cards:
        when = dates.parse(card.event.date)
        if when.kind != "day" or when.start is None:
            continue
        last = dates.parse(card.end).start if card.end else when.start
        uid = hashlib.sha256(card.event.id.encode("utf-8")).hexdigest()[:32]
        description = "\n".join(
            f"{s.outlet}: {s.sentences[0]}" + (f" {s.url}" if s.url else "")
            for s in card.sources
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@timeline",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{when.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{(max(last or when.start, when.start) + timedelta(days=1)):%Y%m%d}",
            f"SUMMARY:{_ics_text(card.event.headline)}",
            f"DESCRIPTION:{_ics_text(description)}",
            "STATUS:TENTATIVE" if card.event.status == "expected" else "STATUS:CONFIRMED",
        ]
        if base_url:
            lines.append(f"URL:{base_url}index.html#{card.event.id}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")


def timeml_files(timeline: Timeline, analyses: Mapping[str, DocumentAnalysis], names: Names) -> dict[str, bytes]:
    """`timeml/<document>.tml`: each article with inline TIMEX3 tags, as `timeline tag --format timeml` prints it."""
    return {
        f"timeml/{names.documents[d.id]}.tml": (
            timeml_document(d.text, list(analyses[d.id].timexes))
        ).encode("utf-8")
        for d in timeline.documents
    }


def export_files(
    timeline: Timeline,
    analyses: Mapping[str, DocumentAnalysis],
    cards: tuple[Card, ...],
    names: Names,
    title: str,
    description: str,
    stamp: str,
    base_url: str | None,
) -> dict[str, bytes]:
    """Every data file the About page links to, by path."""
    return {
        JSON_NAME: timeline_json(timeline),
        TIMELINEJS_NAME: timelinejs(cards, title, description),
        CSV_NAME: timeline_csv(cards),
        ICS_NAME: icalendar(cards, title, stamp, base_url),
        **timeml_files(timeline, analyses, names),
    }
