"""An article cut into runs for its page: time expressions highlighted, event sentences linked back.

Offsets are into `Document.text`, so the page shows that text (not the Markdown HTML): it is
what every time expression and sentence offset refers to.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..model import Document, Event, Timex


@dataclass(frozen=True)
class Piece:
    text: str
    timex: Timex | None


@dataclass(frozen=True)
class Run:
    """Consecutive pieces inside one event sentence (`anchor` set) or outside any."""

    anchor: str | None
    events: tuple[Event, ...]
    pieces: tuple[Piece, ...]


class _Spans:
    """Spans sorted by start, to find the one that holds a piece of text."""

    def __init__(self, spans: list[tuple[int, int, object]]) -> None:
        self.spans = sorted(spans, key=lambda s: (s[0], s[1]))
        self.starts = [s for s, _, _ in self.spans]
        self.reach, furthest = [], -1
        for _, end, _ in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def holding(self, a: int, b: int):
        """The latest-starting span with start <= a and b <= end, or None."""
        i = bisect_right(self.starts, a) - 1
        while i >= 0 and self.reach[i] >= b:
            if self.spans[i][1] >= b:
                return self.spans[i][2]
            i -= 1
        return None


def paragraphs(document: Document, timexes: tuple[Timex, ...], events: tuple[Event, ...]) -> list[list[Run]]:
    """The text as paragraphs of runs; a timex or sentence that crosses a paragraph break is split there."""
    text = document.text
    size = len(text)
    sentences: dict[tuple[int, int], dict[str, Event]] = {}
    for event in events:
        for m in event.mentions:
            start, end = max(0, m.start), min(size, m.end)
            if m.document == document.id and start < end:
                sentences.setdefault((start, end), {}).setdefault(event.id, event)
    sentence_spans = _Spans([(s, e, (s, e)) for s, e in sentences])
    timex_spans = _Spans([(t.start, t.end, t) for t in timexes if 0 <= t.start < t.end <= size])
    cuts = {0, size}
    for start, end, _ in (*sentence_spans.spans, *timex_spans.spans):
        cuts.update((start, end))
    position = 0
    for line in text.split("\n"):
        cuts.update((position, position + len(line)))
        position += len(line) + 1
    out: list[list[Run]] = [[]]
    points = sorted(cuts)
    for a, b in zip(points, points[1:]):
        if text[a:b] == "\n":
            out.append([])
            continue
        runs = out[-1]
        key = sentence_spans.holding(a, b)
        piece = Piece(text[a:b], timex_spans.holding(a, b))
        anchor = f"s{key[0]}" if key else None
        if runs and runs[-1].anchor == anchor:
            runs[-1] = Run(anchor, runs[-1].events, (*runs[-1].pieces, piece))
        else:
            runs.append(Run(anchor, tuple(sentences[key].values()) if key else (), (piece,)))
    return [p for p in out if "".join(x.text for r in p for x in r.pieces).strip()]
