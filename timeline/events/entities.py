"""Who and where: underthesea's word segmentation and NER on event sentences, then cleaned.

The CRF tagger is fast enough only for the few sentences that carry an event, and it errs in
ways that would put nonsense on the page: `trưa ngày 8/1` and `Tổng thống Tokayev` come out as
places, `Kazakhstan` as a person, `quân đội Nga` as a place. The cleaning drops spans that overlap
a time expression, moves titled names to the people, keeps organisations whole with their head
noun (`Quân đội Nga`), strips administrative nouns from places (`thành phố Almaty` -> `Almaty`)
and requires a capitalised name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal


from .gazetteer import PLACES
from .sentences import find

Span = tuple[int, int]


@dataclass(frozen=True)
class Token:
    """A word as underthesea segments it, with its part of speech, NER tag and offsets in the text."""

    text: str
    pos: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    name: str
    kind: Literal["actor", "place"]
    start: int
    end: int


def tag_tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """underthesea's words of `text[start:end]`; a word it rewrote and that cannot be found is left out."""
    out: list[Token] = []
    cursor = start
    from underthesea import ner  # imported on first use: a build that reuses every analysis never needs it

    for word, pos, _chunk, tag in ner(text[start:end]):
        found = find(text, word, word.split(), cursor, min(end, cursor + len(word) + 16))
        if found:
            out.append(Token(text[found[0] : found[1]], pos, tag, *found))
            cursor = found[1]
    return tuple(out)


_TITLES = (
    "tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch",
    "bộ trưởng", "thứ trưởng", "ngoại trưởng", "tổng bí thư", "bí thư", "thư ký", "người phát ngôn",
    "giám đốc", "phó giám đốc", "tổng giám đốc", "trưởng phòng", "trưởng ban", "viện trưởng",
    "chánh án", "đại sứ", "đại biểu", "tướng", "đại tướng", "thượng tướng", "trung tướng",
    "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy",
    "bác sĩ", "bác sỹ", "luật sư", "ca sỹ", "nghệ sỹ", "nhạc sĩ", "nhạc sỹ", "diễn viên", "người mẫu",
    "đạo diễn", "nhà thơ", "mc", "danh thủ", "võ sĩ", "vận động viên", "vđv", "đối tượng", "bị can", "giáo sư", "tiến sĩ", "nhà báo", "nhà văn", "ca sĩ", "nghệ sĩ",
    "cầu thủ", "huấn luyện viên", "hlv", "tiền đạo", "tiền vệ", "hậu vệ", "thủ môn",
    "ông", "bà", "anh", "chị", "em", "cháu", "cụ", "bé", "cô", "chú", "cựu", "tân", "nữ", "vua",
    "hoàng tử", "công chúa", "nữ hoàng", "đức", "giáo hoàng", "nghi phạm", "bị cáo", "nạn nhân",
)
_ADMIN = (
    "thành phố", "tp", "tp.", "tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn",
    "thủ đô", "nước", "quốc gia", "bang", "vùng", "miền", "khu vực", "lãnh thổ", "cộng hòa",
    "cộng hoà", "nước cộng hòa", "thôn", "ấp", "làng", "bản",
)
_FACILITIES = (
    "sân bay", "cảng", "quảng trường", "đường", "phố", "cầu", "sông", "núi", "hồ", "biển", "đảo",
    "vịnh", "khu dân cư", "dinh", "chợ", "ga", "bến", "bệnh viện", "trường", "sân vận động", "svđ",
    "nhà máy", "căn cứ", "đèo", "rừng", "bãi biển",
)
_ORGS = (
    "quân đội", "chính phủ", "chính quyền", "bộ", "ủy ban", "uỷ ban", "lực lượng", "công ty",
    "tập đoàn", "ngân hàng", "tổ chức", "đảng", "quốc hội", "hội đồng", "viện", "sở", "cục",
    "tổng cục", "ban", "truyền thông", "đài", "báo", "hãng", "hãng thông tấn", "liên minh",
    "câu lạc bộ", "clb", "đội tuyển", "công an", "cảnh sát", "tòa án", "toà án", "viện kiểm sát",
    "ubnd", "hđnd", "trung tâm", "hiệp hội", "liên đoàn", "cơ quan", "văn phòng", "phái đoàn",
    "nhà trắng", "điện kremlin", "lầu năm góc", "hải quân", "không quân", "lục quân",
)
_SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đoàn đào trương mai lâm "
    "trịnh đinh lương tô hà cao lưu quách tạ kiều thái châu vương triệu lại mạc khổng tăng thân".split()
)
_STRAY = ("của", "các", "những", "tại", "ở", "và", "cho", "với", "từ", "phía", "bên", "người", "về", "như")


def _lead(syllables: list[str], words: tuple[str, ...]) -> int:
    """How many leading syllables form one of `words` (the longest match), 0 if none."""
    lowered = [s.lower() for s in syllables]
    best = 0
    for word in words:
        n = word.count(" ") + 1
        if n > best and " ".join(lowered[:n]) == word:
            best = n
    return best


def _named(syllables: list[str]) -> bool:
    return bool(syllables) and syllables[0][:1].isupper() and not any(ch.isdigit() for ch in syllables[0])


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def entities(tokens: tuple[Token, ...], skip: tuple[Span, ...]) -> tuple[Entity, ...]:
    """The cleaned named entities of `tokens`, in order of appearance, none overlapping `skip`."""
    found: dict[str, Entity] = {}
    for kind, run in _runs(tokens, skip):
        for entity in _classify(kind, run):
            found.setdefault(entity.name, entity)
    return tuple(found.values())


Syllable = tuple[str, int, int]


def _runs(tokens: tuple[Token, ...], skip: tuple[Span, ...]) -> list[tuple[str, list[Syllable]]]:
    """NER spans (B- then I- tags) as syllables with offsets; a title or head noun just before joins the span."""
    spans: list[tuple[str, list[int]]] = []
    for i, token in enumerate(tokens):
        if token.tag == "O":
            continue
        joins = spans and spans[-1][1][-1] == i - 1
        if joins and (token.tag.startswith("I-") or all(_is_lead(tokens[j].text) for j in spans[-1][1])):
            spans[-1][1].append(i)  # `Dinh` + `tổng thống Nursultan` is one place
            continue
        lead = [i - 1] if i and tokens[i - 1].tag == "O" and _is_lead(tokens[i - 1].text) else []
        spans.append((token.tag[2:], lead + [i]))
    runs: list[tuple[str, list[Syllable]]] = []
    for kind, indices in spans:
        run: list[Syllable] = []
        for i in indices:
            for m in re.finditer(r"\S+", tokens[i].text):
                start, end = tokens[i].start + m.start(), tokens[i].start + m.end()
                if any(start < e and s < end for s, e in skip):
                    if run:
                        runs.append((kind, run))
                    run = []
                else:
                    run.append((m[0], start, end))
        if run:
            runs.append((kind, run))
    return runs


def _is_lead(word: str) -> bool:
    syllables = word.split()
    return any(_lead(syllables, words) == len(syllables) for words in (_TITLES, _ADMIN, _FACILITIES, _ORGS))


def _classify(kind: str, run: list[Syllable]) -> list[Entity]:
    """What a span really is, once stray words, numbers, titles and head nouns are accounted for."""
    while run and (not re.search(r"\w", run[0][0]) or run[0][0].lower() in _STRAY or run[0][0].isdigit()):
        run = run[1:]
    while run and (not re.search(r"\w", run[-1][0]) or any(ch.isdigit() for ch in run[-1][0])):
        run = run[:-1]
    words = [s for s, _, _ in run]
    if not words:
        return []

    def entity(first: int, kind_: Literal["actor", "place"], last: int | None = None) -> Entity:
        piece = run[first:last]
        return Entity(_capitalised(" ".join(s for s, _, _ in piece)), kind_, piece[0][1], piece[-1][2])

    if n := _lead(words, _TITLES):
        while m := _lead(words[n:], _TITLES):
            n += m
        rest = words[n:]
        if not _named(rest):
            return []
        j = _full_name(rest)
        if j:  # `Thứ trưởng Bộ Y tế Nguyễn Thị Xuyên`
            return [entity(n, "place" if " ".join(rest[:j]).lower() in PLACES else "actor", n + j), entity(n + j, "actor")]
        for i in range(len(rest) - 1, 0, -1):  # `Tổng thống Cộng hòa Kazakhstan Tokayev`
            for j in range(i):
                if " ".join(rest[j:i]).lower() in PLACES:
                    return [entity(n + j, "place", n + i), entity(n + i, "actor")]
        return [entity(n, "actor")]
    if n := _lead(words, _ADMIN):
        return [entity(n, "place")] if _named(words[n:]) else []
    if _full_name(words) == 0 and " ".join(words).lower() not in PLACES:
        return [entity(0, "actor")]  # `Hồ Quỳnh Hương` is a singer, not a lake
    if n := _lead(words, _FACILITIES):
        return [entity(0, "place")] if any(_named([w]) for w in words[n:]) else []
    if n := _lead(words, _ORGS):
        return [entity(0, "actor")] if any(_named([w]) for w in words[n:]) else []
    while words and not _named(words):
        words, run = words[1:], run[1:]
    if not words:
        return []
    if " ".join(words).lower() in PLACES:
        return [entity(0, "place")]
    if kind in ("PER", "ORG"):
        return [entity(0, "actor")]
    return [entity(0, "place")] if kind == "LOC" else []


def _full_name(words: list[str]) -> int | None:
    """Where a Vietnamese full name (a common surname and one to three more names) ends the span."""
    for j, word in enumerate(words):
        tail = words[j:]
        if word.lower() in _SURNAMES and 2 <= len(tail) <= 4 and all(_named([w]) for w in tail):
            return j
    return None
