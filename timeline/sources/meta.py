"""Metadata at the top of an article: `key: value` lines, a `---` fenced block, or `date 2022-01`.

Shared by the plain-text and Markdown readers so that both accept the same header forms.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..model import CreationTime
from ..text import slugify

KEYS = ("title", "source", "url", "date")
_KEY_LINE = re.compile(r"^[ \t]*(?P<key>title|source|url|date)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.I)
_INLINE_DATE = re.compile(r"^\s*date:?[ \t]+(?P<value>\d{4}(?:-\d{2}){0,2}(?:T[\d:]+(?:Z|[+-][\d:]+)?)?)(?:[ \t]+|\n|$)", re.I)
_FENCE = re.compile(r"^---[ \t]*\n(?P<block>.*?)\n---[ \t]*(?:\n|$)", re.S)


@dataclass(frozen=True)
class Header:
    fields: dict[str, str]
    body: str
    dct: CreationTime | None
    problems: tuple[str, ...]


def split_header(text: str) -> Header:
    """Separate leading metadata from the article body; a bad date is a problem, not a failure."""
    fields: dict[str, str] = {}
    body = text.lstrip("\ufeff")
    fence = _FENCE.match(body)
    if fence:
        for line in fence["block"].splitlines():
            m = _KEY_LINE.match(line)
            if m:
                fields[m["key"].lower()] = _unquote(m["value"])
        body = body[fence.end():]
    else:
        while True:
            inline = _INLINE_DATE.match(body)
            if inline and "date" not in fields:
                fields["date"] = inline["value"]
                body = body[inline.end():]
                continue
            line, sep, rest = body.lstrip("\n").partition("\n")
            m = _KEY_LINE.match(line)
            if not m or m["key"].lower() in fields:
                break
            fields[m["key"].lower()] = _unquote(m["value"])
            body = rest
    problems: list[str] = []
    dct = None
    if fields.get("date"):
        try:
            dct = CreationTime.parse(fields["date"])
        except ValueError:
            problems.append(
                f"date {fields['date']!r} is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD[THH:MM]); read without a date"
            )
    return Header(fields, body.strip(), dct, tuple(problems))


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def document_id(name: str) -> str:
    """A URL-safe id from a file name or record id; a hash when nothing ASCII is left."""
    return slugify(name) or "doc-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def derive_title(body: str, words: int = 14) -> str:
    """A title for an article that has none: its first line if short, else its first words."""
    first_line = body.strip().split("\n", 1)[0].strip()
    if "\n" in body.strip() and 0 < len(first_line) <= 120:
        return first_line
    first_sentence = re.split(r"(?<=[.!?…])\s", first_line, maxsplit=1)[0]
    tokens = first_sentence.split()
    if len(tokens) <= words:
        return first_sentence.rstrip(".")
    return " ".join(tokens[:words]).rstrip(",;:") + "…"
