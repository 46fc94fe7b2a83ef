"""The data model that the pipeline stages pass to each other.

Readers produce `Document`s, the tagger produces `Timex`es, event extraction produces `Mention`s
grouped into `Event`s, and a `Timeline` is what the renderers publish. Everything here is a plain,
immutable dataclass so that stage outputs can be cached, compared and sent to worker processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["year", "month", "day", "minute"]

_DCT_RE = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


@dataclass(frozen=True)
class CreationTime:
    """A document creation time (DCT) that keeps the precision it was given with.

    `2022-01` is a month, not 1 January: resolution against it must not invent a day.
    `inferred` says how the value was obtained when the document did not state it.
    """

    value: str
    precision: Precision
    inferred: str | None = None

    @classmethod
    def parse(cls, text: str, inferred: str | None = None) -> CreationTime:
        """Parse an ISO 8601 date, possibly partial (`2022`, `2022-01`, `2022-01-08T10:30+07:00`)."""
        m = _DCT_RE.match(text.strip())
        if not m:
            raise ValueError(f"not an ISO date: {text!r}")
        year, month, day = m["year"], m["month"], m["day"]
        if not 1000 <= int(year) <= 2999:
            raise ValueError(f"year out of range: {text!r}")
        if month and not 1 <= int(month) <= 12:
            raise ValueError(f"month out of range: {text!r}")
        if day:
            date(int(year), int(month), int(day))  # raises ValueError for 2022-02-30
        if m["hour"]:
            if int(m["hour"]) > 23 or int(m["minute"]) > 59:
                raise ValueError(f"time out of range: {text!r}")
            tz = m["tz"] or ""
            if tz and tz != "Z" and ":" not in tz:
                tz = tz[:3] + ":" + tz[3:]
            return cls(f"{year}-{month}-{day}T{m['hour']}:{m['minute']}{tz}", "minute", inferred)
        if day:
            return cls(f"{year}-{month}-{day}", "day", inferred)
        if month:
            return cls(f"{year}-{month}", "month", inferred)
        return cls(year, "year", inferred)

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if self.precision != "year" else None

    @property
    def day(self) -> int | None:
        return int(self.value[8:10]) if self.precision in ("day", "minute") else None

    @property
    def date(self) -> date | None:
        """The calendar day, when the DCT is at least that precise."""
        if self.day is None:
            return None
        return date(self.year, self.month or 1, self.day)


@dataclass(frozen=True)
class Document:
    """One article, as read from the seeds folder."""

    id: str
    path: str
    """Where it came from, relative to the seeds folder (`corpus.jsonl:12` for a JSON Lines record)."""
    title: str
    text: str
    """Plain NFC text that every offset refers to."""
    dct: CreationTime | None = None
    source: str = ""
    url: str = ""
    html: str | None = None
    """The body rendered for display, when the format has markup (Markdown)."""


@dataclass(frozen=True)
class Timex:
    """A temporal expression: a span of the text and its TIMEX3 normalization."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None = None
    anchor: str | None = None
    """What the value was resolved against: `absolute`, `dct`, `narrative`, or `none`."""
    category: str | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.anchor:
            out["anchor"] = self.anchor
        if self.category:
            out["category"] = self.category
        return out


@dataclass(frozen=True)
class Mention:
    """One sentence of one document that places an event in time."""

    document: str
    sentence: str
    start: int
    end: int
    timex: Timex
    """The time expression that places the event (adjacent ones joined: `sáng thứ Hai (10/01)`)."""
    words: tuple[str, ...] = ()
    """The content words of the event's clause, lower-cased and sorted, for matching across articles."""


@dataclass(frozen=True)
class DateClaim:
    """A date that some sources give for an event, with those sources."""

    date: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Event:
    """Something that happened or is expected, when, who, where, and the sentences that say so."""

    id: str
    date: str
    precision: str
    headline: str
    status: Literal["happened", "expected"]
    mentions: tuple[Mention, ...]
    end: str | None = None
    time_of_day: str | None = None
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    conflict: tuple[DateClaim, ...] | None = None


@dataclass(frozen=True)
class Timeline:
    """What the site publishes: the documents read and the events found in them."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...] = field(default=())
    dcts: dict[str, CreationTime | None] = field(default_factory=dict)
    """Each document's resolved creation time (given, or inferred by `analyse`), by document id."""
