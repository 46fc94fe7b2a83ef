"""The shapes of Vietnamese time expressions, as regexes filled with the lexicon's words.

Each pattern recognizes one kind of piece (a date, a part of day, a clock time, a duration, ...).
The patterns run on the match key of the text (lower case, one tone placement), so they are
written in lower case; the words come from `lexicon.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, alternation, lexicon

_B = r"(?:(?<!\w)|(?=[\dnthscđ])(?:(?<=[^\W\d])(?=\d)|(?<=\w)(?=n(?:ăm|gày)\s|t(?:háng|rưa|ối)\s|hôm\s|sáng\s|chiều\s|đêm\s|hiện\s+(?:nay|tại|giờ)(?!\w))))"
"""Start of a word, or digits or a time word glued to a word by a crawl ("được1 tuần", "Reutersngày 9/1"):
no Vietnamese syllable ends in these words."""
_E = r"(?!\w)"  # end of a word


@dataclass(frozen=True)
class Patterns:
    number: str
    vague: str
    """Amounts with no number: `vài`, `mấy`, `nhiều`."""
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    gates: dict[str, re.Pattern[str]]
    """For each kind, a quick regex (a few words, or a character shape) a sentence must contain to be worth matching."""


def _first_words(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted({w.split()[0] for w in words}))


def _number(lex: Lexicon) -> str:
    units = alternation(lex.table("numbers", "units"))
    after_ten = alternation(lex.table("numbers", "after_ten"))
    words = (
        rf"(?:{units}\s+(?:mươi|chục)(?:\s+{after_ten})?|mười(?:\s+{after_ten})?|(?:một\s+)?trăm|chục|{units})"
    )
    return rf"(?:\d+(?:[.,]\d+)?|{words}{_E})"


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicon()
    num = _number(lex)
    vague = alternation(lex.list("numbers", "vague"))
    unit = alternation(lex.table("units"))
    qmod = alternation(lex.table("modifiers", "quantity"))
    pmod = alternation(lex.table("modifiers", "position"))
    # "những ngày cuối năm", "những tuần đầu tháng 3": days inside the named part of a period
    days_of = rf"(?:(?:những\s+(?:ngày|tuần|tháng)|hai\s+ngày(?=\s+cuối\s+tuần))\s+(?=(?:{pmod})\s))?"
    tail = alternation(lex.list("modifiers", "duration_tail"))
    weekday = alternation(lex.table("weekdays"))
    month_word = alternation(lex.table("months"))
    pod = alternation(lex.table("parts_of_day"))
    deictic = alternation(lex.table("deictic_days"))
    after_pod = alternation(lex.table("deictic_after_part_of_day"))
    anaphor = alternation(lex.table("anaphoric_days"))
    rel = alternation({**lex.table("relative", "dct"), **lex.table("relative", "focus")})
    period = alternation(lex.table("relative", "periods"))
    every = alternation(lex.list("sets", "every"))
    set_period = alternation(lex.table("sets", "periods"))
    refs = alternation(
        lex.list("references", "PRESENT_REF") + lex.list("references", "PAST_REF") + lex.list("references", "FUTURE_REF")
    )
    new_year = alternation(lex.list("lunar", "new_year"))
    holiday = alternation(lex.table("lunar", "holidays")).replace(r"\s+", r",?\s+")  # "Tết ông Công, ông Táo"
    stem = alternation(lex.list("lunar", "stems"))
    branch = alternation(lex.list("lunar", "branches"))
    lunar_marker = alternation(lex.list("lunar", "marker"))
    season = alternation(lex.table("seasons"))
    date_tail = alternation(lex.list("spans", "date_tail"))
    day_word = alternation(lex.list("lunar", "day_words"))

    year4 = r"(?:1[0-9]|20|21)\d{2}"
    lunar_suffix = rf"(?P<lunar>\s*(?:\(\s*{lunar_marker}(?:\s*\))?|{lunar_marker}))?"  # ")" only after its "("
    tail_group = rf"(?P<tail>\s+{date_tail}{_E})?"
    month_tail = rf"(?:\s*[/.-]\s*(?P<y>{year4})|\s+năm\s+(?P<y2>{year4}))?"

    kinds: list[tuple[str, str]] = [
        # 8/1, 08/01/2022, ngày 8-1, hôm 11/5, 29.11, 10/01 âm lịch
        (
            "dm",
            rf"{_B}(?P<pre>(?:ngày|hôm|{day_word})\s+)?(?<![\d/.,])(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})"
            rf"(?:(?P=sep)(?P<y>{year4}|\d{{2}}(?!\d)))?(?![\d/]|[.,]\d|-\d+(?!\d*/))(?:\s+năm\s+(?P<yw>{year4})(?!\d))?{lunar_suffix}{tail_group}",
        ),
        # ngày 8 tháng 1 năm 2022, 23 tháng Chạp, mùng 8 tháng Giêng
        (
            "dmy_words",
            rf"{_B}(?P<pre>(?:ngày|{day_word})\s+)?(?P<d>{num})"
            rf"\s+tháng\s+(?P<m>\d{{1,2}}|{month_word}){_E}(?:\s*(?:,\s*)?năm\s+(?P<y>{year4})|\s*[/.-]\s*(?P<y2>{year4}))?"
            rf"{lunar_suffix}{tail_group}",
        ),
        # ngày 15 (the month comes from the narrative, or from a range partner)
        (
            "day_only",
            rf"{_B}(?P<pre>ngày|{day_word})\s+(?P<d>\d{{1,2}})(?![\d/.,:-]\d|\d|\s*(?:tháng|năm|giờ|h{_E}|ngày|lần|người|km|tuổi|%|phút|triệu|tỷ|tỉ)){_E}{tail_group}",
        ),
        # the first day of a range: 5 in "5-7/1", "từ 5 đến 7/1", "ngày 9 và 10/8", "20-22 tháng Chạp"
        (
            "range_head",
            rf"{_B}(?P<pre>(?:ngày|{day_word})\s+)?(?:(?<![\d/.,-])|(?<=\d-)(?=\d{{1,2}}\s*(?:và|,)\s))(?P<d>\d{{1,2}})(?![.,]\d)"
            rf"(?=\s*(?:[-–]|đến|tới|và|,\s)\s*(?:(?:sáng|trưa|chiều|tối|đêm|rạng\s+sáng)\s+)?(?:ngày\s+)?(?:\d{{1,2}}\s*(?:[-–]|và|,)\s*){{0,3}}(?P<d2>\d{{1,2}})"
            rf"(?:(?P<sep>[/.-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}))?(?![\d/]|[.,]\d)|\s+tháng\s+(?P<mw>\d{{1,2}}|{month_word}){_E}))",
        ),
        # tháng 1, tháng 1/2022, tháng Giêng, đầu tháng 3, tháng 8-2013, tháng 5.2018, tháng Tư âm lịch
        (
            "month",
            rf"{_B}(?:{days_of}(?P<pmod>{pmod})\s+)?tháng\s+(?P<m>\d{{1,2}}|{month_word}){_E}(?![.,/-]?\d{{1,2}}(?!\d)){month_tail}{lunar_suffix}{tail_group}",
        ),
        # tháng 6-10/2024, tháng 5–7: two months that share their year
        ("month_range", rf"{_B}(?:{days_of}(?P<pmod>{pmod})\s+)?tháng\s+(?P<m1>\d{{1,2}})\s*[-–]\s*(?P<m2>\d{{1,2}})(?:[/.-](?P<y>{year4}))?(?![\d/.,-]\d){_E}"),
        # 27/0113:00: a fixture table's day and kick-off glued by the crawl
        ("glued_fixture", r"(?<![\d/.,])(?P<d>\d{1,2})/(?P<m>\d{2})(?P<h>[01]\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])"),
        # the 6 and 9 of "tháng 3, 6 và 9", the 10 of "tháng 9 & 10": more months of a list
        ("month_list", rf"{_B}tháng\s+\d{{1,2}}(?P<rest>(?:\s*(?:,|và|&|hoặc)\s*\d{{1,2}}(?!\d|[/.,:-]\d|\s*(?:người|ca|lần|km|kg|%|triệu|tỷ|năm|tháng|ngày|tuổi|nhóm|loại|mặt|tỉnh|đội|nước|quốc|đơn|doanh|công|dự|trường|chiếc|vụ|trận|bàn)(?!\w)))+){_E}"),
        # 12/2017 after a preposition (a month written without "tháng")
        ("month_bare", rf"{_B}(?:(?<![\d/.,-])|(?<=\d{{4}}-))(?P<m>\d{{1,2}})(?P<sep>[/.-])(?P<y>{year4})(?![\d/]|[.,]\d)"),
        # năm 2022, cuối năm 2024, mùa giải 2021, năm 2020-2021, SN 1973, (2007), đến 2030
        (
            "year",
            rf"{_B}(?:{days_of}(?P<pmod>{pmod})\s+)?(?P<pre>năm\s+học|niên\s+khóa|năm\s+tài\s+chính|năm\s+mới|năm|mùa\s+giải(?:\s+mới)?|mùa\s+bóng|mùa)\s+(?P<y>{year4})(?![\d.,]\d)"
            rf"(?:\s*[-–]\s*(?P<y2>{year4})|/(?P<y2s>\d{{2}}))?(?:{_E}|(?=[^\W\d]{{2}}))",  # "năm 2024không": glued by a crawl
        ),
        (
            "year_bare",
            r"(?:(?<![\w.,/-])|(?<=sn))(?P<y>(?:1[89]|20)\d{2})(?![\w]|[.,/]\d)(?:\s*[-–]\s*(?P<y2>(?:1[89]|20)\d{2})(?![\w]|[.,/]\d))?",
        ),
        # những năm 1990, thập niên 90, thế kỷ 20, thế kỷ XXI
        (
            "decade",
            rf"{_B}(?P<first>(?:(?P<pmod>{pmod})\s+)?(?:(?:những\s+năm|thập\s+niên|thập\s+k[ỷỉ])\s+(?:(?P<pmod2>{pmod})\s+)?(?P<dec>(?:1[0-9]|20)?\d0|\dx)|năm\s+(?P<decx>\dx))(?:s|{_E}))"
            rf"(?:\s*[-–]\s*(?P<dec2>(?:1[0-9]|20)\d0){_E})?",
        ),
        ("century", rf"{_B}(?:những\s+(?:năm|thập\s+niên)\s+(?=(?:{pmod})\s))?(?:(?P<pmod>{pmod})\s+(?:của\s+)?)?thế\s+k[ỷỉ]\s+(?:thứ\s+)?(?P<c>\d{{1,2}}|[xvi]+){_E}"),
        # quý I/2021, quý IV, quý 1 năm 2022
        (
            "quarter",
            rf"{_B}(?:(?P<pmod>{pmod})\s+)?qu[ýí]\s+(?P<q>iv|iii|ii|i|[1-4]|cuối|đầu(?!\s+tiên{_E})){_E}{month_tail}(?:\s+năm\s+(?:(?P<cc>{stem}\s+{branch})|(?P<yrel>nay|ngoái|trước|sau|tới)){_E})?",
        ),
        # thứ Hai, thứ 2, T2, Chủ nhật, hôm thứ Năm, thứ Hai tuần tới
        (
            "weekday",
            rf"{_B}(?:(?P<pre>hôm|ngày)\s+)?(?P<wd>{weekday}){_E}"
            rf"(?:\s+(?P<wrel>tuần\s+(?:này|trước|sau|tới|qua|rồi|vừa\s+qua|sau\s+đó|trước\s+đó|đó)|tới|này|trước|vừa\s+qua|vừa\s+rồi|qua|sau|rồi){_E})?",
        ),
        # hôm nay, hôm qua, ngày mai, ngày kia, ngày mốt
        ("deictic", rf"{_B}(?P<w>{deictic}){_E}"),
        # hôm sau, ngày hôm đó, cùng ngày
        ("anaphor", rf"{_B}(?P<w>{anaphor}){_E}(?!\s*\d)"),
        # sáng nay, tối qua, chiều mai, sáng hôm sau, trưa cùng ngày
        (
            "pod_day",
            rf"{_B}(?P<pod>{pod})\s+(?:(?P<after>{after_pod})|(?P<ana>{anaphor})){_E}",
        ),
        # sáng, trưa, chiều, tối, đêm, rạng sáng (alone or before a day)
        ("pod", rf"{_B}(?P<pod>{pod}){_E}"),
        # 10h, 10h30, 10 giờ 30 phút, 22:51, khoảng 16 giờ chiều
        (
            "clock",
            rf"{_B}(?:(?P<qmod>{qmod})\s+)?(?<![\d.,:/])(?P<h>\d{{1,2}})\s*(?:(?P<hsep>h|g|giờ|:)(?=\d|\W|$))"
            rf"(?:\s*(?P<min>\d{{1,2}})(?!\d)(?:\s*(?:phút|ph{_E}|p{_E}|'|’))?(?:\s*(?P<sec>\d{{1,2}})\s*giây)?)?"
            rf"(?:\s+(?P<pod>sáng|trưa|chiều|tối|đêm|khuya){_E}(?!\s+(?:qua|nay|mai|hôm|mốt){_E}))?",
        ),
        # the 6 of "6-7h sáng": a clock time that takes its part of day and day from its partner
        ("clock_head", rf"{_B}(?<![\d/.,:-])(?P<h>\d{{1,2}})(?=\s*[-–]\s*\d{{1,2}}\s*(?:h(?:\d{{2}})?(?!\w)|giờ\s+(?:sáng|trưa|chiều|tối|đêm){_E}))"),
        # tuần sau, tháng trước, năm nay, cuối tuần này, đầu tuần qua, mùa tới, quý này, năm ấy
        (
            "relative",
            rf"{_B}(?:{days_of}(?P<pmod>{pmod})\s+)?(?P<period>{period})\s+(?P<rel>{rel}){_E}",
        ),
        # cuối tuần, đầu năm, giữa mùa (the current or narrative period)
        (
            "position",
            rf"{_B}(?:dịp\s+|{days_of})?(?P<pmod>{pmod})\s+(?P<period>tuần|tháng|năm|mùa\s+giải|mùa|quý){_E}(?!\s*(?:\d|{num}\s|này|nay|trước|sau|tới|qua|ngoái|rồi|đó|ấy|học|dịch|vụ|mưa|lũ|khô|thi|cưới){_E})",
        ),
        # cùng kỳ năm trước, cùng kỳ, cả năm
        # cùng năm, cùng tháng này: the year or month in focus
        ("same_year", rf"{_B}cùng\s+(?P<period>năm|tháng)(?:\s+(?:này|đó|ấy))?{_E}(?!\s+(?:sinh|tuổi|học|lớp|tháng){_E}|\s*\d)"),
        ("same_period", rf"{_B}cùng\s+kỳ(?:\s+(?P<prev>năm\s+trước|năm\s+ngoái|năm\s+qua)|\s+(?:năm\s+)?(?P<y>{year4}))?{_E}"),
        ("whole_year", rf"{_B}cả\s+năm{_E}(?!\s*(?:\d|nay|qua|ngoái|trời)|\s+(?:bàn|người|lần|trận|con|chiếc|cầu|đội|ngày)(?!\w))"),
        # trong năm, trong kỳ: the year or reporting period in focus
        ("in_period", rf"{_B}(?:trong|hết|kết\s+thúc|nhất(?:\s+của)?(?=\s+năm))\s+(?:(?P<w>năm|tháng){_E}(?=\s*[,.;:!?)]|\s*$|\s+(?:của|với|tại|khi|và|doanh|này\s+là)(?!\w))|(?P<k>kỳ){_E}(?!\s*(?:\d|này|tới|sau|trước|học|thi|họp|nghỉ|hạn|vọng|tài|{num})))"),
        # hai năm sau, tức năm 2031: a year counted from the one in focus
        ("later", rf"{_B}(?P<n>{num})\s+(?P<unit>năm)\s+sau{_E}(?!\s+(?:khi|đó|này|nữa){_E})"),
        # mùa hè, mùa hè năm nay, hè này, những ngày hè
        (
            "season",
            rf"{_B}(?:(?P<days0>{days_of})(?P<pmod>{pmod})\s+)?(?P<days>những\s+ngày\s+)?(?P<season>{season}){_E}(?!\s+(?:bắc|nam|tây|đông|hoạch){_E})"
            rf"(?:\s+(?:(?:năm\s+)?(?P<y>{year4})|(?P<rel>năm\s+nay|năm\s+ngoái|năm\s+tới|năm\s+sau|năm\s+trước|này|sắp\s+tới|tới|trước|qua|sau|vừa\s+qua)){_E})?",
        ),
        # 3 năm, hai ngày qua, khoảng một tháng, tối đa một tuần, 2-3 giờ, vài tháng, 3 năm trời
        (
            "duration",
            rf"{_B}(?:(?P<qmod>{qmod})\s+)?(?:(?<![\d/.,])(?P<n1>\d+|{num})(?:\s*[-–]\s*|\s+(?:đến|tới|hay|hoặc)\s+)|(?<![\d/.,])(?P<n1c>\d{{1,2}}),\s+(?=\d))?(?P<n>{num}|{vague}|những)\s+(?P<unit>{unit}){_E}"
            rf"(?:\s+(?P<half>rưỡi){_E})?(?:\s+(?P<tail>{tail}){_E})?",
        ),
        # 15 năm 6 tháng 21 ngày: one length in several units
        ("duration_ymd", rf"{_B}(?:(?P<qmod>{qmod})\s+)?(?P<y>\d+)\s+năm\s+(?P<mo>\d+)\s+tháng(?:\s+(?P<d>\d+)\s+ngày)?{_E}"),
        # tour 2 ngày 1 đêm: a stay counted in days
        ("days_nights", rf"{_B}(?P<d>\d+|{num})\s+ngày\s+(?P<n>\d+|{num})\s+đêm{_E}"),
        # cả ngày, cả tháng, lâu ngày: a whole or long period as a length
        ("whole_period", rf"{_B}(?P<w>{alternation(lex.table('whole_periods'))}){_E}(?![\s/.-]*\d|\s+(?:hôm|nay|qua|mai|hội|lễ|đêm|tết|lẫn|và\s+đêm){_E})"),
        # một thời gian, một thời gian dài, thời gian rất ngắn: an unstated length
        ("vague_time", rf"{_B}(?:{qmod}\s+)?(?:một\s+thời\s+gian(?:\s+{{length}})?|(?:một\s+)?(?:khoảng\s+)?thời\s+gian\s+{{length}}){_E}"
         .format(length=r"(?:dài|khá\s+dài|rất\s+dài|ngắn|rất\s+ngắn|khá\s+ngắn|ngắn\s+ngủi)")),
        # 4 năm trước, cách đây 10 năm, vài tháng trước
        (
            "ago",
            rf"{_B}(?:(?P<cach>cách\s+đây|cách\s+nay)\s+(?:đã\s+)?(?:\d+\s*[-–]\s*)?)?(?:(?P<qmod>{qmod})\s+)?(?P<n>{num}|{vague})\s+(?P<unit>{unit}){_E}(?P<truoc>\s+(?:trước(?:\s+đây)?|về\s+trước)(?!\s+(?:khi|đó|nữa|mùa|trận|lượt|vòng|phiên|kỳ|ngày|giờ|lúc|thềm|sự|việc|hạn|tết|năm|tháng|tuần|chuyến|cuộc|buổi|lễ|đợt|hội|bài|vụ|sinh\s+nhật|đám\s+cưới|hôn\s+lễ|thời\s+điểm|khai\s+mạc|bầu\s+cử|các|những|dịp){_E}))?",
        ),
        # hằng ngày, mỗi tuần, hàng năm, mỗi đêm, mỗi dịp Tết
        ("set", rf"{_B}(?P<every>{every})\s+(?P<p>{set_period}){_E}"),
        # ngày nào cũng, năm nào cũng: every day, every year
        ("set_any", rf"{_B}(?P<p>ngày|tuần|tháng|năm|sáng|tối|đêm|tết)\s+nào(?=\s+(?:\w+\s+)?cũng{_E})"),
        ("set_yearly", rf"{_B}(?P<w>{alternation(lex.list('sets', 'yearly'))}){_E}"),
        # 2 tiếng 52 phút 22 giây, 3 phút 20 giây
        ("duration_hms", rf"{_B}(?:(?P<qmod>{qmod})\s+)?(?:(?P<h>\d+)\s+(?:tiếng|giờ\s+đồng\s+hồ|(?P<hg>giờ)(?=\s+\d+\s+phút\s+\d+\s+giây))\s+(?P<m>\d+)\s+phút(?:\s+(?P<s>\d+)\s+giây)?|(?P<m2>\d+)\s+phút\s+(?P<s2>\d+)\s+giây|(?P<s3>\d+)\s+giây){_E}(?:\s+(?P<cs>\d{{2}})(?!\d|[.,]\d))?"),
        ("set_weekday", rf"{_B}(?:(?:mỗi|hằng|hàng|các|mọi)\s+(?P<wd1>{weekday})|(?P<wd2>{weekday})\s+(?:hằng|hàng|mỗi)\s+tuần){_E}"),
        ("set_interval", rf"{_B}cách\s+(?P<n>{num})\s+(?P<unit>{unit}){_E}(?=\s+(?:lại|một\s+lần|một\s+chuyến|có\s+một))"),
        # Khoảng 15 phút có một lượt; hai năm một lần
        ("set_every", rf"{_B}(?:(?P<qmod>{qmod})\s+)?(?P<n>{num})\s+(?P<unit>{unit}){_E}(?P<once>\s+(?:một\s+lần|một\s+lượt|một\s+kỳ|một\s+đợt))?(?=(?(once)|\s*,?\s+(?:lại\s+)?có\s+(?:một|1)\s))"),
        # nửa đầu năm 2025, nửa cuối năm
        ("half_year", rf"{_B}(?:nửa\s+(?P<half>đầu|cuối|sau|trước)|bán\s+niên)\s+(?:năm\s+)?(?P<y>{year4})?(?(y)|năm(?:\s+(?P<rel>nay|ngoái|trước|sau|tới))?){_E}"),
        # hiện nay, trước đây, sắp tới, thời gian tới, từ lâu
        ("ref", rf"{_B}(?P<w>{refs}){_E}(?!\s+(?:nữa|tết|lễ|kỳ|trận|cuộc|buổi|chuyến|đợt){_E})"),
        ("ref_now", rf"{_B}(?P<pre>đến|tới|cho\s+đến|cho\s+tới|tính\s+đến|đến\s+tận|tới\s+tận|từ(?=\s+nay\s+(?:trở\s+đi|về\s+sau|đến|tới|cho\s+đến)))\s+(?:(?P<w>nay){_E}|(?P<g>giờ){_E}(?=\s*[,.;:!?)]|\s+(?:vẫn|chưa|đã|mới|này|thì|cũng)))"),
        ("ref_now_start", rf"(?:(?<=nhưng\s)|(?<=thì\s)|(?<=từ\s))(?P<b>nay){_E}(?=\s+\w)|(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))(?P<w>nay){_E}(?=\s*,|\s+(?!mai{_E})[^\W\d])|(?<=\()(?P<p>nay){_E}(?=\s+(?:là|đã|gọi|thuộc|đổi))"
         rf"|(?<=[,\w]\s)(?P<c>nay){_E}(?=\s+(?:là|đã|đang|lại|vẫn|chỉ|cũng|được|thuộc|trở|chuyển|giảm|tăng|khánh|không|chưa|mới|lên|xuống|còn){_E})"),
        # "Vài tuần trôi qua, giờ giá vàng lại tăng": "giờ" as "now", before a verb of the clause
        ("ref_now_word", rf"(?<=từ\s)(?P<from>giờ)(?=\s+(?:đến|tới|cho\s+đến|cho\s+tới|trở\s+đi|về\s+sau){_E})|(?<![\d\w])(?<!\d\s)(?P<w>giờ)(?=\s+(?:\w+\s+){{0,2}}(?:đang|đã|lại|vẫn|chỉ|cũng|thì|mới|không|chưa|phải|bắt\s+đầu|đành|còn|có|mang|tụt){_E}|\s+mà{_E})"),
        # "chờ đến khi mùa giải kết thúc": the season under way
        ("current_season", rf"{_B}(?:cả\s+)?mùa\s+giải(?:\s+(?P<new>mới))?{_E}(?!\s+(?:đầu\s+tiên|bình\s+thường|mới|trước|sau|tới|này|năm|nào|{year4}|\d))"),
        # Tết, dịp Tết Nguyên đán Bính Ngọ, mùng 1 Tết, rằm tháng Giêng, Tết Trung thu, năm Bính Ngọ
        (
            "new_year",
            rf"{_B}(?:(?P<dip>dịp|những\s+ngày|ngày|mùa)\s+)?(?P<tet>{new_year}){_E}(?!\s+(?:dương|tây|trung|đoan|hàn|nguyên\s+tiêu|thanh|ông|độc|thiếu|nhi|quốc|té)){_E}"
            rf"(?:\s+(?P<cc>{stem}\s+{branch}){_E})?(?:\s+(?:năm\s+)?(?P<y>{year4}){_E})?(?:\s+(?P<rel>năm\s+nay|năm\s+ngoái|năm\s+tới|năm\s+sau|này|tới|trước|vừa\s+qua|sắp\s+tới){_E})?",
        ),
        (
            "lunar_day",
            rf"{_B}(?:{day_word})\s+(?P<d>\d{{1,2}}|mười|{alternation(lex.table('numbers', 'units'))})\s+(?:tết{_E}(?:\s+(?:nguyên\s+đán|{stem}\s+{branch}){_E})?|tháng\s+giêng{_E})",
        ),
        # từ mùng 1 - 4 Tết, hai ngày 5 - 6 Tết: a range of days of the lunar New Year
        ("lunar_day_range", rf"{_B}(?:(?:{day_word}|ngày)\s+)?(?P<d1>\d{{1,2}})\s*[-–,]\s*(?P<d2>\d{{1,2}})\s+tết{_E}"),
        ("full_moon", rf"{_B}rằm\s+tháng\s+(?P<m>\d{{1,2}}|{month_word}){_E}(?:\s+âm\s+lịch)?"),
        ("holiday", rf"{_B}(?P<w>{holiday}){_E}(?:\s+(?:(?:năm\s+)?(?P<y>{year4})(?![\d.,]\d)|(?P<rel>năm\s+nay|năm\s+ngoái|năm\s+tới|năm\s+sau|này|tới|vừa\s+qua)){_E})?"),
        # khoảng 20 triệu năm trước: geological time, before any calendar year of ours
        ("deep_past", rf"{_B}(?:(?:{qmod})\s+)?(?:\d+(?:[.,]\d+)?|{num})\s+(?:triệu|tỷ|tỉ)\s+năm\s+(?:về\s+)?trước{_E}"),
        # 475 TCN, 1600 SCN, năm 44 trước Công nguyên, 800 năm TCN
        ("era_year", rf"{_B}(?:năm\s+)?(?P<y>\d{{1,4}})\s+(?:năm\s+)?(?P<era>tcn|scn|trước\s+công\s+nguyên|sau\s+công\s+nguyên){_E}"),
        ("cyclic_year", rf"{_B}(?:(?P<pmod>{pmod})\s+)?(?:năm(?:\s+mới)?|xuân)\s+(?P<cc>{stem}\s+{branch}){_E}(?:\s+(?P<y>{year4}){_E})?"),
        ("cyclic_year_dated", rf"{_B}{stem}\s+{branch}\s+(?P<y>{year4}){_E}"),
        # năm con rắn, năm Ngọ, năm Ngọ Hỏa: a year by its animal
        ("zodiac_year", rf"{_B}năm\s+(?:con\s+(?P<animal>{alternation(lex.table('lunar', 'animals'))})|(?P<br>{branch})(?:\s+(?:{alternation(lex.list('lunar', 'elements'))}))?){_E}"),
    ]
    units = tuple(w.split()[0] for w in lex.table("units"))
    pods = _first_words(list(lex.table("parts_of_day")))
    weekdays = ("thứ", "chủ nhật", "cn", "t2", "t3", "t4", "t5", "t6", "t7")
    gates: dict[str, tuple[str, ...] | re.Pattern[str]] = {
        "dm": re.compile(r"\d[/.-]\d"),
        "dmy_words": ("tháng",),
        "day_only": ("ngày", "mùng", "mồng"),
        "range_head": re.compile(r"\d"),
        "month": ("tháng",),
        "glued_fixture": re.compile(r"\d/\d{4}:"),
        "month_range": re.compile(r"tháng\s+\d{1,2}\s*[-–]\s*\d"),
        "month_list": re.compile(r"tháng\s+\d{1,2}\s*(?:,|và|&|hoặc)"),
        "month_bare": re.compile(r"\d[/.-](?:1[89]|20)\d\d"),
        "year": ("năm", "mùa"),
        "year_bare": re.compile(r"(?:1[89]|20)\d\d"),
        "decade": ("năm", "thập"),
        "century": ("thế k",),
        "quarter": ("quý", "quí"),
        "weekday": weekdays,
        "deictic": ("hôm", "mai", "ngày", "bữa"),
        "anaphor": ("hôm", "ngày", "cùng"),
        "pod_day": pods,
        "pod": pods,
        "clock": re.compile(r"\d\s*(?:h|g|giờ|:)"),
        "relative": ("tuần", "tháng", "năm", "quý", "mùa"),
        "position": ("đầu", "giữa", "cuối", "thượng", "trung", "hạ"),
        "same_period": ("cùng",),
        "same_year": ("cùng năm", "cùng tháng"),
        "whole_year": ("cả",),
        "in_period": ("trong", "hết", "kết thúc", "nhất"),
        "later": ("sau",),
        "season": ("mùa", "hè", "xuân", "đông", "thu", "hạ"),
        "duration": units,
        "vague_time": ("thời gian",),
        "ago": units,
        "set": tuple(lex.list("sets", "every")),
        "set_weekday": weekdays,
        "set_any": ("nào",),
        "clock_head": re.compile(r"\d\s*[-–]\s*\d{1,2}\s*(?:h|giờ)"),
        "set_interval": ("cách",),
        "set_every": ("một l", "một k", "một đ", "có một", "có 1"),
        "set_yearly": ("thường",),
        "duration_hms": ("phút",),
        "duration_ymd": re.compile(r"\d\s+năm\s+\d+\s+tháng"),
        "days_nights": re.compile(r"ngày\s+\S+\s+đêm"),
        "whole_period": re.compile(rf"{alternation(lex.table('whole_periods'))}"),
        "half_year": ("nửa", "bán niên"),
        "ref": _first_words(lex.list("references", "PRESENT_REF") + lex.list("references", "PAST_REF") + lex.list("references", "FUTURE_REF")),
        "ref_now": ("nay", "giờ"),
        "ref_now_start": ("nay", "giờ"),
        "era_year": ("tcn", "scn", "công nguyên"),
        "deep_past": re.compile(r"(?:triệu|tỷ|tỉ)\s+năm"),
        "ref_now_word": ("giờ",),
        "current_season": ("mùa giải",),
        "new_year": ("tết", "năm mới"),
        "lunar_day": ("mùng", "mồng"),
        "lunar_day_range": re.compile(r"\d\s*[-–,]\s*\d{1,2}\s+tết"),
        "full_moon": ("rằm",),
        "holiday": _first_words(list(lex.table("lunar", "holidays"))),
        "cyclic_year": ("năm", "xuân"),
        "cyclic_year_dated": re.compile(rf"{stem}\s+{branch}\s+\d"),
        "zodiac_year": re.compile(rf"năm\s+(?:con\s|{branch}(?!\w))"),
    }
    assert set(gates) == {name for name, _ in kinds}, "every pattern needs a gate"
    compiled_gates = {
        name: gate if isinstance(gate, re.Pattern) else re.compile(
            "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(gate, key=len, reverse=True)))
        for name, gate in gates.items()
    }
    return Patterns(num, vague, tuple((name, re.compile(rx)) for name, rx in kinds), compiled_gates)
