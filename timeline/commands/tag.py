"""`timeline tag`: time expressions of articles as JSON, JSON Lines or inline TimeML."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Iterable
from xml.sax.saxutils import escape, quoteattr

from ..errors import TimelineError
from ..model import CreationTime, Document, Timex
from ..sources import read_folder, reader_for
from ..sources.decode import Unreadable, decode_exact
from ..temporal import infer_dct, tag
from ..text import nfc


def _jsonl_records(files: list[Path]) -> Iterable[tuple[str, dict]]:
    sources = [(str(f), f.read_bytes()) for f in files] if files else [("<stdin>", sys.stdin.buffer.read())]
    for name, data in sources:
        try:
            text = decode_exact(data)
        except Unreadable as exc:
            raise TimelineError(f"{name}: {exc}") from None
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise TimelineError(f"{name}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise TimelineError(f"{name}:{number}: expected an object with a 'text' field")
            yield f"{name}:{number}", record


def _dct(raw: object, where: str) -> CreationTime | None:
    if not raw:
        return None
    try:
        return CreationTime.parse(str(raw))
    except ValueError:
        raise TimelineError(f"{where}: date {raw!r} is not an ISO date (YYYY[-MM[-DD]])") from None


def _documents(files: list[Path]) -> list[Document]:
    docs: list[Document] = []
    for path in files:
        if path.is_dir():
            read = read_folder(path)
            for skipped in read.skipped:
                print(f"warning: {skipped}", file=sys.stderr)
            docs.extend(read.documents)
            continue
        if not path.is_file():
            raise TimelineError(f"{path}: file not found")
        try:
            found, problems = reader_for(path)(path, path.name)
        except Unreadable as exc:
            raise TimelineError(f"{path}: {exc}") from None
        for where, reason in problems:
            print(f"warning: {where}: {reason}", file=sys.stderr)
        docs.extend(found)
    if not files:
        text = nfc(sys.stdin.read()).strip()
        docs.append(Document(id="stdin", path="<stdin>", title="", text=text))
    return docs


def timeml(text: str, timexes: list[Timex]) -> str:
    """The text with inline `<TIMEX3>` tags, as HeidelTime prints it."""
    out, pos = [], 0
    for n, t in enumerate(timexes, 1):
        attrs = f'tid="t{n}" type="{t.type}" value={quoteattr(t.value)}'
        if t.mod:
            attrs += f' mod="{t.mod}"'
        out.append(escape(text[pos:t.start]))
        out.append(f"<TIMEX3 {attrs}>{escape(t.text)}</TIMEX3>")
        pos = t.end
    out.append(escape(text[pos:]))
    return "".join(out)


def timeml_document(text: str, timexes: list[Timex]) -> str:
    """A whole TimeML document: the declaration, the root element, and the tagged text."""
    return f'<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n{timeml(text, timexes)}\n</TimeML>\n'


def run(files: list[Path], dct: str | None, fmt: str, stream: IO[str]) -> int:
    default_dct = _dct(dct, "--dct")
    if fmt == "jsonl":
        for where, record in _jsonl_records(files):
            doc_dct = _dct(record.get("dct") or record.get("date"), where) or default_dct
            text = record["text"]
            if doc_dct is None:
                doc_dct = infer_dct(text)
            timexes = tag(text, doc_dct)
            out = {
                "id": record.get("id"),
                "dct": doc_dct.value if doc_dct else None,
                "timexes": [t.to_dict() for t in timexes],
            }
            stream.write(json.dumps(out, ensure_ascii=False) + "\n")
        return 0
    results = []
    for doc in _documents(files):
        doc_dct = doc.dct or default_dct or infer_dct(doc.text)
        timexes = tag(doc.text, doc_dct)
        if fmt == "timeml":
            stream.write(timeml_document(doc.text, timexes))
            continue
        results.append(
            {
                "id": doc.id,
                "path": doc.path,
                "dct": doc_dct.value if doc_dct else None,
                "dct_precision": doc_dct.precision if doc_dct else None,
                "dct_inferred": doc_dct.inferred if doc_dct else None,
                "timexes": [t.to_dict() for t in timexes],
            }
        )
    if fmt == "json":
        stream.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return 0
