"""JSON Lines corpora: one article per line (`id`, `title`, `date`, `text`, optional `source`, `url`).

A bad record is reported with its line number and skipped; the other records are still read.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import CreationTime, Document
from ..text import nfc
from .decode import read_text
from .meta import derive_title, document_id


def read(path: Path, rel: str) -> tuple[list[Document], list[tuple[str, str]]]:
    docs: list[Document] = []
    problems: list[tuple[str, str]] = []
    # split on newlines only: str.splitlines() also breaks at U+2028 and U+0085, valid inside JSON strings
    for number, line in enumerate(read_text(path).split("\n"), 1):
        if not line.strip():
            continue
        where = f"{rel}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append((where, f"not valid JSON ({exc.msg})"))
            continue
        if not isinstance(record, dict):
            problems.append((where, "not a JSON object"))
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append((where, "no article text (field 'text')"))
            continue
        raw_id = record.get("id")
        if raw_id is None or str(raw_id).strip() == "":
            problems.append((where, "no 'id' field"))
            continue
        dct = None
        raw_date = record.get("dct") or record.get("date")
        if raw_date:
            try:
                dct = CreationTime.parse(str(raw_date))
            except ValueError:
                problems.append((where, f"date {raw_date!r} is not an ISO date; read without a date"))
        text = nfc(text).strip()
        docs.append(
            Document(
                id=document_id(str(raw_id)),
                path=where,
                title=nfc(str(record.get("title") or "")).strip() or derive_title(text),
                text=text,
                dct=dct,
                source=nfc(str(record.get("source") or "")),
                url=str(record.get("url") or ""),
            )
        )
    return docs, problems
