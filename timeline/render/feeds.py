"""The Atom feed of events and the sitemap.

A sitemap must list absolute URLs, so it is written only when `--base-url` is given; the feed
uses absolute links with it and links relative to the feed without it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Iterable
from xml.sax.saxutils import escape, quoteattr

from . import dates
from .view import Card

FEED_NAME = "feed.xml"
SITEMAP_NAME = "sitemap.xml"
_NAMESPACE = uuid.UUID("6f1c3a52-8d0e-4c5b-9a43-2f7e0b1d9c61")


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _urn(key: str) -> str:
    """A permanent Atom id that does not depend on where the site is published."""
    return uuid.uuid5(_NAMESPACE, key).urn


def atom(cards: tuple[Card, ...], title: str, lang: str, base_url: str | None, updated: datetime) -> bytes:
    """Newest event first; each entry's `updated` is its newest source article, else the build instant."""
    root = base_url or ""
    entries = []
    for card in sorted(cards, key=lambda c: c.sort_key, reverse=True):
        newest = [dates.instant(s.document.dct) for s in card.sources if s.document.dct]
        summary = " ".join(f"{s.outlet}: {s.sentences[0]}" for s in card.sources)
        entries.append(
            "<entry>\n"
            f"<id>{_urn('event:' + card.event.id)}</id>\n"
            f"<title>{escape(card.when)}: {escape(card.event.headline)}</title>\n"
            f"<updated>{_stamp(max(newest, default=updated))}</updated>\n"
            f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(root + 'index.html#' + card.event.id)}/>\n"
            f"<summary>{escape(summary)}</summary>\n"
            "</entry>\n"
        )
    self_link = f"<link rel=\"self\" href={quoteattr(root + FEED_NAME)}/>\n" if base_url else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">\n'
        f"<id>{_urn('feed:' + title)}</id>\n"
        f"<title>{escape(title)}</title>\n"
        f"<updated>{_stamp(updated)}</updated>\n"
        f"<author><name>{escape(title)}</name></author>\n"
        f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(root + 'index.html')}/>\n"
        f"{self_link}"
        + "".join(entries)
        + "</feed>\n"
    ).encode("utf-8")


def sitemap(pages: Iterable[str], base_url: str) -> bytes:
    """Every HTML page except the 404, as absolute URLs under `base_url`."""
    urls = "".join(f"<url><loc>{escape(base_url + p)}</loc></url>\n" for p in sorted(pages) if p != "404.html")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
    ).encode("utf-8")
