"""The HTML pages: timeline, documents, entities, about and 404, rendered from the view models.

Each page gets `root`, the relative way back to the site root, so that every link works from
file:// and under any sub-path; only the 404 page, which a server may show at any depth, uses
the absolute `--base-url` when there is one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Mapping

from markupsafe import Markup

from ..analysis import DocumentAnalysis
from ..model import CreationTime, Document, Timeline
from ..settings import Settings
from . import dates
from .article import paragraphs
from .env import environment
from .i18n import strings
from .overview import HEIGHT, charts
from .view import Card, Entity, Names, chronology, outlet, web_url


@dataclass(frozen=True)
class DatedMention:
    """A time expression of an article, listed on the index while no events have been extracted."""

    value: str
    machine: str | None
    label: str
    text: str
    title: str
    href: str


@dataclass(frozen=True)
class DocumentRow:
    document: Document
    href: str
    dct: str
    events: int


def root_of(path: str) -> str:
    """The relative prefix from `path` back to the site root (`documents/a.html` -> `../`)."""
    return "../" * (len(PurePosixPath(path).parts) - 1)


def _machine(value: str) -> str | None:
    """`value` cut to a form `<time datetime>` accepts, when it names a calendar span."""
    when = dates.parse(value)
    widths = {"day": 10, "week": 8, "month": 7, "year": 4}
    return value[: widths[when.kind]] if when.kind in widths else None


def _dct_label(dct: CreationTime, lang: str) -> str:
    text = dates.label(dates.parse(dct.value), lang)
    return f"{text} {dct.value[11:16]}" if dct.precision == "minute" else text


class Pages:
    """Renders pages into `files`, with the context every template shares."""

    def __init__(self, settings: Settings, files: dict[str, bytes]) -> None:
        self.settings = settings
        self.t = strings(settings.lang)
        self.env = environment()
        self.files = files
        self._macros: dict[str, object] = {}
        self._cards: dict[tuple[str, int, str], Markup] = {}

    def card_renderer(self, root: str):
        """`card(c, level)` for templates: each card's HTML is made once per root and heading level,
        since an event shows on the timeline and again on the page of each of its entities."""
        if root not in self._macros:
            self._macros[root] = self.env.get_template("_macros.html").make_module({"t": self.t, "root": root})
        macros = self._macros[root]

        def card(c: Card, level: int) -> Markup:
            key = (c.event.id, level, root)
            if key not in self._cards:
                self._cards[key] = Markup(macros.card(c, level))
            return self._cards[key]

        return card

    def render(self, path: str, template: str, *, title: str | None, description: str, nav: str = "", og_type: str = "website", root: str | None = None, **context: object) -> None:
        base = self.settings.base_url
        page_title = f"{title} — {self.settings.title}" if title else self.settings.title
        root = root_of(path) if root is None else root
        html = self.env.get_template(template).render(
            root=root,
            card=self.card_renderer(root),
            settings=self.settings,
            t=self.t,
            page_title=page_title,
            description=" ".join(description.split())[:300],
            canonical=f"{base}{path}" if base else None,
            og_type=og_type,
            nav=nav,
            **context,
        )
        self.files[path] = html.encode("utf-8")


def render_pages(
    timeline: Timeline,
    analyses: Mapping[str, DocumentAnalysis],
    settings: Settings,
    about: Document | None,
    names: Names,
    cards: tuple[Card, ...],
    entities: tuple[Entity, ...],
) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    pages = Pages(settings, files)
    t, lang = pages.t, settings.lang
    documents = timeline.documents
    cited = {s.document.id for c in cards for s in c.sources}
    outlets = sorted({outlet(d) for d in documents if d.id in cited})
    tagline = t["tagline"].format(n=len(documents))

    dated = []
    if not cards:
        dated = sorted(
            (
                DatedMention(x.value, _machine(x.value), dates.label(dates.parse(x.value), lang, x.mod), x.text, doc.title, f"{names.document(doc.id)}")
                for doc in documents
                for x in analyses[doc.id].timexes
                if x.type in ("DATE", "TIME") and x.value[:1].isdigit()
            ),
            key=lambda d: (d.value, d.href, d.text),
        )
    dated_cards = [c for c in cards if c.start]
    span = (
        " – ".join(dict.fromkeys(dates.label(dates.parse(c.event.date), lang) for c in (dated_cards[0], dated_cards[-1])))
        if dated_cards
        else ""
    )
    pages.render(
        "index.html", "index.html", span=span, title=None, description=tagline, nav="timeline",
        documents=documents, cards=cards, years=chronology(cards, lang), outlets=outlets,
        charts=charts(cards, lang, t["bar_title"]), height=HEIGHT, entities=entities, dated=dated,
        first=min((c.start for c in cards if c.start), default=""), last=max((c.end for c in cards if c.end), default=""),
    )

    by_document: dict[str, list[Card]] = {}
    for card in cards:
        for source in card.sources:
            by_document.setdefault(source.document.id, []).append(card)
    rows = []
    for doc in documents:
        analysis = analyses[doc.id]
        path = names.document(doc.id)
        mine = tuple(by_document.get(doc.id, ()))
        dct = analysis.dct or doc.dct
        pages.render(
            path, "document.html", title=doc.title, description=doc.text[:300], nav="sources", og_type="article",
            document=doc, stem=names.documents[doc.id], url=web_url(doc.url), cards=mine,
            dct=dct, dct_label=_dct_label(dct, lang) if dct else "", dct_machine=_machine(dct.value) if dct else None,
            timex_count=len(analysis.timexes),
            paragraphs=paragraphs(doc, analysis.timexes, tuple(c.event for c in mine)),
        )
        rows.append(DocumentRow(doc, path, _dct_label(dct, lang) if dct else "", len(mine)))
    pages.render("documents/index.html", "documents.html", title=t["sources_title"], description=tagline, nav="sources", rows=rows)

    groups = [(kind, [e for e in entities if kind in e.kinds]) for kind in ("actor", "place")]
    pages.render(
        "entities/index.html", "entities.html", title=t["entities_title"], description=tagline, nav="entities",
        groups=[(kind, items) for kind, items in groups if items],
    )
    for entity in entities:
        pages.render(
            names.entity(entity.name), "entity.html", title=entity.name, nav="entities",
            description=f"{entity.name}: {t['entity_events'].format(n=len(entity.cards))}", entity=entity,
        )

    about_html = Markup(about.html) if about and about.html else None
    pages.render(
        "about.html", "about.html", title=about.title if about else t["nav_about"], nav="about",
        description=about.text[:300] if about else t["about_default"],
        about_title=about.title if about else t["nav_about"], about_html=about_html,
        about_has_h1=bool(about_html) and about_html.lstrip().startswith("<h1"),
        timeml=[{"href": f"timeml/{names.documents[d.id]}.tml", "title": d.title} for d in documents],
    )
    pages.render("404.html", "404.html", title=t["not_found"], description=t["not_found_help"], root=settings.base_url or "")
    return files
