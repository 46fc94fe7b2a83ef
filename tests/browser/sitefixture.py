"""A hand-built timeline for the site tests: two stories (Kazakhstan, Hà Nội floods) over three
years, with day, week, month and year dates, times of day, a date conflict, expected events,
and one hostile document whose every field tries to inject HTML or escape the output folder.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from timeline.analysis import DocumentAnalysis
from timeline.model import CreationTime, DateClaim, Document, Event, Mention, Timeline, Timex
from timeline.render import render_site
from timeline.settings import Settings

XSS = "<script>alert(1)</script><img src=x onerror=alert(1)>"

DOCUMENTS = (
    Document(
        id="tuoitre-kazakhstan-khan-cap",
        path="tuoitre.txt",
        title="Kazakhstan ban bố tình trạng khẩn cấp sau biểu tình giá khí đốt",
        text=(
            "Đầu tháng 1/2022, giá khí hoá lỏng ở Kazakhstan tăng gấp đôi khiến biểu tình lan rộng.\n"
            "Sáng 5/1, Tổng thống Kassym-Jomart Tokayev ban bố tình trạng khẩn cấp tại Almaty.\n"
            "Ngày 6/1, lực lượng gìn giữ hòa bình của CSTO được triển khai tới Kazakhstan."
        ),
        dct=CreationTime("2022-01-06", "day"),
        source="Tuổi Trẻ",
        url="https://tuoitre.vn/kazakhstan-khan-cap.htm",
    ),
    Document(
        id="thanhnien-csto-rut-quan",
        path="thanhnien.txt",
        title="CSTO bắt đầu rút quân khỏi Kazakhstan",
        text=(
            "Ngày 7/1, binh sĩ CSTO đầu tiên đã tới Kazakhstan.\n"
            "Lúc 10:30 ngày 13/1, CSTO bắt đầu rút quân khỏi Kazakhstan.\n"
            "Việc rút quân dự kiến hoàn tất vào ngày 19/1."
        ),
        dct=CreationTime("2022-01-14", "day"),
        source="Thanh Niên",
        url="https://thanhnien.vn/csto-rut-quan.html",
    ),
    Document(
        id="vnexpress-ha-noi-ngap",
        path="vnexpress.md",
        title="Hà Nội ngập sâu sau trận mưa lớn",
        text=(
            "Tối 11/6, mưa lớn khiến nhiều tuyến phố ở Hà Nội ngập sâu, quận Đống Đa bị nặng nhất.\n"
            "Trưa 12/6, UBND TP Hà Nội họp khẩn về chống ngập.\n"
            "Trong tuần này, Công ty Thoát nước Hà Nội rà soát các điểm ngập.\n"
            "Hồ điều hoà Yên Sở mở rộng dự kiến xong khoảng năm 2023."
        ),
        dct=CreationTime("2022-06-13T08:00+07:00", "minute"),
        source="VnExpress",
        url="https://vnexpress.net/ha-noi-ngap-sau.html",
    ),
    Document(
        id="dantri-da-nang",
        path="dantri.txt",
        title="Đà Nẵng khởi công cầu vượt sông Hàn mới",
        text="Ngày 20/12/2021, Đà Nẵng khởi công cầu vượt sông Hàn mới.",
        dct=CreationTime("2021-12", "month", inferred="text"),
        source="Dân trí",
        url="",
    ),
    Document(
        id="../../evil-doc",
        path="evil.txt",
        title=XSS,
        text=f"Ngày 1/2/2022, {XSS} xuất hiện trong bài.",
        dct=CreationTime("2022-02-01", "day"),
        source="<b>Nguồn lạ</b>",
        url="javascript:alert(1)",
    ),
)
_BY_ID = {d.id: d for d in DOCUMENTS}


def mention(doc_id: str, sentence: str, timex_text: str, value: str, mod: str | None = None) -> Mention:
    """A mention located in its document by text, so that offsets are the real ones."""
    text = _BY_ID[doc_id].text
    start = text.index(sentence)
    t = text.index(timex_text, start)
    return Mention(doc_id, sentence, start, start + len(sentence), Timex(t, t + len(timex_text), timex_text, "DATE", value, mod))


def _sentence(doc_id: str, n: int) -> str:
    return _BY_ID[doc_id].text.split("\n")[n]


TK, TN, VE, DT = "tuoitre-kazakhstan-khan-cap", "thanhnien-csto-rut-quan", "vnexpress-ha-noi-ngap", "dantri-da-nang"

EVENTS = (
    Event("kz-gia-khi", "2022-01", "month", "Giá khí hoá lỏng tăng gấp đôi, biểu tình lan rộng", "happened",
          (mention(TK, _sentence(TK, 0), "Đầu tháng 1/2022", "2022-01", "START"),), places=("Kazakhstan",)),
    Event("kz-khan-cap", "2022-01-05", "day", "Kazakhstan ban bố tình trạng khẩn cấp tại Almaty", "happened",
          (mention(TK, _sentence(TK, 1), "Sáng 5/1", "2022-01-05TMO"),), time_of_day="MO",
          actors=("Kassym-Jomart Tokayev",), places=("Almaty", "Kazakhstan")),
    Event("kz-csto-toi", "2022-01-06", "day", "Lực lượng CSTO được triển khai tới Kazakhstan", "happened",
          (mention(TK, _sentence(TK, 2), "Ngày 6/1", "2022-01-06"), mention(TN, _sentence(TN, 0), "Ngày 7/1", "2022-01-07")),
          actors=("CSTO",), places=("Kazakhstan",),
          conflict=(DateClaim("2022-01-06", (TK,)), DateClaim("2022-01-07", (TN,)))),
    Event("kz-rut-quan", "2022-01-13", "day", "CSTO bắt đầu rút quân khỏi Kazakhstan", "happened",
          (mention(TN, _sentence(TN, 1), "Lúc 10:30 ngày 13/1", "2022-01-13T10:30"),), time_of_day="10:30",
          actors=("CSTO",), places=("Kazakhstan",)),
    Event("kz-hoan-tat", "2022-01-19", "day", "CSTO dự kiến hoàn tất rút quân", "expected",
          (mention(TN, _sentence(TN, 2), "ngày 19/1", "2022-01-19"),), actors=("CSTO",)),
    Event("hn-mua-lon", "2022-06-11", "day", "Mưa lớn làm ngập sâu nhiều tuyến phố Hà Nội", "happened",
          (mention(VE, _sentence(VE, 0), "Tối 11/6", "2022-06-11TEV"),), time_of_day="EV", places=("Hà Nội", "Đống Đa")),
    Event("hn-hop-khan", "2022-06-12", "day", "UBND TP Hà Nội họp khẩn về chống ngập", "happened",
          (mention(VE, _sentence(VE, 1), "Trưa 12/6", "2022-06-12TMI"),), time_of_day="MI",
          actors=("UBND TP Hà Nội",), places=("Hà Nội",)),
    Event("hn-ra-soat", "2022-W24", "week", "Công ty Thoát nước rà soát các điểm ngập", "happened",
          (mention(VE, _sentence(VE, 2), "Trong tuần này", "2022-W24"),),
          actors=("Công ty Thoát nước Hà Nội",), places=("Hà Nội",)),
    Event("hn-yen-so", "2023", "year", "Hồ điều hoà Yên Sở mở rộng dự kiến hoàn thành", "expected",
          (mention(VE, _sentence(VE, 3), "khoảng năm 2023", "2023", "APPROX"),), places=("Hà Nội",)),
    Event("dn-khoi-cong", "2021-12-20", "day", "Đà Nẵng khởi công cầu vượt sông Hàn mới", "happened",
          (mention(DT, _sentence(DT, 0), "Ngày 20/12/2021", "2021-12-20"),), places=("Đà Nẵng",)),
    Event("../../evil-event", "2022-02-01", "day", f"{XSS} sự kiện thử", "happened",
          (mention("../../evil-doc", _BY_ID["../../evil-doc"].text, "Ngày 1/2/2022", "2022-02-01"),),
          actors=(XSS,), places=("../../etc/passwd",)),
)

TIMELINE = Timeline(documents=DOCUMENTS, events=EVENTS)


def analyses(timeline: Timeline = TIMELINE) -> dict[str, DocumentAnalysis]:
    """Each document's timexes: those its events' mentions use."""
    timexes: dict[str, list[Timex]] = {d.id: [] for d in timeline.documents}
    for event in timeline.events:
        for m in event.mentions:
            if m.timex not in timexes[m.document]:
                timexes[m.document].append(m.timex)
    return {
        d.id: DocumentAnalysis(d.id, d.dct, tuple(sorted(timexes[d.id], key=lambda t: t.start)))
        for d in timeline.documents
    }


ABOUT = Document(
    id="about", path="about.md", title="Về dòng thời gian thử nghiệm", text="Trang thử nghiệm.",
    html="<p>Trang thử nghiệm cho <em>các bài kiểm tra</em>.</p>",
)


def synthetic(n: int) -> Timeline:
    """`n` events spread over three years, each with a source sentence, actors and places."""
    base = EVENTS[6]
    events = []
    for i in range(n):
        day = date.fromordinal(date(2020, 1, 1).toordinal() + (i * 7919) % 1096)
        events.append(replace(base, id=f"e{i:05d}", date=day.isoformat(), headline=f"Sự kiện số {i} tại Hà Nội",
                              actors=(f"Nhân vật {i % 40}",), places=("Hà Nội", f"Phường {i % 25}")))
    return replace(TIMELINE, events=tuple(events))


def write_site(out: Path, settings: Settings | None = None, timeline: Timeline = TIMELINE) -> Path:
    """Render the fixture timeline and write it under `out`, as the build would."""
    files = render_site(timeline, analyses(timeline), settings or Settings(title="Dòng thời gian thử nghiệm"), about=ABOUT)
    for path, data in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return out
