"""What the pages show, computed once: safe file names, event cards, the year/month/day chronology.

Templates only lay these out. Every name that becomes a file or a link comes from `unique_slugs`,
so nothing a seed contains can make a path that leaves the output folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Iterable, Mapping

from ..model import Document, Event, Timeline
from ..text import fold, slugify
from . import dates
from .i18n import strings


_WEB_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.I)


def unique_slugs(keys: Iterable[str], fallback: str) -> dict[str, str]:
    """An ASCII slug for each key, in the order given; clashes get `-2`, `-3`, so output is stable."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key in keys:
        if key in out:
            continue
        base = slugify(key) or fallback
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out[key] = slug
    return out


def web_url(url: str) -> str:
    """`url` if it is an absolute http(s) URL, else empty."""
    return url if _WEB_URL.match(url) else ""


def outlet(document: Document) -> str:
    """What the source filter and summaries call a document's outlet: its source, else its title."""
    return document.source or document.title


@dataclass(frozen=True)
class Link:
    text: str
    href: str
    """Relative to the site root; templates prefix it with the page's way back to the root."""


@dataclass(frozen=True)
class SourceRef:
    """One document that reports an event, with the sentences of it that do."""

    document: Document
    href: str
    sentences: tuple[str, ...]
    url: str
    """The original article, only when it is an http(s) link: a seed may carry `javascript:`."""

    @property
    def outlet(self) -> str:
        return outlet(self.document)


@dataclass(frozen=True)
class Card:
    event: Event
    when: str
    datetime: str | None
    actors: tuple[Link, ...]
    places: tuple[Link, ...]
    sources: tuple[SourceRef, ...]
    conflict: tuple[str, ...]
    year: str
    month: str
    bucket: str
    start: str
    end: str
    sort_key: tuple


@dataclass(frozen=True)
class Bucket:
    id: str
    heading: str | None
    datetime: str | None
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class MonthGroup:
    id: str
    heading: str | None
    buckets: tuple[Bucket, ...]


@dataclass(frozen=True)
class YearGroup:
    id: str
    heading: str
    months: tuple[MonthGroup, ...]


@dataclass(frozen=True)
class Entity:
    name: str
    slug: str
    kinds: tuple[str, ...]
    """`actor`, `place`, or both."""
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Names:
    """File stems for documents and entities, chosen once for the whole site."""

    documents: Mapping[str, str]
    entities: Mapping[str, str]

    def document(self, doc_id: str) -> str:
        return f"documents/{self.documents[doc_id]}.html"

    def entity(self, name: str) -> str:
        return f"entities/{self.entities[name]}.html"


def _entity_order(name: str) -> tuple[str, str]:
    return fold(name), name


def names_for(timeline: Timeline) -> Names:
    entities = sorted({n for e in timeline.events for n in (*e.actors, *e.places)}, key=_entity_order)
    return Names(
        documents=unique_slugs((d.id for d in timeline.documents), "document"),
        entities=unique_slugs(entities, "entity"),
    )


_MACHINE_KINDS = {"day", "week", "month", "year"}


def _placement(when: dates.When, lang: str) -> tuple[str, str, str, str | None, str | None]:
    """(year id, month id, bucket id, month heading, bucket heading) for a card's date."""
    if when.start is None:
        return "undated", "undated-m", "undated-d", None, None
    start = when.start
    year_id = f"y{start.year}"
    if when.kind == "year":
        return year_id, f"{year_id}-x", f"{year_id}-xx", strings(lang)["whole_year"].format(year=start.year), None
    month_id = f"m{start:%Y-%m}"
    month_heading = dates.month_name(start.year, start.month, lang).capitalize()
    if when.kind == "day":
        return year_id, month_id, f"d{start:%Y-%m-%d}", month_heading, dates.day_heading(start, lang)
    if when.kind == "week":
        return year_id, month_id, f"w{when.value[:8]}", month_heading, dates.label(when, lang).capitalize()
    heading = dates.label(when, lang).capitalize()
    if when.kind == "month":
        heading = f"{heading} — {strings(lang)['no_day'].lower()}"
    return year_id, month_id, f"{month_id}-{when.kind[0]}", month_heading, heading


def _mod(event: Event) -> str | None:
    """The modifier (`START`, `APPROX`…) of the time expression that gave the event its date."""
    for mention in event.mentions:
        if mention.timex.value.startswith(event.date) and mention.timex.mod:
            return mention.timex.mod
    return None


def card_for(event: Event, documents: Mapping[str, Document], names: Names, lang: str) -> Card:
    when = dates.parse(event.date)
    last = dates.parse(event.end).end if event.end else None
    by_doc: dict[str, list[tuple[int, str]]] = {}
    for mention in event.mentions:
        if mention.document in documents:
            by_doc.setdefault(mention.document, []).append((mention.start, mention.sentence))
    sources = tuple(
        SourceRef(
            documents[doc_id],
            f"{names.document(doc_id)}#s{found[0][0]}",
            tuple(dict.fromkeys(s for _, s in found)),
            web_url(documents[doc_id].url),
        )
        for doc_id, found in by_doc.items()
    )
    conflict = tuple(
        f"{dates.label(dates.parse(claim.date), lang)} ("
        + ", ".join(outlet(documents[d]) for d in claim.documents if d in documents)
        + ")"
        for claim in event.conflict or ()
    )
    year, month, bucket, _, _ = _placement(when, lang)
    span = (when.end - when.start).days if when.start and when.end else 0
    return Card(
        event=event,
        when=dates.event_label(event.date, event.end, event.time_of_day, _mod(event), lang),
        datetime=event.date if when.kind in _MACHINE_KINDS else None,
        actors=tuple(Link(a, names.entity(a)) for a in event.actors),
        places=tuple(Link(p, names.entity(p)) for p in event.places),
        sources=sources,
        conflict=conflict,
        year=year,
        month=month,
        bucket=bucket,
        start=when.start.isoformat() if when.start else "",
        end=(last or when.end).isoformat() if when.end else "",
        sort_key=(when.start or date.max, -span, dates.clock_order(event.time_of_day), event.id),
    )


def cards_for(timeline: Timeline, names: Names, lang: str) -> tuple[Card, ...]:
    """Every event as a card, in reading order: earlier first, the vaguer date before the precise one."""
    documents = {d.id: d for d in timeline.documents}
    return tuple(sorted((card_for(e, documents, names, lang) for e in timeline.events), key=lambda c: c.sort_key))


def chronology(cards: tuple[Card, ...], lang: str) -> tuple[YearGroup, ...]:
    """Cards grouped under year, month and day headings (cards must be in `cards_for` order)."""
    years = []
    for year_id, in_year in groupby(cards, key=lambda c: c.year):
        months = []
        for month_id, in_month in groupby(in_year, key=lambda c: c.month):
            buckets = []
            month_heading = None
            for bucket_id, in_bucket in groupby(in_month, key=lambda c: c.bucket):
                group = tuple(in_bucket)
                when = dates.parse(group[0].event.date)
                _, _, _, month_heading, heading = _placement(when, lang)
                machine = group[0].datetime if when.kind in ("day", "week") else None
                buckets.append(Bucket(bucket_id, heading, machine, group))
            months.append(MonthGroup(month_id, month_heading, tuple(buckets)))
        first = dates.parse(months[0].buckets[0].cards[0].event.date)
        heading = str(first.year) if first.year else strings(lang)["undated"]
        years.append(YearGroup(year_id, heading, tuple(months)))
    return tuple(years)


def entities_for(cards: tuple[Card, ...], names: Names) -> tuple[Entity, ...]:
    """One entry per person, organisation or place, with its events in timeline order."""
    kinds: dict[str, set[str]] = {}
    found: dict[str, dict[str, Card]] = {}
    for card in cards:
        for kind, links in (("actor", card.actors), ("place", card.places)):
            for link in links:
                kinds.setdefault(link.text, set()).add(kind)
                found.setdefault(link.text, {}).setdefault(card.event.id, card)
    return tuple(
        Entity(name, names.entities[name], tuple(sorted(kinds[name])), tuple(found[name].values()))
        for name in sorted(found, key=_entity_order)
    )
