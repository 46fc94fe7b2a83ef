"""Recognition: pattern matches become pieces, and matches that are not time expressions are refused.

Each pattern kind of `patterns.py` has a method `_<kind>` here that reads the match, checks the
context (an ordinal `thứ hai`, a score `2-1`, a price per month) and returns the pieces it states.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from .calendar import valid_day
from .lexicon import Lexicon, lexicon
from .patterns import patterns
from .textview import TextView

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18,
          "xix": 19, "xx": 20, "xxi": 21, "xxii": 22}
_PARENS_BEFORE = re.compile(r"\(\s*$")
_DOT_DATE_STYLE = re.compile(r"(?<!\w)(?:ngày|hôm|sáng|trưa|chiều|tối|đêm)\s+\d{1,2}\.\d{1,2}(?!\d|[.,]\d)")
"""`Sáng 20.10, ...`: a text that writes its days with a dot, so `từ nay tới 30.10` is a day too."""
_PRICE_BEFORE = re.compile(r"(?:đồng|usd|triệu|tỷ|tỉ|nghìn|ngàn|xu|euro|lượng|\d{2,}[.,]\d{3}|\d%)(?:/\w+)?\s*$")
"""A price or rate just before "mỗi tháng", "mỗi chiều": a rate per period, or per direction."""


@dataclass
class Piece:
    """A recognized fragment and the calendar facts it states; resolution turns it into a Timex."""

    start: int
    end: int
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    week_offset: int | None = None
    pod: str | None = None
    hour: int | None = None
    minute: int | None = None
    offset: int | None = None
    anchor: str | None = None
    period: str | None = None
    mod: str | None = None
    lunar: bool = False
    tense: int = 0
    value: str | None = None
    type: str | None = None
    category: str | None = None
    parts: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


_SENTENCE_STARTS = re.compile(r"(?<=[.!?])\s+|\n")


def _runs(starts: list[int], key: str, gate: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of consecutive sentences that contain a `gate` hit, so each run is matched in one call.

    After a hit the search goes on from the next sentence: one search per sentence hit, not per word.
    """
    runs: list[tuple[int, int]] = []
    pos, length = 0, len(key)
    while (m := gate.search(key, pos)) is not None:
        index = bisect_right(starts, m.start()) - 1
        start = starts[index]
        end = starts[index + 1] if index + 1 < len(starts) else length
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        if end <= m.start():  # a hit in the gap between two sentences
            end = m.end()
        pos = end
    return runs


def _number(word: str, lex: Lexicon) -> float | None:
    """A cardinal in digits or words; None for a vague amount."""
    word = " ".join(word.split())
    if re.fullmatch(r"\d+", word):
        return int(word)
    if re.fullmatch(r"\d+[,.]\d+", word):
        whole, frac = re.split(r"[,.]", word)
        if len(frac) == 3 and "." in word:
            return int(whole + frac)
        return float(f"{whole}.{frac}")
    units = lex.table("numbers", "units")
    after_ten = lex.table("numbers", "after_ten")
    parts = word.split()
    if parts == ["nửa"]:
        return 0.5
    if parts == ["trăm"] or parts == ["một", "trăm"]:
        return 100
    if parts == ["chục"]:
        return 10
    if parts[0] == "mười":
        return 10 + (after_ten[parts[1]] if len(parts) > 1 else 0)
    if len(parts) >= 2 and parts[1] in ("mươi", "chục"):
        return units[parts[0]] * 10 + (after_ten[parts[2]] if len(parts) > 2 else 0)
    if len(parts) == 1 and parts[0] in units:
        return units[parts[0]]
    return None


_MIXED = {("H", True): (60, "M")}
"""Hours and a fraction keep the hours ("hai tiếng rưỡi" PT2H30M); years, months and days go down a unit ("4 năm rưỡi" P54M)."""


def _duration_value(amount: float | None, unit_code: str, decimal: bool = False) -> str:
    """`P3D`, `PT90M`, `P10Y` (decades in years), `PXM` for a vague amount."""
    multiplier = 1
    m = re.fullmatch(r"(\d+)(\w+)", unit_code)
    if m:
        multiplier, unit_code = int(m[1]), m[2]
    clock = unit_code.startswith("T")
    letter = unit_code[-1]
    prefix = "PT" if clock else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= multiplier
    whole, part = int(amount), amount - int(amount)
    if part and decimal:
        return f"{prefix}{amount:g}{letter}"  # "25,1 giờ" PT25.1H, "2,5 phút" PT2.5M, "20,6 tháng" P20.6M, as written
    if part and amount > 1 and (letter, clock) in _MIXED:  # "hai tiếng rưỡi" PT2H30M
        factor, smaller = _MIXED[(letter, clock)]
        return f"{prefix}{whole}{letter}{'T' if smaller == 'H' else ''}{int(round(part * factor))}{smaller}"
    if amount != int(amount):
        smaller = {"Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False), "D": (24, "H", True), "H": (60, "M", True),
                   "M_clock": (60, "S", True), "S": (1, "S", True)}
        factor, letter2, to_clock = smaller["M_clock" if clock and letter == "M" else letter]
        return f"{'PT' if to_clock else 'P'}{int(round(amount * factor))}{letter2}"
    return f"{prefix}{int(amount)}{letter}"


def _ref_value(word: str, lex: Lexicon) -> str:
    for kind in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        if word in lex.list("references", kind):
            return kind
    raise KeyError(word)


class Recognizer:
    """Turns pattern matches into pieces; knows which matches are not time expressions."""

    def __init__(self, text: TextView) -> None:
        self.t = text
        self.lex = lexicon()
        self.dot_dates = bool(_DOT_DATE_STYLE.search(text.key))

    def pieces(self) -> list[Piece]:
        """Run each pattern only over the sentences that contain one of its gate words (most do not)."""
        found: list[Piece] = []
        key = self.t.key
        starts = [0] + [m.end() for m in _SENTENCE_STARTS.finditer(key)]
        compiled = patterns()
        runs_by_gate: dict[str, list[tuple[int, int]]] = {}  # patterns that share a gate share its scan
        for kind, rx in compiled.kinds:
            handler = getattr(self, f"_{kind}")
            gate = compiled.gates[kind]
            if gate.pattern not in runs_by_gate:
                runs_by_gate[gate.pattern] = _runs(starts, key, gate)
            for start, end in runs_by_gate[gate.pattern]:
                for m in rx.finditer(key, start, end):
                    try:
                        found.extend(handler(m) or ())
                    except (ValueError, OverflowError):
                        continue  # numbers beyond any calendar ("99999999999 tháng"): not a time
        text = self.t.text
        glued = lambda p: (p.start and key[p.start].isdigit() and text[p.start - 1].isupper() and key[max(0, p.start - 2):p.start] != "sn"
                           and not p.extra.get("fixture"))  # "U23", but "SN1996" and "HTV27/0115:00"
        return [p for p in found if not glued(p)]

    # -- helpers -------------------------------------------------------------------------------

    def _tail_tense(self, m: re.Match[str]) -> int:
        tail = m.groupdict().get("tail")
        if not tail:
            return 0
        tail = " ".join(tail.split())
        if tail in ("tới", "sắp tới", "tới đây", "năm tới", "năm sau"):
            return 1
        if tail in ("vừa qua", "vừa rồi", "qua", "năm ngoái", "năm trước"):
            return -1
        return 0

    def _year_tail(self, m: re.Match[str]) -> int | None:
        tail = " ".join((m.groupdict().get("tail") or "").split())
        return {"năm nay": 0, "năm ngoái": -1, "năm trước": -1, "năm tới": 1, "năm sau": 1}.get(tail)

    def _same_year_tail(self, m: re.Match[str]) -> bool:
        """`Tháng 12 cùng năm`, `ngày 5/6 năm đó`: the year in focus."""
        return " ".join((m.groupdict().get("tail") or "").split()) in ("cùng năm", "năm đó", "năm ấy")

    def _month_number(self, word: str) -> int | None:
        word = " ".join(word.split())
        if word.isdigit():
            month = int(word)
            return month if 1 <= month <= 12 else None
        return self.lex.table("months").get(word)

    def _position_mod(self, m: re.Match[str]) -> str | None:
        """The TIMEX3 mod of a position word before a period (`đầu` START, `cuối` END), if any."""
        return self.lex.table("modifiers", "position").get(" ".join(m["pmod"].split())) if m["pmod"] else None

    def _capitalized(self, pos: int) -> bool:
        return self.t.text[pos:pos + 1].isupper()

    def _trigger_before(self, pos: int) -> bool:
        """A word before a `D-M` or `D.M` that makes it a date rather than a score or a number."""
        word = self.t.word_before(pos)
        two = self.t.words_before(pos, 2)
        triggers = self.lex.list("spans", "dash_date_after")
        if word in triggers or two in triggers:
            return True
        if re.search(r"\d\s*(?:h|giờ|:)\s*\d*\s*(?:phút)?[\s,]*$", self.t.before(pos, 16)):
            return True
        if re.search(r"(?<![\d/.-])\d{1,2}\s*(?:và|đến|tới)\s*$", self.t.before(pos, 12)):
            return True  # the second day of "ngày 14 và 15-4" (not "lớp 5-6 và 7-8")
        if _PARENS_BEFORE.search(self.t.before(pos, 3)):
            # "thứ Hai (10-1)", "hôm qua (27-10)", "Morocco (ngày 13-6), Haiti (19-6)"; a bare "(2-1)" is a score
            return (self.t.word_before(pos) in ("hai", "ba", "tư", "năm", "sáu", "bảy", "nhật", "nay", "qua", "mai", "kia")
                    or bool(re.search(r"\(ngày\s+\d{1,2}-\d{1,2}\)", re.split(r"[.!?]\s", self.t.before(pos, 80))[-1])))
        return False

    def _in_score(self, start: int, end: int) -> bool:
        """`thua Hải Phòng 0-5 tuần trước`: a number that ends or starts a match score is no amount of time."""
        before = self.t.before(start, 40)
        if not (re.search(r"\d\s*[-–]\s*$", before) or re.match(r"\s*[-–]\s*\d", self.t.key[end:end + 4])):
            return False
        return bool(re.search(r"(?<!\w)(?:thắng|thua|hòa|hoà|tỷ\s+số|tỉ\s+số|đánh\s+bại|cầm\s+hòa|chung\s+cuộc|trận)(?!\w)", before))

    def _not_a_date_context(self, start: int) -> bool:
        before = self.t.words_before(start, 2)
        if before in ("thời điểm", "cao điểm"):
            return False  # "tại thời điểm 31/12/2025", "các ngày cao điểm 27/4-1/5" are dates; "điểm 7/10" a mark
        blocked = self.lex.list("spans", "not_a_date_before")
        return any(before == w or before.endswith(" " + w) for w in blocked)

    # -- days ----------------------------------------------------------------------------------

    def _dm(self, m: re.Match[str]) -> list[Piece]:
        day, month = int(m["d"]), int(m["m"])
        year = m["y"] or m["yw"]  # "30/4/2020", "30/4 năm 2020"
        if not (1 <= month <= 12 and 1 <= day <= 31) or not valid_day(2000, month, day):
            return []
        has_pre = bool(m["pre"])
        if not year and re.match(r"\s*lần(?!\w)", self.t.key[m.end():m.end() + 6]):
            return []  # "uống ngày 2-3 lần": times a day
        if m["sep"] == "-" and not year and re.match(r"h(?!\w)|\s*giờ\s+(?:sáng|trưa|chiều|tối|đêm)(?!\w)", self.t.key[m.end():m.end() + 12]):
            return []  # "tới 6-7h thì", "6-7 giờ sáng": hours (see _clock_head)
        if m["sep"] == "-" and not year and re.match(r"\s+tết(?!\w)", self.t.key[m.end():m.end() + 6]):
            return []  # "mùng 1-4 Tết": days of the New Year (see _lunar_day_range)
        if not has_pre:
            if self._not_a_date_context(m.start()):
                return []
            padded = m["sep"] == "." and len(m["d"]) == 2 and len(m["m"]) == 2 and "0" in (m["d"][0], m["m"][0])  # "Liverpool - Man City 08.02"
            if m["sep"] != "/" and not year and not self._trigger_before(m.start()) and not padded:
                return []
            if m["sep"] == "." and not year and self.t.word_before(m.start()) not in ("sáng", "trưa", "chiều", "tối", "đêm", "hôm") and not padded and not (
                    self.dot_dates and self.t.word_before(m.start()) in ("từ", "đến", "tới", "trước", "sau", "vào", "hết", "và")
                    and not re.match(r"\s*(?:đến|tới|[-–])\s*\d+[.,]\d+\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn|đồng|usd|km|kg|tấn|lít|độ|điểm|m(?!\w))", self.t.key[m.end():m.end() + 30])):
                return []
            following = self.t.key[m.end():m.end() + 12]
            after_pod = self.t.word_right_before(m.start()) in ("sáng", "trưa", "chiều", "tối", "đêm", "khuya")  # "buổi tập chiều 2/11 của đội tuyển"
            if not (year and len(year) == 4) and not after_pod and not re.match(r"\s+\d{1,2}:\d{2}(?!\d)", following) and re.match(r"\s*(?:%|\d|tuổi|trở\s+lên|trở\s+xuống|người|số|phần|dân|lượt|tổng|của|triệu|tỷ|tỉ|nghìn|ngàn|đồng|usd|km|kg|m2|ha|điểm|cm|mm|m(?!\w)|tấn|lít|độ|trận|ván|set|câu|bàn|lần|tin|bài|bức|ảnh|clip|video)", following):
                return []
            if self.t.key[m.start() - 1:m.start()] in ("-", "–") and m["sep"] != "/":
                return []
            if self.t.words_before(m.start(), 2) == "không quá":
                return []  # "hỗ trợ không quá 1/3": a share
            if day <= 7 and month <= 7 and re.search(r"(?<!\w)(?:set|game|ván)(?!\w)", self.t.before(m.start(), 40)):
                return []  # "thắng sau 3 set: 6/1, 3/6, 7/6": tennis games
            if self.t.word_before(m.start()) in ("có", "trong", "gồm", "với", "cả", "dự") and re.match(
                    r"\s+(?:nhóm|giải|phiên|trận|mặt\s+hàng|loại|tỉnh|địa\s+phương|đơn\s+vị|doanh\s+nghiệp|trường|quốc\s+gia|nước|đội|thành\s+viên|ngành|chỉ\s+tiêu|hộ|xã|huyện|quận|phường|dự\s+án|công\s+ty)(?!\w)", following):
                return []  # "Có 8/11 nhóm hàng tăng": eight groups of eleven
            if (day, month) == (24, 7) and self.t.word_before(m.start()) not in self.lex.list("spans", "dash_date_after"):
                return []  # "24/7": around the clock; "Chiều 24/7" is a day
            if self.t.word_before(m.start()) in ("được", "đạt", "chấm", "điểm", "cho") and self.t.words_before(m.start(), 2) not in ("thời điểm", "cao điểm"):
                return []  # a mark: "kỹ thuật của tôi chỉ được 7/10"
            if re.search(r"[=×x*]\s*$", self.t.text[max(0, m.start() - 3):m.start()]):
                return []  # "= 1/3": arithmetic
            quantity_before = self.t.word_before(m.start()) in ("gần", "hơn", "khoảng", "chiếm", "trên", "dưới", "giảm", "tăng", "còn", "chỉ", "mất", "nhất", "bằng")
            if quantity_before and re.match(r"\s+[^\W\d]", following) and not re.match(r"\s+(?:năm|vừa|tới|này|qua|sắp)(?!\w)", following):
                return []
        if year:
            year_n = int(year) + ((1900 if int(year) >= 50 else 2000) if len(year) == 2 else 0)
            if len(year) == 2 and m["sep"] != "/":
                return []
        else:
            year_n = None
        if year_n is not None and not valid_day(year_n, month, day):
            return []
        year_offset = self._year_tail(m)
        return [Piece(m.start(), m.end(), "date", day=day, month=month, year=year_n, lunar=bool(m["lunar"]),
                      tense=self._tail_tense(m), extra={"year_offset": year_offset, "same_year": self._same_year_tail(m)})]

    def _dmy_words(self, m: re.Match[str]) -> list[Piece]:
        month = self._month_number(m["m"])
        day_n = _number(m["d"], self.lex)
        if month is None or day_n is None or day_n != int(day_n) or not valid_day(2000, month, int(day_n)):
            return []
        month_word = " ".join(m["m"].split())
        is_lunar = bool(m["lunar"]) or month_word in self.lex.list("months", "lunar_names")
        if not m["pre"] and not m["d"].isdigit():
            return []
        if not month_word.isdigit() and month_word not in self.lex.list("months", "lunar_names") and not self._capitalized(m.start("m")):
            return []
        year = m["y"] or m["y2"]
        return [Piece(m.start(), m.end(), "date", day=int(day_n), month=month, year=int(year) if year else None,
                      lunar=is_lunar, tense=self._tail_tense(m))]

    def _day_only(self, m: re.Match[str]) -> list[Piece]:
        day = int(m["d"])
        if not 1 <= day <= 31 or self.t.word_before(m.start()) in ("mỗi", "hằng", "hàng", "từng", "các", "những"):
            return []
        if m["pre"] != "ngày" and day > 10:
            return []  # "mùng", "mồng" count the first ten days of a month
        return [Piece(m.start(), m.end(), "date", day=day, tense=self._tail_tense(m), category="partial")]

    def _range_head(self, m: re.Match[str]) -> list[Piece]:
        day = int(m["d"])
        month = self._month_number(m["m"]) if m["m"] else self._month_number(m["mw"]) if m["mw"] else None
        if month is None or not valid_day(2000, month, day) or not valid_day(2000, month, int(m["d2"])) or day >= int(m["d2"]):
            return []
        if not m["pre"] and not m["mw"] and self._not_a_date_context(m.start()):
            return []
        if m["sep"] and m["sep"] != "/" and not m["pre"] and not m["y"] and not self._trigger_before(m.start()):
            return []
        is_lunar = bool(m["mw"]) and " ".join(m["mw"].split()) in self.lex.list("months", "lunar_names")
        return [Piece(m.start(), m.end(), "date", day=day, month=month, year=int(m["y"]) if m["y"] else None,
                      lunar=is_lunar, extra={"range_head": True})]

    def _weekday(self, m: re.Match[str]) -> list[Piece]:
        wd_text = " ".join(m["wd"].split())
        weekday = self.lex.table("weekdays")[wd_text]
        original = self.t.text[m.start("wd"):m.end("wd")]
        if wd_text in ("t2", "t3", "t4", "t5", "t6", "t7", "cn") and (not original.isupper() or re.search(r"[\w/&-]$", self.t.text[max(0, m.start() - 1):m.start()])
                                                                      or wd_text == "cn" and self.t.word_before(m.start()) in ("sau", "trước")
                                                                      or self.t.word_before(m.start()) in self.lex.list("not_weekdays", "abbreviation_after")
                                                                      or "nhà ga" in self.t.words_before(m.start(), 4)):
            return []  # "Bộ KH-CN" is science and technology, "đường T2" a road, not Sunday or Monday
        previous = self.t.word_before(m.start())
        ordinal_nouns = self.lex.list("not_weekdays", "ordinal_after")
        if m["pre"] == "ngày" and wd_text[-1].isdigit() and not re.match(r"\s*[,(]?\s*\d{1,2}[/.-]\d{1,2}", self.t.key[m.end("wd"):m.end("wd") + 10]):
            return []  # "ngày thứ 2" of an illness is its second day
        if m["pre"] == "ngày" and original.islower() and (self.t.words_before(m.start(), 2) in ("bước vào", "bước sang", "đã là")
                                                         or re.match(r"\s+(?:của|liên\s+tiếp|kể\s+từ)(?!\w)", self.t.key[m.end("wd"):m.end("wd") + 12])):
            return []  # "cháy rừng bước vào ngày thứ bảy": its seventh day
        if wd_text.startswith("thứ") and not m["pre"]:
            day_word_capital = self.t.text[m.start("wd") + 4:m.start("wd") + 5].isupper() and not wd_text[-1].isdigit()
            if day_word_capital and self._titled_name(m.start(), m.end()) and self.t.original_word_before(m.start())[:1].isupper() and previous not in self.lex.list("spans", "dash_date_after"):
                return []  # "Ca sĩ Hiếu Thứ Hai": a stage name
            follows_date = re.match(r"\s*[,(]?\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}", self.t.key[m.end("wd"):m.end("wd") + 16])
            context = previous in ("vào", "từ", "đến", "tới", "mỗi", "các", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "ngày", "hằng", "hàng", "sớm", "khuya", "rạng", "trước", "sau", "lúc")
            context = context or bool(re.match(r"\s+(?:tuần|hàng\s+tuần|hằng\s+tuần|này|tới|vừa\s+qua)(?!\w)", self.t.key[m.end("wd"):m.end("wd") + 16]))
            nth_time = (not m["wrel"] or m["wrel"] == "này") and re.search(r"(?<!\w)lần(?:\s+\w+){0,2}\s*$", self.t.before(m.start(), 24))  # "ở lần gặp thứ 4 này": the fourth meeting
            nth_time = nth_time or self.t.words_before(m.start(), 2) in ("thẻ vàng", "thẻ đỏ")  # "lĩnh thẻ vàng thứ 2 sau màn đạp chân"
            if previous in ordinal_nouns or previous.isdigit() or nth_time or not (day_word_capital or follows_date or context or m["wrel"]):
                return []
        week_offset = None
        if m["wrel"]:
            rel = " ".join(m["wrel"].split()).replace("tuần ", "")
            if not m["wrel"].startswith("tuần") and rel in ("vừa qua", "vừa rồi", "qua", "rồi", "tới", "sau", "trước"):
                direction = 1 if rel in ("tới", "sau") else -1  # "thứ Sáu vừa qua": the last Friday
                return [Piece(m.start(), m.end(), "weekday", weekday=weekday, tense=direction)]
            week_offset = {"này": 0, "trước": -1, "qua": -1, "rồi": -1, "vừa qua": -1, "vừa rồi": -1, "sau": 1, "tới": 1,
                           "sau đó": 1, "trước đó": -1, "đó": 0}[rel]
            if rel in ("sau đó", "trước đó", "đó"):
                return [Piece(m.start(), m.end(), "weekday", weekday=weekday, week_offset=week_offset, anchor="focus")]
        tense = -1 if m["pre"] == "hôm" else 0
        return [Piece(m.start(), m.end(), "weekday", weekday=weekday, week_offset=week_offset, tense=tense)]

    def _road_direction(self, start: int, end: int) -> bool:
        """`4 làn xe, mỗi chiều hai làn`, `giảm mỗi chiều 100.000 đồng`: "chiều" near lanes, traffic or a price
        is a direction (of a road, of buying and selling), not the afternoon."""
        before = re.split(r"[.;!?]", self.t.before(start, 30))[-1]
        after = re.split(r"[.;!?]", self.t.key[end:end + 20])[0]
        price_after = re.match(r"\s*\d[\d.,]*\s*(?:đồng|nghìn|ngàn|triệu|usd)(?!\w)", self.t.key[end:end + 24])
        return bool(price_after) or re.search(r"(?<!\w)(?:làn|lưu\s+thông)(?!\w)", before + " " + after) is not None

    def _titled_name(self, start: int, end: int) -> bool:
        """`đảo Ngày Mai`, `TX Bình Minh`: every syllable capitalised, not at a sentence start, is a name."""
        words = self.t.text[start:end].split()
        sentence_start = re.search(r"(?:^|[.!?:\n\"“(]\s*)$", self.t.text[max(0, start - 3):start]) is not None
        return len(words) > 1 and all(w[:1].isupper() and not w.isupper() for w in words) and not sentence_start

    def _deictic(self, m: re.Match[str]) -> list[Piece]:
        if self._titled_name(m.start(), m.end()):
            return []
        offset = self.lex.lookup(self.lex.table("deictic_days"), m["w"])
        return [Piece(m.start(), m.end(), "deictic", offset=offset, anchor="dct")]

    def _anaphor(self, m: re.Match[str]) -> list[Piece]:
        if re.search(rf"(?:^|\s)(?:{patterns().number}|vài|mấy|dăm|nhiều|ít)\s*$", self.t.before(m.start(), 16)):
            return []  # "Vài ngày sau đó": a length, counted from the day in focus
        offset = self.lex.lookup(self.lex.table("anaphoric_days"), m["w"])
        return [Piece(m.start(), m.end(), "anaphor", offset=offset, anchor="focus", extra={"word": " ".join(m["w"].split())})]

    def _pod_day(self, m: re.Match[str]) -> list[Piece]:
        pod = self.lex.lookup(self.lex.table("parts_of_day"), m["pod"])
        if re.search(r"(?<![\d:h.,])\d+\s+$", self.t.before(m.start(), 8)) or self.t.word_right_before(m.start()) in self.lex.list("not_parts_of_day", "before"):
            return []  # "di chuyển 2 chiều qua hầm": two directions
        if m["after"]:
            offset = self.lex.lookup(self.lex.table("deictic_after_part_of_day"), m["after"])
            return [Piece(m.start(), m.end(), "deictic", offset=offset, anchor="dct", pod=pod)]
        offset = self.lex.lookup(self.lex.table("anaphoric_days"), m["ana"])
        return [Piece(m.start(), m.end(), "anaphor", offset=offset, anchor="focus", pod=pod, extra={"word": " ".join(m["ana"].split())})]

    def _pod(self, m: re.Match[str]) -> list[Piece]:
        word = " ".join(m["pod"].split())
        pod = self.lex.table("parts_of_day")[word]
        next_word = re.match(r"\s*(\w+)", self.t.key[m.end():m.end() + 14])
        if next_word and next_word[1] in self.lex.table("not_parts_of_day", "after").get(word, ()):
            return []
        if self.t.word_right_before(m.start()) in self.lex.list("not_parts_of_day", "before") or self._titled_name(m.start(), m.end()):
            return []
        if word == "sáng" and self.t.word_before(m.start()) == "trong" and not re.match(
                r"\s*(?:nay|mai|qua|hôm|ngày|thứ|chủ|cùng|sớm|\d)", self.t.key[m.end():m.end() + 8]):
            return []  # "hình ảnh trong sáng": pure, an adjective
        if self.t.word_before(m.start()) == "mỗi" and _PRICE_BEFORE.search(self.t.before(m.start() - 4, 16)):
            return []  # "2,6 triệu đồng/lượng mỗi chiều": each direction of a price
        if word == "chiều" and re.match(r"\s+(?:vào|đi|ra|từ|về)\s+[A-ZĐ]", self.t.text[m.end():m.end() + 8]):
            return []  # "Chiều vào Thanh Hóa từ Km276": a direction of the road
        if word == "chiều" and self.t.word_before(m.start()) in ("mỗi", "một", "hai", "ngược", "cùng") and self._road_direction(m.start(), m.end()):
            return []
        if word.endswith(" ngày") and re.match(r"\s+\d{1,2}[/.-]\d{1,2}", self.t.key[m.end():m.end() + 8]):
            if self.t.word_before(m.start()) in ("lượt", "vòng", "trận", "phiên", "đợt", "buổi", "hiệp", "tuần", "tháng", "chặng"):
                return []  # "Ở lượt cuối ngày 21/12": the last round, on 21/12
            return [Piece(m.start(), m.start() + len(m["pod"].split()[0]), "pod", pod=pod)]  # "cuối ngày 29/1": the date's "ngày" is the date's
        if word.startswith("buổi ") and not (self._capitalized(m.start()) and self.t.original_word_before(m.start())[:1].isupper()):
            return [Piece(m.start(), m.end(), "pod", pod=pod)]  # "buổi chiều" is a part of day, but not in "Hoa Nam Buổi sáng"
        boundary = re.search(r"(?:^|[.,;:!?()\n–-]\s*|(?<!\w)(?:và|hoặc|từ|đến|tới|vào|về|buổi|lúc|khi|cả|hết|suốt|trong|ban|mỗi|sang|tận|sau|trước|nên|thì|là|mà|sáng|trưa|chiều|tối|đêm|khuya)\s+)$", self.t.before(m.start(), 12))
        if word in self.lex.table("clock_words"):  # "nửa đêm" is midnight, T24:00; "gần nửa đêm" keeps its modifier
            qmod = re.search(r"(?:^|(?<=\s))(\w+)\s+$", self.t.before(m.start(), 10))
            mod = self.lex.table("modifiers", "quantity").get(qmod[1]) if qmod else None
            start = m.start() - len(qmod[0]) if mod else m.start()
            return [Piece(start, m.end(), "clock", hour=self.lex.table("clock_words")[word], minute=0, mod=mod)]
        forecast = re.match(r"\s+(?:(?:và|hoặc)\s+(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:có\s+mưa|trời|mưa|nắng|rét|lạnh|nhiều\s+mây|ít\s+mưa)(?!\w)",
                            self.t.key[m.end():m.end() + 24])
        weak = not boundary and not forecast and word not in self.lex.list("not_parts_of_day", "strong")  # "phía Bắc đêm và sáng trời rét"
        return [Piece(m.start(), m.end(), "pod", pod=pod, extra={"weak": weak})]

    def _clock_head(self, m: re.Match[str]) -> list[Piece]:
        hour = int(m["h"])
        if hour > 23 or self._in_score(m.start(), m.end()):
            return []
        return [Piece(m.start(), m.end(), "clock", hour=hour, minute=0, extra={"clock_head": True})]

    def _clock(self, m: re.Match[str]) -> list[Piece]:
        hour = int(m["h"])
        minute = int(m["min"]) if m["min"] else 0
        if hour > 24 or minute > 59 or (hour == 24 and minute):
            return []
        sep = m["hsep"]
        if m["sec"] and m["hsep"] == "giờ" and self.t.word_before(m.start()) not in ("lúc", "vào", "từ", "đến", "tới"):
            return []  # "hết 4 giờ 53 phút 1 giây": a race time, a length (see _duration_hms); "lúc 10 giờ 30 phút 15 giây" a time
        if sep == ":" and not (m["min"] and len(m["min"]) == 2 and m.end("hsep") == m.start("min")) or sep == ":" and self.t.key[m.start("h") - 1:m.start("h")].isalpha():
            return []  # "22:51"; "Lần 1: 11" is a count, "sub2:30" a marathon time
        qmod = self.lex.table("modifiers", "quantity").get(" ".join((m["qmod"] or "").split()), None) if m["qmod"] else None
        before = self.t.word_before(m.start())
        after = self.t.key[m.end():m.end() + 20]
        follows_day = re.match(r"[\s,]*(?:theo\s+giờ|\(\s*giờ|[-–]\s*\d{1,2}\s*(?:h|g|giờ)(?!\w)|ngày\s+\d|ngày\s+hôm|\d{1,2}[/.-]\d|hôm|thứ|chủ\s+nhật|cùng\s+ngày|sáng|trưa|chiều|tối|đêm|nay|qua|mai)", after)
        if sep == "g" and not m["min"] and not m["pod"] and before not in ("lúc", "vào", "đến", "từ", "tới", "khoảng") and not re.match(
                r"[\s,]*(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|\d{1,2}[/.-]\d)", after):
            return []  # "8g-13g ngày 24-10", "lúc 9g" are hours; "5g đường", "mạng 4g" are not
        if sep == "giờ" and not m["min"] and not m["pod"] and not follows_day and re.search(r"\d\s*(?:phút|tiếng)\s+(?:đến|tới)\s*$", self.t.before(m.start(), 20)):
            return [Piece(m.start(), m.end(), "duration", type="DURATION", value=f"PT{hour}H", mod=qmod, category="duration")]  # "từ 30 phút đến 2 giờ"
        if sep == "giờ" and not m["min"] and not m["pod"] and not follows_day and before not in ("lúc", "vào", "đến", "từ", "tới", "khoảng", "tức") and not (m["qmod"] and before in ("lúc", "vào", "đến", "từ", "tới")):
            return []  # "72 giờ", "một giờ": a duration, recognized by its own pattern
        if sep in ("h", "giờ") and not m["min"] and not follows_day and before in ("trong", "suốt", "mất", "kéo", "dài", "vòng", "sau", "với", "hơn", "theo", "báo", "cho"):
            if before in ("theo", "báo"):
                return []
            return [Piece(m.start(), m.end(), "duration", type="DURATION", value=f"PT{hour}H", mod=qmod, category="duration")]
        under = " ".join((m["qmod"] or "").split()) in ("dưới", "chưa đầy", "tối đa", "ít nhất")
        if sep == "giờ" and m["min"] and not m["pod"] and (before in ("sau", "mất", "suốt", "kéo", "dài", "trong", "vòng") or under) and not follows_day:
            return [Piece(m.start(), m.end(), "duration", type="DURATION", value=f"PT{hour}H{minute}M", mod=qmod, category="duration")]  # "sau 1 giờ 20 phút"
        if re.match(r"\.com|\.vn|\s*tv\b", after) or (hour == 24 and not m["min"] and (before in ("theo", "báo", "kênh", "đá") or self.t.text[m.end("hsep") - 1] == "H")):
            return []
        pod = self.lex.table("parts_of_day")[m["pod"]] if m["pod"] else None
        mod = qmod if qmod else None
        second = int(m["sec"]) if m["sec"] and int(m["sec"]) < 60 else None
        return [Piece(m.start(), m.end(), "clock", hour=hour, minute=minute, pod=pod, mod=mod, extra={"second": second, "colon": m["hsep"] == ":"})]

    # -- months, years and longer --------------------------------------------------------------

    def _month(self, m: re.Match[str]) -> list[Piece]:
        month = self._month_number(m["m"])
        if month is None:
            return []
        word = " ".join(m["m"].split())
        dated = self.t.word_before(m.start()) in ("hồi", "vào", "từ", "đến", "tới") and word != "năm"  # "hồi tháng ba", "vào tháng một"
        if not word.isdigit() and word not in self.lex.list("months", "lunar_names") and not self._capitalized(m.start("m")) and not dated and (
                word in ("năm", "một", "hai") or not (m["pmod"] or m["y"] or m["y2"])):
            return []  # "tháng năm" is months and years; "cuối tháng ba", "tháng tư năm 2020" are months
        if self.t.words_before(m.start("m") - 6, 2) == "cách mạng" or self.t.words_before(m.start(), 2) == "cách mạng":
            return []
        if self.t.word_before(m.start()) in ("mỗi", "hằng", "hàng", "từng", "những", "các"):
            return []
        partner = re.match(r"\s*[-–]\s*(\d{1,2})(?:[/.-](?:1[89]|20)\d\d)?(?![\d/.,-]\d)", self.t.key[m.end("m"):m.end("m") + 12])
        if not m["y"] and partner and month < int(partner[1]) <= 12 and not re.match(r"\s*(?:âm\s+lịch|âl|al)(?!\w)", self.t.key[m.end("m") + partner.end():m.end("m") + partner.end() + 10]):
            return []  # "tháng 5–7/2026" is a range of months: see _month_range
        year = m["y"] or m["y2"]
        until = re.match(r"\s*(?:đến|tới|[-–])\s*(?:hết\s+)?tháng\s+(\d{1,2})[/.-]((?:1[89]|20)\d\d)(?!\d)", self.t.key[m.end():m.end() + 24])
        if not year and until and month <= int(until[1]):
            year = until[2]  # "từ tháng 4 đến tháng 6.2013": the range's year
        mod = self._position_mod(m)
        return [Piece(m.start(), m.end(), "month", month=month, year=int(year) if year else None, mod=mod,
                      lunar=bool(m["lunar"]), tense=self._tail_tense(m),
                      extra={"year_offset": self._year_tail(m), "same_year": self._same_year_tail(m)})]

    def _glued_fixture(self, m: re.Match[str]) -> list[Piece]:
        day, month = int(m["d"]), int(m["m"])
        if not (1 <= month <= 12 and 1 <= day <= 31) or not valid_day(2000, month, day):
            return []
        return [Piece(m.start(), m.end(), "date", day=day, month=month, hour=int(m["h"]), minute=int(m["min"]), parts=["date", "clock"], extra={"fixture": True})]

    def _month_range(self, m: re.Match[str]) -> list[Piece]:
        first, last = int(m["m1"]), int(m["m2"])
        if not 1 <= first < last <= 12:
            return []
        if re.match(r"\s*(?:âm\s+lịch|âl|al)(?!\w)", self.t.key[m.end():m.end() + 10]):
            return []  # lunar months, read one by one
        year = int(m["y"]) if m["y"] else None
        return [Piece(m.start(), m.end("m1"), "month", month=first, year=year, mod=self._position_mod(m)),
                Piece(m.start("m2"), m.end(), "month", month=last, year=year)]

    def _month_list(self, m: re.Match[str]) -> list[Piece]:
        """Each further month of the list; "tháng 3" itself comes from the month pattern."""
        if self.t.word_before(m.start()) in ("mỗi", "hằng", "hàng", "từng", "những", "các"):
            return []  # "các tháng 3, 6 và 9 hằng năm" are every year's, as "các tháng 3" is
        out = []
        for n in re.finditer(r"\d{1,2}", m["rest"]):
            month = int(n[0])
            if not 1 <= month <= 12:
                return []
            start = m.start("rest") + n.start()
            out.append(Piece(start, start + len(n[0]), "month", month=month))
        return out

    def _month_bare(self, m: re.Match[str]) -> list[Piece]:
        month = int(m["m"])
        in_parens = bool(re.search(r"\(\s*(?:\d{1,2}[/-]\d{4}\s*[-–]\s*)?$", self.t.before(m.start(), 12))) and bool(
            re.match(r"\s*(?:[-–]\s*\d{1,2}[/-]\d{4}\s*)?\)", self.t.key[m.end():m.end() + 12]))  # "Mỹ (9-2023)", "(10/2017-3/2022)"
        range_end = re.search(r"tháng\s+\d{1,2}[/.-]\d{4}\s*(?:đến|tới|[-–])\s*$", self.t.before(m.start(), 30))  # "từ tháng 7-2012 đến 6-2013", "tháng 10.2013 - 2.2014"
        if not 1 <= month <= 12 or not in_parens and not range_end and (m["sep"] in "-." or self.t.word_before(m.start()) not in (
                "từ", "đến", "tới", "vào", "trong", "hồi", "sau", "trước", "cuối", "đầu", "giữa", "tính", "kể", "hết", "và")):
            return []
        return [Piece(m.start(), m.end(), "month", month=month, year=int(m["y"]))]

    def _year(self, m: re.Match[str]) -> list[Piece]:
        year = int(m["y"])
        if re.match(r"\s*(?:tuổi|đồng)", self.t.key[m.end():m.end() + 8]):
            return []
        if m["pre"] == "năm" and not m["pmod"] and self.t.word_before(m.start()) == "những" and year % 10 == 0:
            return []  # "những năm 1940-1950" are decades
        mod = self._position_mod(m)
        start = m.start()
        if m["pmod"] and " ".join(m["pmod"].split()) == "đầu" and self.t.word_before(m.start()) == "hàng":
            mod, start = None, m.start("pre")  # "doanh nghiệp hàng đầu năm 2020": leading, in 2020
        out = [Piece(start, m.end("y"), "year", year=year, mod=mod)]
        if m["y2"]:
            out.append(Piece(m.start("y2"), m.end("y2"), "year", year=int(m["y2"])))
        elif m["y2s"] and int(m["y2s"]) == (year + 1) % 100:  # "mùa 2021/22"
            out.append(Piece(m.start("y2s"), m.end("y2s"), "year", year=year + 1))
        return out

    def _year_bare(self, m: re.Match[str]) -> list[Piece]:
        before = self.t.before(m.start(), 30)
        in_parens = bool(re.search(r"\(\s*$", before))
        triggers = self.lex.list("spans", "bare_year_after")
        prev1 = self.t.word_before(m.start())
        prev2 = self.t.words_before(m.start(), 2)
        after_year = re.search(r"\d{4}\s*(?:và|hoặc|,|/)\s*$", before)  # "các năm 2017 và 2018"
        if re.match(r"\s*(?:người|đồng|usd|tấn|km|m\b|ha|con|chiếc|căn|hộ|ca|học|tỷ|tỉ|triệu|nghìn|lượt|điểm|lần|sản|cây|xe|ngôi|bài|trang|mét|kg|\w+/)", self.t.key[m.end():m.end() + 10]):
            return []
        list_start = m.start() - len(re.search(r"(?:(?:1[89]|20)\d\d\s*(?:,|và|hoặc)\s*)*$", self.t.before(m.start(), 40))[0])
        just_over = re.match(r"\s+vừa\s+qua(?!\w)", self.t.key[m.end():m.end() + 10])  # "2020 vừa qua là năm khó khăn"
        in_name = (self.t.original_word_before(list_start)[:1].isupper() and not re.search(r"[.!?:\n]\s*\S*\s*$", self.t.before(list_start, 30))
                   and not (just_over and re.search(r",\s*$", self.t.before(m.start(), 3))))  # "SEA Games 2019, 2021"
        if not in_parens and prev1 not in ("sn", "sinh") and in_name and prev1 not in ("từ", "đến", "tới", "trước", "sau", "vào", "năm"):
            # "SEA Games 2019", "AFC Cup 2011": not a date of its own, but "năm đó" after it is that year
            return [Piece(m.start(), m.end("y"), "name_year", year=int(m["y"]))]
        if not (in_parens or prev1 in triggers or prev2 in triggers or after_year or re.match(r"\s+(?:là\s+năm|vừa\s+qua)(?!\w)", self.t.key[m.end():m.end() + 10])):
            return []  # "2025 là năm bùng nổ" says it is a year
        if int(m["y"]) % 10 == 0 and re.search(r"(?:những\s+năm|thập\s+niên|thập\s+k[ỷỉ])\s+(?:1[89]|20)\d0\s*(?:,|và|hoặc)\s*$", before):
            return [Piece(m.start(), m.end("y"), "fixed", type="DATE", value=m["y"][:3], category="month_year")]  # "những năm 1950 và 1960"
        out = [Piece(m.start(), m.end("y") + (just_over.end() if just_over and not m["y2"] else 0), "year", year=int(m["y"]))]
        if m["y2"]:
            out.append(Piece(m.start("y2"), m.end("y2"), "year", year=int(m["y2"])))
        return out

    def _decade(self, m: re.Match[str]) -> list[Piece]:
        dec = m["dec"] or m["decx"]
        if dec.endswith("x"):  # "những năm 8x": the 1980s
            dec = ("19" if dec[0] != "0" else "20") + dec[0] + "0"
        if len(dec) == 2:
            dec = ("19" if int(dec) >= 30 else "20") + dec
        partner = re.match(r"\s*[-–]\s*((?:1[89]|20)\d\d)(?!\d)", self.t.key[m.end("first"):m.end("first") + 8])
        if partner and not m["dec2"] and len(dec) == 4 and int(partner[1]) % 10 and int(partner[1]) > int(dec):  # "Những năm 2000-2006": two years
            end = m.end("first") + partner.end()
            return [Piece(m.start(), m.end("first"), "year", year=int(dec)), Piece(end - 4, end, "year", year=int(partner[1]))]
        mod = self._position_mod(m) or self.lex.table("modifiers", "position").get(" ".join((m["pmod2"] or "").split()))  # "những năm cuối 1970"
        out = [Piece(m.start(), m.end("first"), "fixed", type="DATE", value=dec[:3], mod=mod, category="month_year")]
        if m["dec2"]:  # "thập niên 1970 - 1980": two decades
            out.append(Piece(m.start("dec2"), m.end("dec2"), "fixed", type="DATE", value=m["dec2"][:3], category="month_year"))
        return out

    def _century(self, m: re.Match[str]) -> list[Piece]:
        c = m["c"]
        number = int(c) if c.isdigit() else _ROMAN.get(c)
        if not number or number > 22:
            return []
        mod = self._position_mod(m)
        return [Piece(m.start(), m.end(), "fixed", type="DATE", value=f"{number - 1:02d}", mod=mod, category="month_year")]

    def _quarter(self, m: re.Match[str]) -> list[Piece]:
        q = m["q"]
        quarter = int(q) if q.isdigit() else {"cuối": 4, "đầu": 1}.get(q) or _ROMAN[q]
        if q in _ROMAN and not self.t.text[m.start("q"):m.end("q")].isupper():
            return []
        year = m["y"] or m["y2"]
        mod = self._position_mod(m)
        extra = {"cc": " ".join(m["cc"].split())} if m["cc"] else {}
        if m["yrel"]:  # "quý 3 năm trước"
            extra["year_offset"] = {"nay": 0, "ngoái": -1, "trước": -1, "sau": 1, "tới": 1}[m["yrel"]]
        return [Piece(m.start(), m.end(), "quarter", value=str(quarter), year=int(year) if year else None, mod=mod, extra=extra)]

    def _relative(self, m: re.Match[str]) -> list[Piece]:
        period = self.lex.lookup(self.lex.table("relative", "periods"), m["period"])
        rel = " ".join(m["rel"].split())
        if period == "quarter" and not m["pmod"] and self.t.word_before(m.start()) in ("cao", "đáng", "rất", "thật", "quyền", "tôn", "phú", "loại", "đá", "gỗ"):
            return []  # "danh hiệu cao quý này": noble, not this quarter
        if self.t.word_before(m.start()) in ("các", "những", "mấy", "nhiều", "mọi", "triệu", "nghìn", "ngàn", "vạn", "tỷ", "tỉ"):
            return []  # "các năm tiếp theo", "6 triệu năm trước": no year of ours
        if self.t.text[m.start() - 1:m.start()] == "/":
            return []  # "15-20 triệu đồng/tháng sau 3 năm": a rate, then "after"
        if period == "month" and self.t.word_before(m.start()) == "đủ":
            return []  # "trẻ sinh đủ tháng": born at term
        if period == "year" and rel == "sau" and self.t.word_before(m.start()) == "cả":
            return []  # "kế hoạch cả năm sau 9 tháng": the whole year, after nine months
        if re.match(r"\s+năm\s+\d{4}", self.t.key[m.end():m.end() + 12]):
            return []  # "sinh năm sau năm 2000": the years after 2000
        if rel.startswith("năm ") and period != "season":
            return []  # "tháng Năm nay" is this May; only a season takes "năm nay" after it
        if rel in ("sau", "trước", "sau đó", "trước đó") and re.match(r"\s+(?:khi|nữa)(?!\w)", self.t.key[m.end():m.end() + 6]) and not (
                rel == "trước" and re.search(r"(?<!\w)so\s+với\s+$", self.t.before(m.start(), 10))):
            return []  # "một năm trước khi" is before an event; "giảm so với tháng trước khi giá xăng giảm" is last month
        year_before = re.search(r"((?:1[89]|20)\d\d)\s*$", self.t.before(m.start(), 6))
        glued_sentence = year_before and (self._capitalized(m.start()) or int(year_before[1]) % 100 and int(year_before[1]) >= 1950)  # "TSA 2026 Năm ngoái", "KinoFest 2025 năm nay"
        counted = re.search(rf"(?:^|\s)(?<!thứ\s)(?<!lớp\s)(?:{patterns().number}|{patterns().vague})\s*$", self.t.before(m.start(), 16))
        round_of = counted and re.search(r"(?<!trong\s)(?<!\w)(?:vòng|lượt)\s+\S+\s*$", self.t.before(m.start(), 24))  # "ở vòng 25 mùa trước", not "trong vòng 2 năm tới"
        if not m["pmod"] and not glued_sentence and counted and not round_of:
            return []  # "vài tháng sau đó": a length counted from an event
        dct_table, focus_table = self.lex.table("relative", "dct"), self.lex.table("relative", "focus")
        mod = self._position_mod(m)
        weekend = period == "week" and mod == "END" and " ".join((m["pmod"] or "").split()) == "cuối"
        if weekend:
            mod = None  # "cuối tuần" is the weekend (-WE), not the end of the week
        if rel in focus_table:
            return [Piece(m.start(), m.end(), "relative", period=period, offset=focus_table[rel], anchor="focus", mod=mod,
                          extra={"weekend": weekend})]
        if period == "year" and rel == "qua" and self.t.word_before(m.start()) == "những":
            return []
        return [Piece(m.start(), m.end(), "relative", period=period, offset=dct_table[rel], anchor="dct", mod=mod,
                      extra={"weekend": weekend, "rel": rel})]

    def _position(self, m: re.Match[str]) -> list[Piece]:
        period = self.lex.lookup(self.lex.table("relative", "periods"), m["period"])
        pmod = " ".join(m["pmod"].split())
        if self.t.word_before(m.start()) in ("bắt", "mở", "khởi", "ban", "dẫn", "cầm", "hàng", "sau", "cuối") and self.t.words_before(m.start(), 2) != "mở hàng":
            return []  # "hàng đầu" is leading; "chuyến biển mở hàng đầu năm" opens the year
        if period == "year" and (self.t.word_before(m.start()) in self.lex.list("spans", "period_as_modifier_after")
                                 or self.t.words_before(m.start(), 2) in self.lex.list("spans", "period_as_modifier_after")):
            return []  # "bữa tiệc cuối năm", "câu hỏi đầu năm": a kind of party or question, no year of its own
        mod = self.lex.table("modifiers", "position")[pmod]
        weekend = period == "week" and pmod == "cuối"
        anchor = "dct" if self.t.words_before(m.start(), 2) == "kể từ" else "focus_or_dct"  # "kể từ đầu năm": up to now
        return [Piece(m.start(), m.end(), "relative", period=period, offset=0, anchor=anchor, mod=None if weekend else mod,
                      extra={"weekend": weekend})]

    def _same_period(self, m: re.Match[str]) -> list[Piece]:
        last_year = " ".join((m["prev"] or "").split()) == "năm ngoái"  # counted from the DCT, not the focus
        return [Piece(m.start(), m.end(), "same_period", anchor="dct" if last_year else "focus", year=int(m["y"]) if m["y"] else None)]

    def _same_year(self, m: re.Match[str]) -> list[Piece]:
        if self.t.word_before(m.start()) in ("sinh", "tuổi"):
            return []  # "hai người sinh cùng năm": born in one year, not the year in focus
        period = self.lex.lookup(self.lex.table("relative", "periods"), m["period"])
        return [Piece(m.start(), m.end(), "relative", period=period, offset=0, anchor="focus", category="anaphoric")]

    def _whole_year(self, m: re.Match[str]) -> list[Piece]:
        if self.t.word_before(m.start()) in ("mất", "suốt", "gần", "hơn", "dài", "chờ", "đợi", "tốn"):
            return [Piece(m.start(), m.end(), "fixed", type="DURATION", value="P1Y", category="duration")]  # "phải mất cả năm": a year's length
        return [Piece(m.start(), m.end(), "relative", period="year", offset=0, anchor="focus_or_dct", category="anaphoric",
                      extra={"whole": True})]

    def _in_period(self, m: re.Match[str]) -> list[Piece]:
        if self.t.word_before(m.start()) == "nào":
            return []  # "bất kỳ thời điểm nào trong năm": any time of year
        if m["k"]:
            return [Piece(m.start("k"), m.end("k"), "period_in_focus", period="quarter")]
        period = self.lex.lookup(self.lex.table("relative", "periods"), m["w"])  # "trong năm", "trong tháng": the one in focus
        anchor = "focus" if period == "month" else "focus_or_dct"  # "trong tháng" is the month last named, wherever
        return [Piece(m.start("w"), m.end("w"), "relative", period=period, offset=0, anchor=anchor, category="anaphoric")]

    def _later(self, m: re.Match[str]) -> list[Piece]:
        if self.t.word_before(m.start()) in ("suốt", "trong", "sau", "mất", "gần", "hơn", "khoảng"):
            return []
        amount = _number(" ".join(m["n"].split()), self.lex)
        if amount is None or amount != int(amount):
            return []
        return [Piece(m.start(), m.end(), "later", extra={"amount": int(amount), "unit_end": m.end("unit")})]

    def _season(self, m: re.Match[str]) -> list[Piece]:
        word = " ".join(m["season"].split())
        code = self.lex.table("seasons")[word]
        if not (word.startswith(("mùa", "những", "dịp", "kỳ", "ngày")) or m["days"] or m["days0"] or m["y"] or m["rel"]
                or word == "hè" and self.t.word_before(m.start()) == "vào"):
            return []  # "Vào hè, trái cây chín rộ" is summer; "vỉa hè" is a pavement
        if self.t.words_before(m.start(), 2) in ("thể thao", "vận hội") or self.t.word_before(m.start()) == "tiên":
            return []  # "thể thao mùa đông", "Thế vận hội Mùa đông", "nàng tiên mùa xuân": a kind, not a season of ours
        if word in ("đông", "thu") and not (m["y"] or (m["rel"] or "").startswith("năm")):
            return []  # "cổ đông này" (these shareholders), "thu này": only with a year
        if not word.startswith(("mùa", "những", "dịp", "kỳ")) and self._capitalized(m.start("season")) and self.t.original_word_before(m.start())[:1].isupper():
            return []  # "Táo Xuân 2026" is a show
        season_text = self.t.text[m.start("season"):m.end("season")]
        if self._titled_name(m.start("season"), m.end("season")) or (
                season_text != season_text.lower() and self.t.words_before(m.start(), 2) in ("hội chợ", "lễ hội", "liên hoan", "đêm nhạc")):
            return []  # "Hội chợ Mùa Xuân", "Hội chợ mùa Thu": names of fairs
        if re.search(r"(?:thế\s+vận\s+hội|olympic|paralympic|asiad|đại\s+hội\s+thể\s+thao)\s*$", self.t.before(m.start(), 24)):
            return []  # "Thế vận hội mùa Đông 2026" is the Games, a name
        rel = " ".join((m["rel"] or "").split())
        offset = {"năm nay": 0, "này": 0, "năm ngoái": -1, "năm trước": -1, "trước": -1, "qua": -1, "vừa qua": -1,
                  "năm tới": 1, "năm sau": 1, "tới": 1, "sắp tới": 1, "sau": 1}.get(rel)
        mod = self._position_mod(m)
        return [Piece(m.start(), m.end(), "season", value=code, year=int(m["y"]) if m["y"] else None, offset=offset, mod=mod,
                      extra={"rel": rel})]

    # -- quantities ----------------------------------------------------------------------------

    def _duration(self, m: re.Match[str]) -> list[Piece]:
        unit_word = " ".join(m["unit"].split())
        code = self.lex.table("units")[unit_word]
        amount_word = " ".join(m["n"].split())
        after = self.t.key[m.end():m.end() + 10]
        before_char = self.t.key[m.start() - 1:m.start()] if m.start() else ""
        if before_char == "/" and unit_word == "giờ" and amount_word == "24" and self.t.key[m.start() - 3:m.start()] == "24/":
            return [Piece(m.start() - 3, m.end(), "duration", type="DURATION", value="PT24H", category="duration")]  # "trực cấp cứu 24/24 giờ": round the clock
        if before_char == "/" or re.match(r"\s*(?:tuổi|tcn|trước\s+công\s+nguyên)(?!\w)", self.t.key[m.end():m.end() + 24]):
            return []  # an age; "800 năm TCN" is a year (see _era_year)
        if self._titled_name(m.start(), m.end()):
            return []  # "gameshow Hai Ngày Một Đêm", "phim Bảy Tuần": a title
        if unit_word == "năm" and re.fullmatch(r"(?:1[89]|20)\d\d", amount_word) and (self.t.text[m.start("unit")].isupper() or int(amount_word) % 100 and int(amount_word) >= 1950):
            return []  # "TSA 2026 Năm ngoái", "KinoFest 2025 năm nay": a year, not 2025 years ("2000 năm" still is)
        if self.t.word_before(m.start()) in ("thứ", "lớp") and not m["n1"]:
            return []  # "kỷ niệm lần thứ 11 ngày Di sản": an ordinal, then a named day
        if self.t.word_before(m.start()) in ("clip", "video", "phim") and amount_word.isdigit():
            return []  # "Clip 1 phút": a name, not a length
        if re.search(r"(?<!\w)tuổi\s+đời\s*$", self.t.before(m.start(), 12)):
            return []  # "cây tuổi đời 8-10 năm": an age
        if re.search(r"(?<!\w)thai(?:\s+được)?(?:\s+\d+\s+tuần)?\s*$", self.t.before(m.start(), 24)):
            return []  # "mang thai 34 tuần 2 ngày": the age of a pregnancy
        language = re.match(r"\s+(?:Anh|Việt|Pháp|Trung|Nhật|Hàn|Đức|Nga|Thái)(?!\w)", self.t.text[m.end():m.end() + 8])
        if unit_word == "tiếng" and re.match(r"\s+(?:súng|nổ|còi|chuông|tăm|kêu\s+cứu)(?!\w)", after):
            return []  # "20 tiếng súng": shots
        if unit_word == "tiếng" and not amount_word[0].isdigit() and (language or re.match(r"\s+(?:động|nói|ồn|vang|hát|kêu|la|cười|khóc|súng|nổ|chuông|còi|gọi|mẹ|đẻ)(?!\w)", after)):
            return []  # "một tiếng động", "tiếng Anh": a sound or a language
        if amount_word == "năm" and unit_word == "tháng" and self.t.word_before(m.start()) in ("cùng", "những", "bao", "theo", "mọi", "các"):
            return []  # "một ca khúc đã đi cùng năm tháng": the years, not five months
        if unit_word == "ngày" and re.match(r"\s+(?:hội|lễ|kỷ|truyền|thành|sinh|giỗ|quốc|thơ|sách|văn|hè)(?!\w)", after):
            return []  # "một ngày hội": a festival, not a day's length
        right_after_unit = self.t.key[m.end("unit"):m.end("unit") + 4]
        if unit_word in ("năm", "tháng", "ngày", "hôm") and re.match(r"\s*\d", right_after_unit) and (amount_word.isdigit() or unit_word == "ngày"):
            return []  # "5 tháng 1": part of a date
        if not amount_word[0].isdigit() and re.search(r"\d\s*$", self.t.key[max(0, m.start("n") - 3):m.start("n")]):
            return []
        next_word = re.match(r"\s+(\w+)", after)
        if next_word and next_word[1] in self.lex.table("not_units").get(unit_word, ()):
            return []  # "hai mùa lúa", "10 đêm nhạc"
        if amount_word == "một" and (_PRICE_BEFORE.search(self.t.before(m.start(), 16)) or self.t.before(m.start(), 2).rstrip().endswith("%")):
            return []  # "giảm 1,23% một năm", "10.000 đồng một tháng": a rate
        if amount_word.isdigit() and re.search(r"\d\s*[h:g]$", self.t.key[max(0, m.start("n") - 3):m.start("n")]):
            return []  # "24h30 đêm nay": the minutes of a clock time, not thirty nights
        if unit_word in ("giờ", "tiếng") and m["n1"] and re.match(r"\s+(?:sáng|trưa|chiều|tối|đêm)(?!\w)", after):
            return []  # "5 - 6 giờ sáng": a range of clock times
        if amount_word == "mấy" and unit_word == "giờ" and not re.match(r"\s+(?:đồng\s+hồ|liền|liên)", after):
            return []  # "đến mấy giờ mới mua được": what time, no length
        if amount_word == "bao" and unit_word not in ("năm", "tháng") and self.t.word_before(m.start()) not in ("sau", "qua", "trong", "suốt"):
            return []  # "sau bao năm", "sau bao ngày xa cách" are lengths; "như bao ngày" is like any day
        if not amount_word[0].isdigit() and re.search(r"(?<!\w)(?<!trong\s)(?:vòng|hiệp|lượt|ván|set|chương|hạng)\s+$", self.t.before(m.start(), 14)):
            return []  # "Ở vòng ba đêm qua": the third round, then last night ("trong vòng ba ngày" is a length)
        if amount_word == "trăm" and self.t.word_before(m.start()) in ("chuyện", "duyên", "nghĩa", "tình", "hẹn", "ước"):
            return []  # "chuyện trăm năm": a marriage, an idiom
        if unit_word == "đêm" and amount_word == "nửa":
            return []  # "nửa đêm" is midnight
        if unit_word == "mùa" and re.match(r"\s+[^\W\d]", self.t.text[m.end():m.end() + 3]) and self.t.text[m.end():m.end() + 3].strip()[:1].isupper():
            return []  # "bốn mùa Thanh Hóa nằm trong nhóm ba đội": seasons counted, not a length
        if unit_word == "năm" and re.match(r"\s+ánh\s+sáng", after):
            return []  # light years
        if amount_word == "một" and unit_word == "ngày" and re.search(r"ngày\s+$", self.t.before(m.start(), 6)) and re.match(r"\s+hai(?!\w)", after):
            return []  # "ngày một ngày hai": overnight, an idiom
        if amount_word == "một" and not m["tail"] and unit_word in ("năm", "ngày", "tuần", "tháng", "mùa", "mùa giải") and re.match(r"\s+mới(?!\w)", after):
            return []  # "một năm mới an lành", "một mùa giải mới": a new one, not a length
        if unit_word == "ngày" and re.match(r"\s+(?:lương|công)(?!\w)", after):
            return []  # "2 ngày lương": an amount of pay
        if amount_word == "một" and unit_word == "ngày" and (
                re.match(r"\s+(?:đẹp|nọ|kia|nào|vui|tuyệt|đáng|buồn|bận|bình|mới|làm|trọng|đặc|thư|ổn|vất|tốt|may|xui|hạnh|an|của|lễ)(?!\w)", after)
                or self.t.word_before(m.start()) in ("là", "đến")):
            return []  # "một ngày đẹp trời", "đây là một ngày ổn định", "Đến một ngày": a kind of day, not a length
        if unit_word in ("tháng", "tuần") and re.search(r"(?<!\w)(?:trẻ|bé|cháu|sơ sinh)\W+(?:\w+\W+){0,2}$", self.t.before(m.start(), 24)):
            return []  # "trẻ 24-36 tháng", "nhà trẻ (18-24 tháng)": ages
        if amount_word == "hàng" and code not in ("10Y", "100Y", "1000Y") and (m["tail"] or "").strip() != "liền":
            return []  # "hàng thập kỷ" is decades; "hàng giờ", "hàng năm" are recurrences
        if (m["tail"] or "").strip() in ("đầu", "cuối", "giữa") and re.match(r"\s+đời(?!\w)", self.t.key[m.end():m.end() + 6]):
            return []  # "những năm cuối đời": the last years of a life, no time of ours
        if amount_word == "những":  # "những năm qua", "những ngày tới": a vague length, as dev's "Vài năm gần đây"
            if unit_word not in ("năm", "ngày", "tháng", "tuần", "giờ") or not m["tail"]:  # "những phút cuối" of a match: no length
                return []
            amount = None
        elif amount_word in self.lex.list("numbers", "vague"):
            amount = None
        else:
            amount = _number(amount_word, self.lex)
            if amount is None:
                return []
            if unit_word == "hôm":
                return []
        if m["half"] and amount is not None:
            amount += 0.5
        qmod_word = " ".join((m["qmod"] or "").split())
        mod = self.lex.table("modifiers", "quantity").get(qmod_word) or None
        start = m.start()
        if qmod_word in ("suốt", "cả"):
            start = m.start("n")
        pieces = []
        first_group = "n1" if m["n1"] else "n1c" if m["n1c"] else None  # "2-3 năm", "1, 2 năm"
        if first_group == "n1c" and self.t.word_before(m.start()) == "phút":
            first_group, start = None, m.start("n")  # "ở phút 54, 10 phút trước khi rời sân": a match minute, then a length
        if first_group:
            first_amount = _number(" ".join(m[first_group].split()), self.lex)
            if first_amount is None or self._in_score(m.start(first_group), m.end(first_group)):
                return []
            first = Piece(m.start(first_group), m.end(first_group), "duration", type="DURATION", value=_duration_value(first_amount, code), category="duration")
            pieces.append(first)
            start = m.start("n")
        tail = " ".join((m["tail"] or "").split())
        end = m.end()
        year_after = re.match(r"\s+(?:19|20)\d\d(?![\d.,]\d)", self.t.key[end:end + 6])
        if tail in ("đầu năm", "cuối năm") and amount_word != "những" and year_after:
            end += year_after.end()  # "4 tháng đầu năm 2025" is one length, its year included
        if tail in ("tới", "sắp tới") and amount_word != "những" and not re.match(r"\s*[,.;:)!?]|\s*$", self.t.key[m.end():m.end() + 2]):
            end = m.end("unit") if not m["half"] else m.end("half")
        if tail in ("đầu", "cuối", "giữa") and amount_word != "những" and re.match(r"\s+(?!của(?!\w))[^\W\d]", self.t.key[m.end():m.end() + 8]):
            end = m.end("unit") if not m["half"] else m.end("half")  # "ba ngày | cuối tháng 3", "20 phút | đầu trận"
        pieces.append(Piece(start, end, "duration", type="DURATION", value=_duration_value(amount, code, decimal=bool(re.search(r"\d[,.]\d", amount_word))), mod=mod, category="duration",
                            year=int(self.t.key[end - 4:end]) if end > m.end() else None, extra={"unit": code, "amount": amount}))
        return pieces

    def _duration_ymd(self, m: re.Match[str]) -> list[Piece]:
        if int(m["mo"]) > 11 or m["d"] and int(m["d"]) > 31:
            return []
        value = f"P{int(m['y'])}Y{int(m['mo'])}M" + (f"{int(m['d'])}D" if m["d"] else "")
        mod = self.lex.table("modifiers", "quantity").get(" ".join((m["qmod"] or "").split())) or None
        return [Piece(m.start(), m.end(), "duration", type="DURATION", value=value, mod=mod, category="duration")]

    def _days_nights(self, m: re.Match[str]) -> list[Piece]:
        days = _number(" ".join(m["d"].split()), self.lex)
        if days is None or self._titled_name(m.start(), m.end()):
            return []  # "gameshow Hai Ngày Một Đêm" is a name
        return [Piece(m.start(), m.end(), "duration", type="DURATION", value=_duration_value(days, "D"), category="duration")]

    def _whole_period(self, m: re.Match[str]) -> list[Piece]:
        value = self.lex.lookup(self.lex.table("whole_periods"), m["w"])
        return [Piece(m.start(), m.end(), "duration", type="DURATION", value=value, category="duration")]

    def _vague_time(self, m: re.Match[str]) -> list[Piece]:
        return [Piece(m.start(), m.end(), "duration", type="DURATION", value="PXX", category="duration")]

    def _ago(self, m: re.Match[str]) -> list[Piece]:
        if not (m["cach"] or m["truoc"]) or self.t.word_right_before(m.start()) in ("vòng", "lượt", "trận", "phút", "lần"):
            return []  # "ở vòng 25 mùa trước": round 25 of last season
        unit_word = " ".join(m["unit"].split())
        code = self.lex.table("units")[unit_word]
        amount_word = " ".join(m["n"].split())
        amount = None if amount_word in self.lex.list("numbers", "vague") else _number(amount_word, self.lex)
        if amount is None and amount_word not in self.lex.list("numbers", "vague"):
            return []
        if m["truoc"] and not m["cach"] and self.t.word_before(m.start()) in ("trong", "sau", "suốt"):
            return []
        if amount_word.isdigit() and self._in_score(m.start("n"), m.end("n")):
            return []
        return [Piece(m.start(), m.end(), "ago", value=code, extra={"amount": amount})]

    def _set(self, m: re.Match[str]) -> list[Piece]:
        value = self.lex.lookup(self.lex.table("sets", "periods"), m["p"])
        if not value:
            return []
        if re.match(r"\s*(?:chục|trăm|nghìn|ngàn|triệu)", self.t.key[m.start("p"):m.start("p") + 8]):
            return []
        every = " ".join(m["every"].split())
        if _PRICE_BEFORE.search(self.t.before(m.start(), 16)) or re.match(r"[^.;]{0,24}\d\s*km(?!\w)", self.t.key[m.end():m.end() + 30]):
            return []  # "mỗi giờ đi được 5-10 km" is a speed
        if " ".join(m["p"].split()) == "chiều" and self._road_direction(m.start(), m.end()):
            return []
        if value == "P1Y" and re.match(r"\s+(?:lần|người|chiếc|con|bàn|trận|mùa|kỳ)(?!\w)", self.t.key[m.end():m.end() + 8]):
            return []  # "từng năm lần vô địch": five times, "năm" the number
        if every == "hàng" and self.t.word_before(m.start()) in self.lex.list("not_weekdays", "hang_compounds"):
            return []  # "hẹn khách hàng ngày 9/3": a customer, then a date
        if every == "hàng" and re.match(r"\s*(?:chục|trăm)", self.t.key[m.end():m.end() + 8]):
            return []
        if every == "hàng" and (self.t.word_before(m.start()) in ("dài", "mất", "suốt", "đợi", "chờ") or re.search(r"(?<!\w)(?:dài|mất|suốt|đợi|chờ)\s+hàng\s+\w+\s*,\s*$", self.t.before(m.start(), 30))):
            return [Piece(m.start(), m.end(), "fixed", type="DURATION", value=_duration_value(None, value[1:]), category="duration")]  # "kéo dài hàng tháng, hàng năm": for months, for years
        if every == "từng" and not value.startswith("P1"):
            return []
        return [Piece(m.start(), m.end(), "fixed", type="SET", value=value, category="set")]

    def _set_any(self, m: re.Match[str]) -> list[Piece]:
        value = self.lex.lookup(self.lex.table("sets", "periods"), m["p"])
        return [Piece(m.start(), m.end(), "fixed", type="SET", value=value, category="set")]

    def _set_yearly(self, m: re.Match[str]) -> list[Piece]:
        if re.match(r"\s+năm\s+\d{4}", self.t.key[m.end():m.end() + 12]) or re.search(r"cổ\s+đông(?:\s*\(\w+\))?\s*$", self.t.before(m.start(), 24)):
            return []  # "Đại hội đồng cổ đông thường niên năm 2021": the meeting's name
        return [Piece(m.start(), m.end(), "fixed", type="SET", value="P1Y", category="set")]

    def _duration_hms(self, m: re.Match[str]) -> list[Piece]:
        hours, minutes, seconds = m["h"], m["m"] or m["m2"], m["s"] or m["s2"] or m["s3"]
        if m["s3"] and not m["cs"]:
            return []  # "9 giây" alone is an ordinary duration
        if m["hg"] and self.t.word_before(m.start()) in ("lúc", "vào", "từ", "đến", "tới"):
            return []  # "lúc 10 giờ 30 phút 15 giây" is a time of day
        fraction = f".{m['cs'].rstrip('0') or '0'}" if m["cs"] else ""  # "9 giây 90": a race time to the hundredth
        value = "PT" + (f"{int(hours)}H" if hours else "") + (f"{int(minutes)}M" if minutes else "") + (f"{int(seconds)}{fraction}S" if seconds else "")
        mod = self.lex.table("modifiers", "quantity").get(" ".join((m["qmod"] or "").split())) or None
        return [Piece(m.start(), m.end(), "duration", type="DURATION", value=value, mod=mod, category="duration")]

    def _set_every(self, m: re.Match[str]) -> list[Piece]:
        amount = _number(" ".join(m["n"].split()), self.lex)
        if amount is None:
            return []
        code = self.lex.lookup(self.lex.table("units"), m["unit"])
        return [Piece(m.start(), m.end(), "fixed", type="SET", value=_duration_value(amount, code), category="set")]

    def _half_year(self, m: re.Match[str]) -> list[Piece]:
        half = 1 if m["half"] is None or " ".join(m["half"].split()) in ("đầu", "trước") else 2  # "bán niên 2025" is its first half
        offset = {"nay": 0, "ngoái": -1, "trước": -1, "sau": 1, "tới": 1}.get(" ".join((m["rel"] or "").split()), None)
        return [Piece(m.start(), m.end(), "half_year", value=f"H{half}", year=int(m["y"]) if m["y"] else None, offset=offset)]

    def _set_weekday(self, m: re.Match[str]) -> list[Piece]:
        if self.t.key.startswith("hàng", m.start()) and self.t.word_before(m.start()) in self.lex.list("not_weekdays", "hang_compounds"):
            return []  # "ngân hàng thứ 3" is the third bank
        wd = self.lex.lookup(self.lex.table("weekdays"), m["wd1"] or m["wd2"])
        return [Piece(m.start(), m.end(), "fixed", type="SET", value=f"XXXX-WXX-{wd}", category="set")]

    def _set_interval(self, m: re.Match[str]) -> list[Piece]:
        amount = _number(" ".join(m["n"].split()), self.lex)
        code = self.lex.lookup(self.lex.table("units"), m["unit"])
        return [Piece(m.start(), m.end(), "fixed", type="SET", value=_duration_value(amount, code), category="set")]

    # -- references ----------------------------------------------------------------------------

    def _ref(self, m: re.Match[str]) -> list[Piece]:
        word = " ".join(m["w"].split())
        clause = re.match(r"\s+(?P<rel>trước\s+|sau\s+)?khi(?!\w)", self.t.key[m.end():m.end() + 10])
        if clause and (clause["rel"] or word.endswith(("trước", "sau")) or _ref_value(word, self.lex) == "FUTURE_REF"):
            return []  # "sau này khi ...": the time of an event; "bây giờ khi xem" is still now, "gần đây khi" the recent past
        if word == "sau này" and re.search(r"(?<!\w)mãi(?:\s+(?:đến|tới|cho\s+đến))?\s*$", self.t.before(m.start(), 16)):
            return []  # "Mãi đến sau này, nhờ bức ảnh": only later in the story
        if word == "sau này" and re.match(r"\s+(?:được|đã|mới|trở\s+thành|là)(?!\w)", self.t.key[m.end():m.end() + 14]):
            return []  # "sau này được đặt tên": later in a story told in the past
        if word == "tương lai" and (self.t.word_before(m.start()) in ("hợp", "đồng", "giao", "quyền", "số")
                                   or re.search(r"(?:\d|[A-Z]{3,})\s*$", self.t.text[max(0, m.start() - 8):m.start()])):
            return []  # "hợp đồng tương lai", "Nasdaq 100 tương lai", "DJIA tương lai": futures
        if word.startswith("hiện") and self.t.word_right_before(m.start()) in ("xuất", "thể", "phát", "thực", "biểu", "hiển", "tái", "ẩn"):
            return []  # "xuất hiện tại" is "appear at"
        if word in ("ngày trước", "thời gian trước") and (re.search(rf"(?:^|\s){patterns().number}\s*$", self.t.before(m.start(), 16))
                                                        or self.t.word_before(m.start()) in ("vài", "mấy", "dăm", "ít", "nhiều")):
            return []  # "Một ngày trước đó": a day, counted
        if word == "vừa qua" and self.t.word_before(m.start()) in ("ngày", "tuần", "tháng", "năm", "mùa", "hôm", "đêm", "tối", "sáng", "chiều", "trưa", "dịp"):
            return []
        if word == "tới đây" and not (re.search(r"(?<!\w)(?:sẽ|dự\s+kiến|có\s+thể)(?!\w)", self.t.key[m.end():m.end() + 40])
                                   and re.search(r"(?:^|[,.;:!?]\s*|(?<!\w)(?:vậy|và|nhưng|thì|mà|nên|rằng|là)\s+)$", self.t.before(m.start(), 10))):
            return []  # "Chính vì vậy tới đây chúng ta sẽ có": the coming time; "anh tới đây làm gì": here; "vòng liveshow tới đây": the next one
        if word.endswith("trước") and re.match(r"\s*\d", self.t.key[m.end():m.end() + 3]):
            return []  # "trong thời gian trước 12 giờ trưa": before a time named after it
        if word in ("gần đây nhất", "mới đây nhất") and self.t.word_before(m.start()) == "lần":
            return []  # "Lần gần đây nhất Nga trao trả": the last time, an event
        if word == "lúc này" and self.t.word_before(m.start()) == "cùng":
            return []  # "Cùng lúc này, Nhật chạy kè sát": the moment of the story, as "cùng lúc đó"
        if word == "những năm sau" and re.match(r"\s+đó(?!\w)", self.t.key[m.end():m.end() + 4]):
            return [Piece(m.start(), m.end() + len(" đó"), "fixed", type="DURATION", value="PXY", category="duration")]  # "Những năm sau đó, ông về trường"
        start = m.start()
        if word == "thời điểm hiện tại":
            start = m.start() + len("thời điểm ")
        if word.startswith(("từ ", "đã ")):
            start = m.start() + re.match(r"\w+\s+", m["w"]).end()  # "từ lâu", "đã lâu": only "lâu"; "từ rất lâu": "rất lâu"
        return [Piece(start, m.end(), "fixed", type="DATE", value=_ref_value(word, self.lex), category="ref")]

    def _ref_now(self, m: re.Match[str]) -> list[Piece]:
        if self.t.words_before(m.start(), 2) in ("từ trước", "trước tới", "trước đến", "từ xưa", "xưa tới", "xưa đến") or self.t.word_before(m.start()) in ("trước", "xưa"):
            return []
        group = "w" if m["w"] else "g"
        return [Piece(m.start(group), m.end(group), "fixed", type="DATE", value="PRESENT_REF", category="ref")]

    def _ref_now_word(self, m: re.Match[str]) -> list[Piece]:
        if m["from"]:  # "từ giờ đến lúc đó"
            return [Piece(m.start("from"), m.end("from"), "fixed", type="DATE", value="PRESENT_REF", category="ref")]
        if self.t.word_before(m.start()) in ("mấy", "bao", "các", "những", "nhiều", "vài", "từng", "đúng", "đến", "tới", "lúc", "vào", "múi", "khung", "đồng", "kim", "số"):
            return []  # "mấy giờ", "đúng giờ": hours, not "now"
        return [Piece(m.start("w"), m.end("w"), "fixed", type="DATE", value="PRESENT_REF", category="ref")]

    def _current_season(self, m: re.Match[str]) -> list[Piece]:
        if m["new"] and self.t.word_before(m.start()) in ("một", "những", "các"):
            return []  # "một mùa giải mới": a new season, any
        if not m["new"] and not self.t.key.startswith("cả", m.start()) and self.t.word_before(m.start()) not in ("khi", "cho", "của", "suốt", "hết", "tới", "lại"):
            return []
        return [Piece(m.start(), m.end(), "relative", period="season", offset=0, anchor="dct", category="relative")]

    def _ref_now_start(self, m: re.Match[str]) -> list[Piece]:
        if m["c"] and (self.t.word_before(m.start()) in self.lex.list("spans", "not_now_before")
                       or self.t.word_before(m.start()) == "xưa" and not re.search(r"(?:năm|ngày|thuở|thời|hồi)\s+xưa\s+$", self.t.before(m.start(), 12))):
            return []  # "đến nay đã", "xưa nay vẫn": "nay" belongs to the word before; "năm xưa nay đã" is now
        group = next(g for g in ("w", "p", "b", "c") if m[g])  # "Nay, ...", "(nay là ASEAN Cup)", "nhưng nay không còn", ", nay đã"
        return [Piece(m.start(group), m.end(group), "fixed", type="DATE", value="PRESENT_REF", category="ref")]

    # -- lunar calendar and holidays -----------------------------------------------------------

    def _new_year(self, m: re.Match[str]) -> list[Piece]:
        before = " " + self.t.words_before(m.start(), 4)
        attributes = self.lex.list("lunar", "attribute_before")
        if not m["dip"] and any(before.endswith(" " + a) for a in attributes):
            if self.t.word_before(m.start()) not in ("trước", "sau"):
                return []
        start = m.start()
        if m["dip"] and " ".join(m["dip"].split()) != "dịp":
            start = m.start("tet")
        return [Piece(start, m.end(), "lunar_fixed", month=1, day=1, lunar=True, year=int(m["y"]) if m["y"] else None,
                      extra={"cc": " ".join(m["cc"].split()) if m["cc"] else None, "rel": " ".join((m["rel"] or "").split()) or None})]

    def _lunar_day(self, m: re.Match[str]) -> list[Piece]:
        day = _number(" ".join(m["d"].split()), self.lex)
        if day is None or not 1 <= day <= 30:
            return []
        return [Piece(m.start(), m.end(), "lunar_fixed", month=1, day=int(day), lunar=True)]

    def _lunar_day_range(self, m: re.Match[str]) -> list[Piece]:
        first, last = int(m["d1"]), int(m["d2"])
        if not 1 <= first < last <= 30 or first <= 10 < last:
            return []
        month = 12 if first > 10 else 1  # "những ngày 25, 26 Tết" are the last days of the old year
        return [Piece(m.start(), m.end("d1"), "lunar_fixed", month=month, day=first, lunar=True, extra={"range_head": True}),
                Piece(m.start("d2"), m.end(), "lunar_fixed", month=month, day=last, lunar=True)]

    def _full_moon(self, m: re.Match[str]) -> list[Piece]:
        month = self._month_number(m["m"])
        if month is None:
            return []
        return [Piece(m.start(), m.end(), "lunar_fixed", month=month, day=15, lunar=True)]

    def _holiday(self, m: re.Match[str]) -> list[Piece]:
        month, day, is_lunar = self.lex.lookup(self.lex.table("lunar", "holidays"), m["w"].replace(",", " "))
        word = " ".join(m["w"].replace(",", " ").split())
        if word in ("quốc khánh", "trung thu", "valentine", "noel", "giáng sinh") and re.match(r"\s*\d", self.t.key[m.end():m.end() + 3]):
            return []
        if word in ("quốc khánh", "ngày quốc khánh") and not self._capitalized(m.start("w")):
            return []
        if word.endswith("giỗ tổ") and not self.t.text[m.end("w") - 2:m.end("w")].startswith("T"):
            return []  # "giỗ Tổ" is the Hùng kings' day; "giỗ tổ nghề" a craft's own
        if (self._capitalized(m.start("w")) and self.t.original_word_before(m.start())[:1].isupper() and not re.search(r"[.!?:\n]\s*$", self.t.text[max(0, m.start() - 3):m.start()])
                and self.t.word_before(m.start()) not in ("đêm", "lễ", "dịp", "mùa", "ngày", "tết", "đón", "mừng", "sáng", "trưa", "chiều", "tối", "hôm", "vào", "từ", "đến", "sau", "trước")):
            return []  # "Mbo Noel" is a name; "Đêm Noel" is Christmas Eve
        if word == "noel" and re.match(r"\s+[A-ZĐ][a-zà-ỹ]", self.t.text[m.end():m.end() + 4]):
            return []  # "ông Noel Peguero": a name
        if word in ("noel", "giáng sinh") and not m["y"] and not m["rel"] and (
                self.t.word_before(m.start()) in self.lex.list("lunar", "holiday_as_modifier") or self.t.words_before(m.start(), 2) in self.lex.list("lunar", "holiday_as_modifier")):
            return []  # "cây Noel", "không khí Giáng sinh": the holiday describes a thing
        return [Piece(m.start(), m.end(), "lunar_fixed" if is_lunar else "holiday", month=month, day=day, lunar=is_lunar,
                      year=int(m["y"]) if m["y"] else None, extra={"rel": " ".join((m["rel"] or "").split()) or None})]

    def _deep_past(self, m: re.Match[str]) -> list[Piece]:
        if re.search(r"(?<!\w)(?:niên\s+đại|tuổi)(?!\w)|\d\s*[-–]\s*$", self.t.before(m.start(), 24)):
            return []  # "niên đại khoảng 5 - 6 triệu năm trước": the age of a rock
        return [Piece(m.start(), m.end(), "fixed", type="DATE", value="PAST_REF", category="ref")]

    def _era_year(self, m: re.Match[str]) -> list[Piece]:
        year = int(m["y"])
        if year == 0:
            return []
        before_christ = m["era"].startswith(("tcn", "trước"))
        value = f"BC{year:04d}" if before_christ else f"{year:04d}"
        return [Piece(m.start(), m.end(), "fixed", type="DATE", value=value, category="month_year")]

    def _cyclic_year_dated(self, m: re.Match[str]) -> list[Piece]:
        """`Bính Ngọ 2026`, `năm Bính Ngọ 2026`: the year says it."""
        return [Piece(m.start(), m.end(), "fixed", type="DATE", value=m["y"], category="lunar")]

    def _zodiac_year(self, m: re.Match[str]) -> list[Piece]:
        if m["br"] and not self.t.text[m.start("br")].isupper():
            return []  # "năm thân" is no year of the monkey without its capital
        branch = self.lex.lookup(self.lex.table("lunar", "animals"), m["animal"]) if m["animal"] else m["br"]
        return [Piece(m.start(), m.end(), "zodiac_year", extra={"branch": branch})]

    def _cyclic_year(self, m: re.Match[str]) -> list[Piece]:
        if m["y"]:
            return self._cyclic_year_dated(m)
        mod = self._position_mod(m)
        return [Piece(m.start(), m.end(), "cyclic_year", mod=mod, extra={"cc": " ".join(m["cc"].split())})]
