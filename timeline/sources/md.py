"""Markdown articles with front matter: rendered for display, flattened to plain text for analysis.

Raw HTML in the source is shown as text and links may only use safe schemes: seeds come from
anywhere, and the published site must never run what an article smuggles in.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor

from ..model import Document
from .decode import Unreadable, read_text
from .meta import derive_title, document_id, split_header

_SAFE_URL = re.compile(r"^(https?:|mailto:|#|/|\.{0,2}/|[^:]*$)", re.I)
_LOCAL_URL = re.compile(r"^(?![a-z][a-z0-9+.-]*:|//)", re.I)
"""Images must come from the site itself: a remote `src` would load from the network when the page opens."""
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "br", "hr"}


class _DropUnsafeLinks(Treeprocessor):
    def run(self, root: Element) -> None:
        for el in root.iter():
            href, src = el.get("href"), el.get("src")
            if href is not None and not _SAFE_URL.match(href.strip()):
                del el.attrib["href"]
            if src is not None and not _LOCAL_URL.match(src.strip()):
                del el.attrib["src"]


def render_markdown(source: str) -> str:
    """HTML for display: no raw HTML passes through, no `javascript:` links."""
    md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_DropUnsafeLinks(md), "drop_unsafe_links", 0)
    return md.convert(source)


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str) -> str:
    """The text a reader sees, one paragraph per line."""
    parser = _TextOf()
    parser.feed(html)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def read(path: Path, rel: str) -> tuple[list[Document], list[tuple[str, str]]]:
    header = split_header(read_text(path))
    html = render_markdown(header.body)
    text = plain_text(html)
    if not text:
        raise Unreadable("no article text after the metadata")
    doc = Document(
        id=document_id(str(PurePosixPath(rel).with_suffix(""))),
        path=rel,
        title=header.fields.get("title") or derive_title(text),
        text=text,
        dct=header.dct,
        source=header.fields.get("source", ""),
        url=header.fields.get("url", ""),
        html=html,
    )
    return [doc], [(rel, p) for p in header.problems]
