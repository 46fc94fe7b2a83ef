"""Event candidates of one document: each sentence whose time expression puts something on the calendar.

A pure function of (document, creation time, time expressions), run in `analyse`, so that it is
cached and parallel with the rest of the per-document work. Each candidate is an `Event` with one
mention; `timeline.events.merge` joins the candidates of all documents.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, replace

from ..model import CreationTime, Document, Event, Mention, Timex
from .dates import When, after, when
from .entities import Span, Token, entities, tag_tokens
from .sentences import sentence_spans

PLAN_WORDS = frozenset({"sẽ", "dự kiến", "kế hoạch", "có thể", "dự định", "dự tính", "sắp", "dự báo", "lên kế hoạch"})
"""Words (as underthesea segments them) that make the clause a plan or a forecast."""

_STOPWORDS = frozenset(
    "và của các những đã sẽ được bị là có cho với từ trong tại ở này đó khi thì mà để theo về một "
    "không cũng vào ra lên đang vẫn như nhưng hay hoặc nhiều rất đến sau trước nên do vì nếu lại "
    "còn chỉ cả hết mới nữa đây kia ấy gì nào ai ông bà anh chị họ chúng tôi ta mình sự việc "
    "cuộc người ngày tháng năm giờ sáng trưa chiều tối đêm hôm qua nay hiện".split()
)
_APPOSITION = re.compile(r"\s*(?:\(|,)?\s*")
"""Between two expressions of one time: `sáng thứ Hai (10/01)`, `thứ Hai, 10/1`."""
_RANGE = re.compile(r"\s*(?:đến|tới|cho đến|-|–|—)\s*(?:hết\s+)?", re.I)
_PREPOSITION = re.compile(
    r"(?<!\w)(?:(?:vào|từ|kể từ|trong|tại|lúc|hồi|đến|tới|cho đến|ngay|ngay trong)\s+)*"
    r"(?:(?:rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya)\s+)?$",
    re.I,
)
_OPENER = re.compile(
    r"(?:(?:Trong khi đó|Tuy nhiên|Đồng thời|Trước đó|Ngoài ra|Bên cạnh đó|Như vậy|Sau đó|Mặt khác|Tiếp đó"
    r"|Được biết|Đặc biệt|Theo đó|Cùng ngày|Cũng trong ngày|Hiện tại|Hiện nay)\s*,\s*"
    r"|(?:Nhưng|Còn|Và|Song)\s+"
    r"|(?:\(?[^()]{1,25}\)|[A-ZĐ][\w.]{1,11}(?: [A-Z][\w.]{1,10})?)\s*[-–—]\s+"
    r"|(?:Theo|Căn cứ|Dẫn lời|Dẫn|Trích lời)\s[^,;:]{1,80}?,\s*"
    r"|[^,;:]{1,60}?\s(?:cho biết|cho hay|thông báo|khẳng định|tuyên bố|đưa tin|nhận định|xác nhận|nói)"
    r"(?:\s+rằng)?\s*[,:]\s*"
    r"|[^,;:]{1,60}?\s(?:cho rằng|cho biết rằng|nói rằng|khẳng định rằng)\s+)"
)
"""Discourse markers and attribution at the start of a clause, which a headline does without."""
_DATE_IN_PARENTHESES = re.compile(r"\s*\(\s*[\d/.-]+\s*\)")
"""`(10/01)` after `sáng thứ Hai` when the tagger left it out of the expression."""
_BIRTH_YEAR = re.compile(r"\b(?:SN|sn|Sn)\s*$")
_REPORTING = re.compile(r"\b(?:cho biết|cho hay|thông báo|thông tin|xác nhận|khẳng định|tuyên bố|đưa tin)\b")
_COMPARISON = re.compile(r"(?<!\w)(?:(?:so với|so)(?:\s+[^\s,.;:]+){0,3}|bằng|hơn|như)\s*$", re.I)
_CLOSING = re.compile(r"\s*\)")
_GLUED = re.compile(r"[\w)]\s+$")
_CONTRAST = re.compile(r"\s*(?:tuy nhiên|nhưng|song|trong khi|còn|mặc dù|dù|trái lại)\b", re.I)
_HEADLINE_WORDS = 28
_REACH = 240
"""Characters of context either side of a time that are read for actors, places and content words."""


@dataclass(frozen=True)
class _Group:
    """One or two adjacent time expressions that give one time: `sáng thứ Hai (10/01)`, `từ 8/1 đến 10/1`."""

    start: int
    end: int
    type: str
    value: str
    when: When
    until: When | None = None


def event_id(date: str, mention: Mention) -> str:
    """Stable across builds: the date and where the (central) mention stands."""
    key = f"{date}|{mention.document}|{mention.start}|{mention.timex.start}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def document_events(document: Document, dct: CreationTime | None, timexes: tuple[Timex, ...]) -> tuple[Event, ...]:
    """The event candidates of `document`, in text order."""
    text = document.text
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    by_sentence: dict[int, list[Timex]] = {}
    for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
        i = bisect.bisect_right(starts, timex.start) - 1
        if i >= 0 and timex.end <= spans[i][1]:
            by_sentence.setdefault(i, []).append(timex)
    events: list[Event] = []
    for i, found in sorted(by_sentence.items()):
        events.extend(_sentence_events(document, dct, spans[i], found))
    return tuple(events)


def _aside(text: str, sentence_start: int, timex: Timex) -> bool:
    """A time that describes someone or something, or is a baseline, rather than placing the event:
    `Huỳnh Ngọc Hùng (SN 1965, ngụ Vĩnh Long)`, `quan hệ ngoại giao (22/12/1992 – 22/12/2012)`,
    `tăng 0,57% so với tháng trước`, `tăng 7,9% so với ước thực hiện năm 2013`, `bằng năm 2012`."""
    before = text[sentence_start : timex.start]
    return (
        before.count("(") > before.count(")")
        or bool(_BIRTH_YEAR.search(before) or _COMPARISON.search(before))
        or timex.text.lower().startswith("cùng kỳ")
    )


def _groups(text: str, sentence_start: int, timexes: list[Timex]) -> list[_Group]:
    """The times a sentence gives, adjacent expressions of one time joined; one group a date."""
    groups: list[_Group] = []
    for timex in timexes:
        place = when(timex.value) if timex.type in ("DATE", "TIME") else None
        if place is None or _aside(text, sentence_start, timex):
            continue
        last = groups[-1] if groups and groups[-1].until is None else None
        gap = text[last.end : timex.start] if last else ""
        if last and _APPOSITION.fullmatch(gap) and last.when.compatible(place):
            closing = 1 if "(" in gap and text[timex.end : timex.end + 1] == ")" else 0
            value, finer = max((last.value, last.when), (timex.value, place), key=lambda vw: vw[1].detail())
            groups[-1] = replace(last, end=timex.end + closing, value=value, when=finer)
        elif last and _RANGE.fullmatch(gap) and place.first > last.when.last:
            groups[-1] = replace(last, end=timex.end, until=place)
        else:
            groups.append(_Group(timex.start, timex.end, timex.type, timex.value, place))
    unique: dict[str, _Group] = {}
    for group in groups:
        unique.setdefault(group.when.date, group)
    # `Ngày 3-11, ... giải thưởng năm 2013`: a period around a day of the same sentence adds nothing
    return [g for g in unique.values() if not any(o is not g and g.when.contains(o.when) for o in unique.values())]


def _clauses(text: str, sentence: Span, groups: list[_Group]) -> list[Span]:
    """The parts of a sentence between semicolons; a capitalised time after a word also starts one,
    since flattened crawls glue a photo caption to the next sentence (`... sông Hồng Ngày 31-10, ...`)."""
    cuts = [(m.start(), m.end()) for m in re.finditer(";", text[sentence[0] : sentence[1]])]
    cuts = [(sentence[0] + s, sentence[0] + e) for s, e in cuts]
    cuts += [(g.start, g.start) for g in groups if text[g.start].isupper() and _GLUED.search(text, sentence[0], g.start)]
    out, start = [], sentence[0]
    for s, e in sorted(cuts):
        if s > start:
            out.append((start, s))
        start = e
    out.append((start, sentence[1]))
    return out


def _scope(text: str, clauses: list[Span], index: int, groups: list[_Group]) -> Span:
    """The clause of the event and the ones that go on with it (lists after `;`), up to a contrast or another time."""
    end = index
    while end + 1 < len(clauses):
        s, e = clauses[end + 1]
        if _CONTRAST.match(text, s, e) or any(s <= g.start < e for g in groups):
            break
        end += 1
    return clauses[index][0], clauses[end][1]


def _window(text: str, scope: Span, group: _Group) -> Span:
    """The scope, at most `_REACH` characters either side of the time, cut after a comma or semicolon
    where there is one (else at a space), so that no name is cut in two: NER is slow."""
    start, end = scope
    if group.start - start > _REACH:
        lo = group.start - _REACH
        cut = max(text.find(", ", lo, group.start), text.find("; ", lo, group.start))
        start = cut + 2 if cut >= 0 else (text.find(" ", lo, group.start) + 1 or group.start)
    if end - group.end > _REACH:
        hi = group.end + _REACH
        cut = max(text.rfind(",", group.end, hi), text.rfind(";", group.end, hi))
        end = cut if cut >= 0 else max(text.rfind(" ", group.end, hi), group.end)
    return start, end


def _sentence_events(
    document: Document, dct: CreationTime | None, sentence: Span, timexes: list[Timex]
) -> list[Event]:
    text = document.text
    groups = _groups(text, sentence[0], timexes)
    if not groups:
        return []
    clauses = _clauses(text, sentence, groups)
    times = tuple((t.start, t.end) for t in timexes)
    placed = []
    for group in groups:
        index = next(i for i, (s, e) in enumerate(clauses) if group.start < e or i == len(clauses) - 1)
        clause = clauses[index]
        later = next((g for g in groups if g.start > group.end and g.start < clause[1]), None)
        if later and _REPORTING.search(text, group.end, later.start):
            continue  # the time of the report, not of the event: `Hôm nay (23/10), Bộ Y tế cho biết: ...`
        headline, core = _headline(text, clause, group, times)
        if len(headline.split()) >= 3:
            scope = _window(text, _scope(text, clauses, index, groups), group)
            placed.append((group, clause, scope, headline, core))
    if not placed:
        return []
    tokens = tag_tokens(text, min(p[2][0] for p in placed), max(p[2][1] for p in placed))
    events = []
    for group, clause, scope, headline, core in placed:
        clause_tokens = [t for t in tokens if clause[0] <= t.start < clause[1]]
        if not any(t.pos == "V" for t in clause_tokens):
            continue
        scope_tokens = tuple(t for t in tokens if scope[0] <= t.start < scope[1])
        found = entities(scope_tokens, times + ((clause[0], core),))
        planned = any(t.text.lower() in PLAN_WORDS for t in clause_tokens) or after(group.when, dct)
        timex = Timex(group.start, group.end, text[group.start : group.end], group.type, group.value)  # type: ignore[arg-type]
        mention = Mention(
            document.id, text[sentence[0] : sentence[1]], sentence[0], sentence[1], timex, _words(scope_tokens, times)
        )
        events.append(
            Event(
                id=event_id(group.when.date, mention),
                date=group.when.date,
                precision=group.when.precision,
                headline=headline,
                status="expected" if planned else "happened",
                mentions=(mention,),
                end=group.until.date if group.until else None,
                time_of_day=group.when.time_of_day,
                actors=tuple(e.name for e in found if e.kind == "actor"),
                places=tuple(e.name for e in found if e.kind == "place"),
            )
        )
    return events


def _headline(text: str, clause: Span, group: _Group, times: tuple[Span, ...]) -> tuple[str, int]:
    """The clause without its attribution, openers and time expression; and where its core starts.

    Times at the start go too (`Hôm nay (23/10), Bộ Y tế cho biết: vào chiều tối ngày 22/10, ...`)."""
    start, end = clause
    fronted = sorted(times + ((group.start, group.end),))
    while True:
        if m := _OPENER.match(text, start, end):
            start = m.end()
        elif span := next((t for t in fronted if t[0] >= start and _PREPOSITION.fullmatch(text, start, t[0])), None):
            start = max(start, span[1])
            while start < end and text[start] in " ,)":
                start += 1
        else:
            break
    pieces = [text[start:end]]
    if start < group.start < end:
        cut = m.start() if (m := _PREPOSITION.search(text, start, group.start)) else group.start  # `vàongày 8/1`
        resume = m.end() if (m := _DATE_IN_PARENTHESES.match(text, group.end, end)) else group.end
        if text.count("(", group.start, group.end) > text.count(")", group.start, group.end):
            resume = m.end() if (m := _CLOSING.match(text, resume, end)) else resume  # `thứ Hai (10/01`
        before, after_ = text[start:cut], text[resume:end]
        if before.rstrip().endswith(",") and after_.lstrip().startswith(","):
            after_ = after_.lstrip()[1:]
        pieces = [before, after_]
    line = " ".join(" ".join(p.split()) for p in pieces)
    line = re.sub(r"\s+([,.;:!?)])", r"\1", re.sub(r"\(\s*\)", "", line))
    line = re.sub(r"([\"“])\s*,\s*", r"\1", line)  # `nói: "Ngày mai (6/11), Cục ...` -> `nói: "Cục ...`
    line = line.strip(" ,;:.-–—\"“”").strip()
    words = line.split()
    if len(words) > _HEADLINE_WORDS:
        line = " ".join(words[:_HEADLINE_WORDS]).rstrip(",;:") + "…"
    return line[:1].upper() + line[1:], start


def _words(tokens: tuple[Token, ...], skip: tuple[Span, ...]) -> tuple[str, ...]:
    """The content words of the event, lower-cased, for matching mentions across articles."""
    words = {
        t.text.lower()
        for t in tokens
        if t.pos not in ("CH", "M")
        and any(ch.isalpha() for ch in t.text)
        and t.text.lower() not in _STOPWORDS
        and not any(s < t.end and t.start < e for s, e in skip)
    }
    return tuple(sorted(words))
