"""Sentence spans: underthesea's sentence splitter, mapped back to exact offsets of the text.

`sent_tokenize` returns strings, and may change the spacing inside them; every mention must point
at the very characters of `Document.text`, so each sentence is found again in the text.
"""

from __future__ import annotations

import re


Span = tuple[int, int]


def sentence_spans(text: str) -> tuple[Span, ...]:
    """(start, end) of every sentence, in order; a line break always ends a sentence."""
    from underthesea import sent_tokenize  # imported on first use: a build that reuses every analysis never needs it

    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        if line[0].strip():
            spans.extend(_locate(text, line.start(), line.end(), sent_tokenize(line[0])))
    return tuple(spans)


def _locate(text: str, start: int, stop: int, sentences: list[str]) -> list[Span]:
    """Find each sentence after the previous one; a piece the splitter dropped joins its neighbour."""
    spans: list[Span] = []
    cursor = start
    for sentence in sentences:
        words = sentence.split()
        if not words:
            continue
        found = find(text, sentence.strip(), words, cursor, stop)
        if found is None:
            continue
        begin, finish = found
        if text[cursor:begin].strip():
            if spans:
                spans[-1] = _strip(text, spans[-1][0], begin)
            else:
                begin = _strip(text, cursor, begin)[0]
        spans.append((begin, finish))
        cursor = finish
    if text[cursor:stop].strip():
        spans[-1:] = [_strip(text, spans[-1][0] if spans else cursor, stop)]
    return spans


def find(text: str, piece: str, words: list[str], start: int, stop: int) -> Span | None:
    """Where `piece` is next in `text[start:stop]`: as it is, else with any spacing between its words."""
    at = text.find(piece, start, stop)
    if at >= 0:
        return at, at + len(piece)
    m = re.compile(r"\s*".join(re.escape(w) for w in words)).search(text, start, stop)
    return (m.start(), m.end()) if m else None


def _strip(text: str, start: int, stop: int) -> Span:
    piece = text[start:stop]
    return start + len(piece) - len(piece.lstrip()), stop - (len(piece) - len(piece.rstrip()))
