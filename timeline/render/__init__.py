"""Writers: the timeline rendered as a static site, in memory.

`render_site` returns every output file as bytes keyed by its path, so that the caller can
write them all or nothing and skip the ones that did not change.
"""

from __future__ import annotations

from dataclasses import replace

from ..analysis import DocumentAnalysis
from ..model import Document, Timeline
from ..settings import Settings
from . import dates, exports, feeds
from .env import templates_dir
from .i18n import strings
from .pages import render_pages
from .search import INDEX_NAME, search_index
from .view import cards_for, entities_for, names_for


def _assets() -> dict[str, bytes]:
    static = templates_dir() / "assets"
    return {
        f"assets/{asset.relative_to(static).as_posix()}": asset.read_bytes()
        for asset in sorted(static.rglob("*"))
        if asset.is_file()
    }


def render_site(
    timeline: Timeline,
    analyses: dict[str, DocumentAnalysis],
    settings: Settings,
    about: Document | None = None,
) -> dict[str, bytes]:
    """Every file of the site: pages, search index, feed, sitemap (with a base URL), exports, assets."""
    lang = settings.lang
    base_url = settings.base_url.rstrip("/") + "/" if settings.base_url else None
    settings = replace(settings, base_url=base_url)
    names = names_for(timeline)
    cards = cards_for(timeline, names, lang)
    entities = entities_for(cards, names)
    files = render_pages(timeline, analyses, settings, about, names, cards, entities)
    if base_url:
        files[feeds.SITEMAP_NAME] = feeds.sitemap([p for p in files if p.endswith(".html")], base_url)
    updated = dates.build_instant(a.dct for a in analyses.values())
    files[INDEX_NAME] = search_index(cards, names)
    files[feeds.FEED_NAME] = feeds.atom(cards, settings.title, lang, base_url, updated)
    tagline = strings(lang)["tagline"].format(n=len(timeline.documents))
    files.update(
        exports.export_files(timeline, analyses, cards, names, settings.title, tagline, f"{updated:%Y%m%dT%H%M%SZ}", base_url)
    )
    files.update(_assets())
    return files
