"""The temporal tagger on real sentences: spans, types and TIMEX3 values against the conventions."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import REPO, shared_path
from timeline.model import CreationTime
from timeline.temporal import infer_dct, tag
from timeline.temporal.normalize import match_key


def found(text: str, dct: str | None = "2022-01-09") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def value_of(text: str, expression: str, dct: str | None = "2022-01-09") -> str:
    values = [t.value for t in tag(text, dct) if t.text == expression]
    assert values, f"{expression!r} not found in {found(text, dct)}"
    return values[0]


# -- the seeds, every expression of the gold, seed 000 without a given DCT --------------------

SEED_000 = [
    ("chưa đầy một giờ", "DURATION", "PT1H"), ("thời gian tới", "DATE", "FUTURE_REF"), ("hiện tại", "DATE", "PRESENT_REF"),
    ("hiện nay", "DATE", "PRESENT_REF"), ("hai ngày qua", "DURATION", "P2D"), ("sáng thứ Hai (10/01)", "TIME", "2022-01-10TMO"),
    ("hiện tại", "DATE", "PRESENT_REF"), ("tối đa một tuần", "DURATION", "P1W"), ("tối đa một tuần", "DURATION", "P1W"),
    ("cuối tuần sau", "DATE", "2022-W02-WE"), ("khoảng một tháng", "DURATION", "P1M"),
]
SEED_001 = [
    ("ba ngày", "DURATION", "P3D"), ("trưa ngày 8/1", "TIME", "2022-01-08TMI"), ("Hiện tại", "DATE", "PRESENT_REF"),
    ("hiện nay", "DATE", "PRESENT_REF"), ("Hiện nay", "DATE", "PRESENT_REF"), ("Hiện nay", "DATE", "PRESENT_REF"),
]


def seed_text(name: str) -> str:
    from timeline.sources import read_folder

    return next(d for d in read_folder(REPO / "seeds").documents if d.id.startswith(name)).text


def test_seed_000_without_a_dct_infers_9_january_2022_and_gets_every_value():
    text = seed_text("000")
    dct = infer_dct(text)
    assert dct is not None and dct.value == "2022-01-09" and "thứ Hai (10/01)" in dct.inferred
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == SEED_000


def test_seed_001_with_its_month_dct_gets_every_value():
    assert [(t.text, t.type, t.value) for t in tag(seed_text("001"), "2022-01")] == SEED_001


# -- coverage of the issue, one real sentence at a time ----------------------------------------


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Theo thông tin từ truyền thông Nga, vào trưa ngày 8/1, quân đội Nga đã chiếm đóng sân bay.", "trưa ngày 8/1", "2022-01-08TMI"),
        ("Phiên tòa mở lại ngày 08/01 tại Hà Nội.", "ngày 08/01", "2022-01-08"),
        ("Đến ngày 25-1, Công an tỉnh Gia Lai phát hiện hai đối tượng.", "ngày 25-1", "2022-01-25"),
        ("Mới đây, ngày 29.11, TAND TP.HCM đưa vụ án ra xét xử.", "ngày 29.11", "2021-11-29"),
        ("Cáo trạng thể hiện, ngày 13.5.2018, Tài và Phú rủ nhau đi trộm.", "ngày 13.5.2018", "2018-05-13"),
        ("Quyết định có hiệu lực từ ngày 8 tháng 1 năm 2022.", "ngày 8 tháng 1 năm 2022", "2022-01-08"),
        ("Lễ hội khai mạc mùng 8 và kéo dài ba ngày.", "mùng 8", "2022-01-08"),
        ("Hôm 11/5, ông Tuấn gửi đơn lên công an.", "Hôm 11/5", "2022-05-11"),
        ("Ông được giao nhiệm vụ vào tháng 1/2022.", "tháng 1/2022", "2022-01"),
        ("Cựu Cục trưởng thành lập công ty từ tháng 5/2003.", "tháng 5/2003", "2003-05"),
        ("Dự án khởi công vào tháng 8-2013.", "tháng 8-2013", "2013-08"),
        ("HLV xuất sắc nhất tháng Tư thuộc về ông Kiatisuk.", "tháng Tư", "2022-04"),
        ("VNG vừa công bố báo cáo tài chính quý IV/2025 với doanh thu tăng.", "quý IV/2025", "2025-Q4"),
        ("Triệu Văn Tuyên nổi tiếng trong thập niên 1990.", "thập niên 1990", "199"),
        ("Nhiều công trình được xây dựng từ những năm 1990.", "những năm 1990", "199"),
        ("Đây là phát minh quan trọng nhất thế kỷ 20.", "thế kỷ 20", "19"),
        ("Ông Phương Hoàng Kim (SN 1973, cựu Cục trưởng) bị truy tố.", "1973", "1973"),
        ("Anh nhận giải tại Liên hoan phim Thượng Hải (2007) và giải Bách Hoa.", "2007", "2007"),
    ],
)
def test_days_months_years(text: str, expression: str, value: str):
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Phiên họp sẽ diễn ra vào thứ Hai tới.", "thứ Hai tới", "2022-01-10"),
        ("Tướng Jama'a thiệt mạng trong giao tranh hôm thứ Năm.", "hôm thứ Năm", "2022-01-06"),
        ("Lịch thi đấu: T2 đá với Hà Nội.", "T2", "2022-01-03"),
        ("Cửa hàng đóng cửa vào Chủ nhật.", "Chủ nhật", "2022-01-09"),
        ("Cuộc họp diễn ra vào thứ Hai, 10/1, tại Almaty.", "thứ Hai, 10/1", "2022-01-10"),
        ("*Việt Nam - Thái Lan: 20h thứ Năm 2/1, trên VnExpress.", "20h thứ Năm 2/1", "2025-01-02T20:00"),
    ],
)
def test_weekdays(text: str, expression: str, value: str):
    dct = "2025-01-02" if "Thái Lan" in text else "2022-01-09"
    assert value_of(text, expression, dct) == value


def test_a_weekday_fixes_the_year_of_its_date_when_the_dct_leaves_it_open():
    # 10 January was a Monday in 2022, not in 2021 or 2023: a year-only DCT of 2021 still gives 2022.
    assert value_of("Chiến dịch sẽ kết thúc vào sáng thứ Hai (10/01).", "sáng thứ Hai (10/01)", "2021") == "2022-01-10TMO"


def test_ordinal_thu_is_not_a_weekday():
    assert found("Đây là lần thứ hai anh đứng thứ ba trên bảng xếp hạng.") == []
    assert found("Lê Hoàng Tuấn (trái thứ 3) và Hà Tuấn Kiệt (phải thứ 2) giành vé.") == []


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Vụ việc xảy ra khoảng 4 giờ chiều 5-1, hai đối tượng xông vào ngân hàng.", "khoảng 4 giờ chiều 5-1", "2022-01-05T16:00"),
        ("Vụ việc đã xảy ra khoảng 16 giờ chiều 29-1, hai đối tượng xông vào ngân hàng.", "khoảng 16 giờ chiều 29-1", "2021-01-29T16:00"),
        ("Tàu chỉ có đủ dưỡng khí đến 3 giờ sáng 24/4.", "3 giờ sáng 24/4", "2022-04-24T03:00"),
        ("7h50 ngày 3/12, chị Nga đưa con đến trường.", "7h50 ngày 3/12", "2021-12-03T07:50"),
        ("Chuyến bay dự kiến cất cánh lúc 15h5 cùng ngày.", "15h5 cùng ngày", "2022-01-09T15:05"),
        ("Khán giả có mặt từ 19h30, 7/2 tại sân Mỹ Đình.", "19h30, 7/2", "2022-02-07T19:30"),
        ("Đúng 22 giờ 51 phút, ngày 20/5, tàu cập cảng.", "Đúng 22 giờ 51 phút, ngày 20/5", "2022-05-20T22:51"),
        ("Bài viết được đăng lúc 22:51 tối qua.", "22:51 tối qua", "2022-01-08T22:51"),
        ("Trước buổi tập, rạng sáng 9/1, đội bay sang Qatar.", "rạng sáng 9/1", "2022-01-09TMO"),
        ("Cường đột ngột bỏ về trong đêm 30/10.", "đêm 30/10", "2021-10-30TNI"),
    ],
)
def test_parts_of_day_and_clock_times(text: str, expression: str, value: str):
    assert value_of(text, expression) == value


def test_adjectives_that_look_like_parts_of_day_are_not_times():
    assert found("Khi đó, trời đã tối, mọi người đứng chờ rất đông.") == []
    assert found("Trước những phản ứng trái chiều, gương mặt trở nên trắng sáng.") == []
    assert found("Mỗi đội bóng được đăng ký tối đa 30 cầu thủ.") == []


@pytest.mark.parametrize(
    "expression, value",
    [
        ("hôm nay", "2022-01-09"), ("hôm qua", "2022-01-08"), ("hôm kia", "2022-01-07"), ("ngày mai", "2022-01-10"),
        ("ngày kia", "2022-01-11"), ("ngày mốt", "2022-01-11"), ("sáng nay", "2022-01-09TMO"), ("tối qua", "2022-01-08TEV"),
        ("tuần này", "2022-W01"), ("tuần trước", "2021-W52"), ("tuần sau", "2022-W02"), ("tuần tới", "2022-W02"),
        ("tuần qua", "2021-W52"), ("tháng trước", "2021-12"), ("tháng tới", "2022-02"), ("năm nay", "2022"),
        ("năm ngoái", "2021"), ("năm tới", "2023"), ("cuối tuần này", "2022-W01-WE"), ("cuối tuần sau", "2022-W02-WE"),
    ],
)
def test_deictic_expressions(expression: str, value: str):
    assert value_of(f"Theo kế hoạch, {expression}, đoàn công tác làm việc tại Đà Nẵng.", expression) == value


def test_position_modifiers_keep_the_period_and_set_the_mod():
    (early,) = tag("Dự án sẽ khởi công vào đầu tháng 3.", "2022-01-09")
    assert (early.text, early.value, early.mod) == ("đầu tháng 3", "2022-03", "START")
    (late,) = tag("Tổng tài sản tăng bốn lần so với cuối năm 2024.", "2025-01-31")
    assert (late.value, late.mod) == ("2024", "END")


@pytest.mark.parametrize(
    "text, expression, value, mod",
    [
        ("Quân đội ở lại trong thời gian tối đa một tuần.", "tối đa một tuần", "P1W", "EQUAL_OR_LESS"),
        ("Lực lượng có thể ở lại trong khoảng một tháng.", "khoảng một tháng", "P1M", "APPROX"),
        ("Anh đã gắn bó với đội gần 3 năm.", "gần 3 năm", "P3Y", "LESS_THAN"),
        ("Xe đi hết tuyến mất hơn 90 phút.", "hơn 90 phút", "PT90M", "MORE_THAN"),
        ("Công trình hoàn thành sau mười lăm ngày.", "mười lăm ngày", "P15D", None),
        ("Cô đã sống ở Nhật hai mươi năm.", "hai mươi năm", "P20Y", None),
        ("Sau vài tháng, dự án được phê duyệt.", "vài tháng", "PXM", None),
        ("Anh ấy giữ kín đời tư nhiều năm.", "nhiều năm", "PXY", None),
        ("Buổi biểu diễn kéo dài một tiếng rưỡi.", "một tiếng rưỡi", "PT1H30M", None),
        ("Trong hai ngày qua, lực lượng an ninh không đạt tiến bộ đáng kể.", "hai ngày qua", "P2D", None),
        ("Mỹ Tâm đã có hai thập kỷ cầm mic.", "hai thập kỷ", "P20Y", None),
    ],
)
def test_durations(text: str, expression: str, value: str, mod: str | None):
    (t,) = [t for t in tag(text, "2022-01-09") if t.text == expression]
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)


def test_a_duration_range_splits_in_two():
    assert found("Hiệu quả của kem chống nắng sẽ giảm sau 2–3 giờ.") == [("2", "PT2H"), ("3 giờ", "PT3H")]


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Bà vẫn cân hằng ngày để giữ dáng.", "hằng ngày", "P1D"),
        ("Mỗi tuần, bà nhịn ăn tối thiểu hai ngày.", "Mỗi tuần", "P1W"),
        ("Lễ hội được tổ chức hàng năm tại Huế.", "hàng năm", "P1Y"),
        ("Câu lạc bộ họp vào thứ Hai hằng tuần.", "thứ Hai hằng tuần", "XXXX-WXX-1"),
    ],
)
def test_sets(text: str, expression: str, value: str):
    (t,) = [t for t in tag(text, "2022-01-09") if t.text == expression]
    assert (t.type, t.value) == ("SET", value)


def test_a_price_per_month_is_a_rate_not_a_set():
    assert found("Gói cước có giá 10.000 đồng mỗi tháng.") == []


@pytest.mark.parametrize(
    "expression, value",
    [("Hiện nay", "PRESENT_REF"), ("Trước đây", "PAST_REF"), ("Gần đây", "PAST_REF"), ("Sắp tới", "FUTURE_REF"), ("Thời gian tới", "FUTURE_REF")],
)
def test_references(expression: str, value: str):
    assert value_of(f"{expression}, thành phố tiếp tục mở rộng các tuyến xe buýt.", expression) == value


def test_hien_alone_and_tu_truoc_den_nay_are_not_annotated():
    assert found("Hiện phía Nga vẫn chưa đưa ra tuyên bố chính thức.") == []
    assert found("Đây là con số cao nhất từ trước đến nay.") == []


def test_anaphora_follow_the_narrative_time():
    text = "Ngày 8/1, quân Nga đổ bộ xuống Almaty. Hôm sau, họ chiếm sân bay. Ngày hôm đó, Tokayev phát biểu. Tuần sau đó, quân rút."
    assert found(text, "2022-01-20") == [
        ("Ngày 8/1", "2022-01-08"), ("Hôm sau", "2022-01-09"), ("Ngày hôm đó", "2022-01-09"), ("Tuần sau đó", "2022-W02"),
    ]


def test_an_anaphor_with_no_antecedent():
    assert found("17h45 cùng ngày, đoàn xe tới nơi.", "2013-10-31") == [("17h45 cùng ngày", "2013-10-31T17:45")]
    assert found("Nếu ngày hôm sau tiếp tục biểu diễn, bà sẽ nhịn ăn.", "2026-02-07") == [("ngày hôm sau", "XXXX-XX-XX")]


def test_a_year_later_counts_from_the_year_in_focus():
    text = "Sophia tin rằng vào năm 2029, người máy sẽ có ý thức, rồi chỉ hai năm sau, tức năm 2031, có quyền công dân."
    assert ("hai năm sau", "2031") in found(text, "2018-05-27")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thí sinh xác nhận nhập học từ 5 đến 7/1.", [("5", "2022-01-05"), ("7/1", "2022-01-07")]),
        ("Kỳ thi diễn ra 5-7/1 tại các điểm thi.", [("5", "2022-01-05"), ("7/1", "2022-01-07")]),
        ("Vòng chung kết diễn ra tại TP HCM vào ngày 9 và 10/8.", [("ngày 9", "2022-08-09"), ("10/8", "2022-08-10")]),
        ("Ông giữ chức vụ từ ngày 31/8/2018-6/4/2020.", [("ngày 31/8/2018", "2018-08-31"), ("6/4/2020", "2020-04-06")]),
        ("Man Utd đã chơi bảy trận kể từ đầu mùa 2022-2023.", [("đầu mùa 2022", "2022"), ("2023", "2023")]),
    ],
)
def test_ranges_are_two_expressions(text: str, expected: list[tuple[str, str]]):
    dct = "2022-07-01" if "9 và 10/8" in text else "2022-01-09"
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    "text, expression, value, dct",
    [
        ("Người dân về quê ăn Tết từ mùng 1 Tết đến hết tháng Giêng.", "mùng 1 Tết", "2026-02-17", "2026-01-20"),
        ("Lễ hội chùa Hương kéo dài đến rằm tháng Giêng.", "rằm tháng Giêng", "2026-03-03", "2026-01-20"),
        ("Ngày 23 tháng Chạp, các gia đình cúng ông Công ông Táo.", "Ngày 23 tháng Chạp", "2026-02-10", "2026-01-20"),
        ("Trong dịp Tết Nguyên đán Bính Ngọ, có rất ít khả năng xuất hiện bão.", "dịp Tết Nguyên đán Bính Ngọ", "2026-02-17", "2026-02-04"),
        ("Lễ giỗ được tổ chức vào ngày 10/3 âm lịch.", "ngày 10/3 âm lịch", "2025-04-07", "2025-04-01"),
        ("Tết năm đó, cả nhà quây quần bên nồi bánh chưng.", "Tết", "1985-01-21", "1985-01-10"),
        ("Gia đình đón Tết bên nhau.", "Tết", "2007-02-17", "2007-02-01"),
    ],
)
def test_lunar_dates_use_the_vietnamese_calendar(text: str, expression: str, value: str, dct: str):
    assert value_of(text, expression, dct) == value


def test_tet_as_an_attribute_is_not_a_date():
    assert found("Nhiều thương hiệu đã bán hết bộ sưu tập áo dài Tết.", "2026-02-05") == []


def test_nfd_text_keeps_offsets_into_the_input():
    text = unicodedata.normalize("NFD", "Chiến dịch sẽ kết thúc vào sáng thứ Hai (10/01).")
    (t,) = tag(text, "2022-01-09")
    assert t.text == text[t.start:t.end] and unicodedata.normalize("NFC", t.text) == "sáng thứ Hai (10/01)"
    assert t.value == "2022-01-10TMO"


def test_upper_case_headlines_and_both_tone_placements():
    assert found("HÔM QUA, TRƯA NGÀY 8/1, QUÂN NGA ĐỔ BỘ") == [("HÔM QUA", "2022-01-08"), ("TRƯA NGÀY 8/1", "2022-01-08TMI")]
    assert match_key("Hoà bình, thuỷ lợi, khoẻ") == match_key("Hòa bình, thủy lợi, khỏe") == "hòa bình, thủy lợi, khỏe"


def test_numbers_that_only_look_like_dates_are_left_alone():
    text = "Chiến thắng 3-2 trước Fulham; Nghị định 13/2020/NĐ-CP; ông 30 tuổi; SEA Games 2021; phút 90; giá từ 4-8 triệu đồng."
    assert found(text) == []


def test_partial_dct_resolves_what_it_can_and_no_more():
    assert found("Vào trưa ngày 8/1, quân đội Nga đã chiếm đóng sân bay.", "2022-01") == [("trưa ngày 8/1", "2022-01-08TMI")]
    assert found("Hôm qua, quân đội Nga rút khỏi sân bay.", "2022-01") == [("Hôm qua", "2022-01")]
    assert found("Hôm qua, quân đội Nga rút khỏi sân bay.", None) == [("Hôm qua", "XXXX-XX-XX")]


def test_a_year_dct_places_months_and_lunar_days_in_that_year():
    assert found("Dự án khởi công vào tháng 3, trước rằm tháng Giêng.", "2022") == [("tháng 3", "2022-03"), ("rằm tháng Giêng", "2022-02-15")]


def test_the_year_of_a_day_follows_tense():
    assert value_of("Ngày 10/4 vừa qua, vào sinh nhật con trai, ông gửi thư.", "Ngày 10/4 vừa qua", "2025-04-23") == "2025-04-10"
    assert value_of("Mùa giải sẽ bắt đầu bằng trận Siêu Cup vào ngày 9/1.", "ngày 9/1", "2020-11-20") == "2021-01-09"


def test_infer_dct_from_the_latest_date_reported():
    dct = infer_dct("Ngày 7/1/2022, quân Nga đổ bộ. Trưa ngày 8/1/2022, họ đã chiếm sân bay.")
    assert dct == CreationTime("2022-01-08", "day", dct.inferred) and "8/1/2022" in dct.inferred
    assert infer_dct("Quân đội Nga được triển khai tới Kazakhstan.") is None


def test_infer_dct_ignores_plans_holidays_and_bare_years():
    # Articles look back: the latest year named is rarely the year of writing, so no DCT is better.
    assert infer_dct("Năm 2018, công ty thua lỗ; đến năm 2030 sẽ đạt 1 tỷ USD.") is None
    assert infer_dct("Người dân chuẩn bị đón Tết Nguyên đán Bính Ngọ 2026.") is None


# -- the command line ---------------------------------------------------------------------------


def run_tag(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", "tag", *args], input=stdin, capture_output=True, text=True, cwd=REPO)


def test_cli_jsonl_keeps_ids_and_offsets(tmp_path: Path):
    text = unicodedata.normalize("NFD", "Hôm qua, trưa ngày 8/1.")
    record = {"id": "a1", "dct": "2022-01-09", "text": text}
    result = run_tag("--format", "jsonl", stdin=json.dumps(record, ensure_ascii=False) + "\n")
    out = json.loads(result.stdout)
    assert out["id"] == "a1" and out["dct"] == "2022-01-09"
    noon = text.index(unicodedata.normalize("NFD", "trưa"))
    assert [(t["start"], t["end"], t["value"]) for t in out["timexes"]] == [
        (0, text.index(","), "2022-01-08"), (noon, len(text) - 1, "2022-01-08TMI")]


def test_cli_json_on_a_seed_reports_how_the_dct_was_inferred():
    (doc,) = json.loads(run_tag(str(REPO / "seeds" / "000_063f29d7fca70d17.txt"), "--format", "json").stdout)
    assert doc["dct"] == "2022-01-09" and doc["dct_inferred"].startswith("text:")


def test_cli_timeml_and_bad_dct():
    out = run_tag("--dct", "2022-01-09", "--format", "timeml", stdin="Trưa ngày 8/1 & tối qua").stdout
    assert '<TIMEX3 tid="t1" type="TIME" value="2022-01-08TMI">Trưa ngày 8/1</TIMEX3> &amp; <TIMEX3 tid="t2"' in out
    bad = run_tag("--dct", "hôm qua", stdin="x")
    assert bad.returncode == 1 and "--dct" in bad.stderr


# -- the development gold, as a regression guard (skipped without ../shared) --------------------


def test_dev_set_scores_stay_above_the_targets(tmp_path: Path):
    gold = shared_path("eval", "dev.jsonl")
    out = tmp_path / "dev.out.jsonl"
    out.write_text(run_tag("--format", "jsonl", str(gold)).stdout, encoding="utf-8")
    sys.path.insert(0, str(gold.parent))
    from score_timex import load, score

    result, _ = score(load(str(gold)), load(str(out)))
    assert result["value"]["F1"] >= 0.95 and result["relaxed"]["F1"] >= 0.97, result


def test_the_tagger_never_fails_on_real_articles():
    corpus = shared_path("corpus")
    texts = []
    for path in sorted(corpus.glob("*.jsonl")):
        if path.name == "clusters.jsonl":
            continue
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line) for _, line in zip(range(40), fh))
    for record in texts:
        for t in tag(record["text"], record["date"]):
            assert record["text"][t.start:t.end] == t.text and t.value


# -- found on a second, independently annotated sample of corpus articles ----------------------


SAMPLE_1 = [
        ("Bắc Bộ có mưa rào; trưa chiều trời nắng, sau trưa chiều giảm mây.", "2013-10-21",
         [("trưa", "XXXX-XX-XXTMI"), ("chiều", "XXXX-XX-XXTAF"), ("trưa", "XXXX-XX-XXTMI"), ("chiều", "XXXX-XX-XXTAF")]),
        ("Giá vàng ở chiều mua vào giảm 110 triệu, ở cả chiều mua lẫn chiều bán.", "2025-05-29", []),
        ("Chip dùng engine AI thế hệ thứ 6 của Qualcomm.", "2021-03-26", []),
        ("Ông Tuấn (thứ 4 từ phải sang) nhận giải.", "2018-10-20", []),
        ("Gần 1/5 nữ phạm nhân đã được đặc xá.", "2018-08-14", []),
        ("Giá cao hơn từ 3,6 - 3,8 triệu đồng/lượng.", "2025-03-01", []),
        ("HAGL thắng Hà Tĩnh (1-0) và Bình Dương (2-1).", "2020-10-29", []),
        ("Chip Snapdragon 888 ra mắt cách đây không lâu.", "2021-03-26", [("cách đây không lâu", "PAST_REF")]),
        ("Bà bị ngã năm ngoái, đến nay sức khỏe đã ổn định.", "2018-08-14", [("năm ngoái", "2017"), ("nay", "PRESENT_REF")]),
        ("Chiều 1.11, bên hành lang Quốc hội, ông trả lời báo chí.", "2013-11-01", [("Chiều 1.11", "2013-11-01TAF")]),
        ("Chỉ ba ngày sau đó, lệnh ngừng bắn có hiệu lực.", "2025-06-25", [("ba ngày", "P3D")]),
        ("Thị trường bắt đầu tuần làm việc với sắc xanh.", "2025-06-23", []),
        ("Khoảng 15 phút có một lượt người đi vào.", "2018-11-30", [("Khoảng 15 phút", "PT15M")]),
        ("Giải được tổ chức hai năm một lần.", "2018-11-30", [("hai năm một lần", "P2Y")]),
        ("Nửa đầu 2025 chứng kiến nhiều biến động.", "2025-07-01", [("Nửa đầu 2025", "2025-H1")]),
        ("Dự báo thời tiết dịp Tết Nguyên đán Bính Ngọ 2026.", "2026-01-20", [("dịp Tết Nguyên đán Bính Ngọ 2026", "2026-02-17")]),
        ("Chỉ còn một tháng nữa là khai giảng, anh đã tập nhiều năm liền.", "2025-08-01", [("một tháng nữa", "P1M"), ("nhiều năm liền", "PXY")]),
        ("Đầu giờ chiều 29/5, giá vàng tăng.", "2025-05-29", [("Đầu giờ chiều 29/5", "2025-05-29TAF")]),
        ("Anh xếp hàng từ hơn 10h đến khoảng 22h.", "2018-11-30", [("hơn 10h", "XXXX-XX-XXT10:00"), ("khoảng 22h", "XXXX-XX-XXT22:00")]),
        ("Chưa nên mua vàng vật chất lúc này vì rủi ro cao.", "2025-05-29", [("lúc này", "PRESENT_REF")]),
]


SAMPLE_2 = [
        ("Đối tượng sinh năm 1993. Qua điều tra sơ bộ ngày 29/4, công an xác định nghi phạm.", "2021-04-30",
         [("năm 1993", "1993"), ("ngày 29/4", "2021-04-29")]),
        ("Vở nhạc kịch xuất hiện tại Thiên đường Bảo Sơn.", "2021-04-23", []),
        ("Sầu riêng trái vụ đang vào mùa thu hoạch.", "2025-06-01", []),
        ("Anh đẩy hai trong năm quả penalty, thắng bốn trong năm trận.", "2018-06-01", []),
        ("Đảo còn có tên gọi là đảo Ngày Mai (Tomorrow Island).", "2021-04-13", []),
        ("Kỹ thuật của tôi chỉ được 7/10.", "2025-10-01", []),
        ("Các năm trước, bưởi da xanh bán chạy.", "2018-06-01", [("Các năm trước", "PAST_REF")]),
        ("Tài lộc vượng nhất quý 1 năm Bính Ngọ.", "2026-01-20", [("quý 1 năm Bính Ngọ", "2026-Q1")]),
        ("Dịp cuối năm, mạng xã hội tràn ngập ảnh tiệc.", "2026-02-02", [("Dịp cuối năm", "2025")]),
        ("Học sinh vào lớp 10 năm học 2013-2014.", "2013-06-01", [("năm học 2013", "2013"), ("2014", "2014")]),
        ("Cô đã tập suốt một năm dài.", "2025-06-01", [("một năm dài", "P1Y")]),
]


SAMPLE_3 = [
        ("Cô trở lại trong đêm tranh tài của 12 thí sinh.", "2013-10-30", []),
        ("Tiết mục dân gian đương đại được khán giả yêu thích.", "2025-06-01", []),
        ("Các gia đình cúng tiễn ông Công ông Táo về trời.", "2026-02-05", []),
        ("Ở vòng 1/8, thầy trò Park gặp Jordan.", "2019-01-10", []),
        ("Ngày 3/4, máy bay chuẩn bị cất cánh. Đúng lúc này, cảnh báo vang lên.", "2021-04-10", [("Ngày 3/4", "2021-04-03")]),
        ("Vào ngày này, Táo Quân lên Thiên đình, sau ngày 23 tháng Chạp.", "2026-02-05", [("ngày này", "XXXX-XX-XX"), ("ngày 23 tháng Chạp", "2026-02-10")]),
        ("Bức tranh được bán đấu giá ở London ngày thứ sáu vừa qua.", "2020-11-01", [("ngày thứ sáu vừa qua", "2020-10-30")]),
        ("Hè vừa qua, Quang Hải ký hợp đồng với Pau FC.", "2022-09-19", [("Hè vừa qua", "2022-SU")]),
        ("Từ năm 2014, CLB phải bán nhiều cầu thủ hồi đầu mùa giải.", "2019-06-01", [("năm 2014", "2014"), ("đầu mùa giải", "2019")]),
        ("Ngày 23 tháng Chạp âm lịch - Tết ông Công ông Táo.", "2026-02-05", [("Ngày 23 tháng Chạp âm lịch", "2026-02-10"), ("Tết ông Công ông Táo", "2026-02-10")]),
        ("Doanh thu tăng 20% so với cùng kỳ 2012.", "2013-10-20", [("cùng kỳ 2012", "2012")]),
        ("Lễ bốc thăm sẽ diễn ra vào hè 2019.", "2018-12-01", [("hè 2019", "2019-SU")]),
        ("Táo Xuân 2026 quy tụ dàn nghệ sĩ.", "2026-02-08", []),
        ("Ngôi chùa có niên đại hơn hai thiên niên kỷ.", "2025-06-01", [("hơn hai thiên niên kỷ", "P2000Y")]),
        ("Bộ KH-CN cho biết máy V1000 năm trước đã hỏng.", "2021-10-01", [("năm trước", "2020")]),
        ("Vụ việc xảy ra vào cuối tuần, cảnh sát đã bắt nghi phạm.", "2021-10-04", [("cuối tuần", "2021-W39-WE")]),
]


SAMPLE_4 = [
        ("Giải chạy này được tổ chức thường niên tại Đà Nẵng.", "2025-06-01", [("thường niên", "P1Y")]),
        ("Cách đây chưa lâu, khi giá vàng lập đỉnh, nhiều người mua vào.", "2026-02-02", [("Cách đây chưa lâu", "PAST_REF")]),
        ("Chỉ trong vòng hơn nửa giờ đồng hồ, nước đã ngập sâu.", "2025-10-01", [("hơn nửa giờ đồng hồ", "PT30M")]),
        ("Anh gia nhập CAHN mùa này, sau trận giao hữu V-League với Liverpool.", "2023-02-01", [("mùa này", "2023")]),
        ("Man Utd toàn thắng bảy trận ở Ngoại hạng Anh mùa này.", "2026-02-02", [("mùa này", "2025")]),
        ("Nữ runner có PR 2 tiếng 52 phút 22 giây.", "2025-06-01", [("2 tiếng 52 phút 22 giây", "PT2H52M22S")]),
        ("Cuộc biểu tình vào thứ 7 vừa rồi thu hút hàng nghìn người.", "2018-12-04", [("thứ 7 vừa rồi", "2018-12-01")]),
        ("Dịch bùng phát từ vài tuần trước.", "2018-12-04", [("vài tuần trước", "PAST_REF")]),
        ("Ngày 9/9, số liệu được công bố, trễ so với dự kiến. Chính phủ đóng cửa hồi đầu tháng.", "2013-10-23",
         [("Ngày 9/9", "2013-09-09"), ("đầu tháng", "2013-10")]),
]


# -- found by review and fuzzing --------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["ngày 1/1/0001, hôm trước", "ngày 31/12/9999, hôm sau", "cách đây 99999999 ngày", "cách đây 999999999999999 tháng",
             "99999/99999", "ngày 0", "thế kỷ 0", "", "...", "\u0301ngày 8/1", "ngày 8/1\r\nhôm sau"],
)
def test_tag_never_raises_and_spans_match_the_input(text: str):
    for dct in (None, "2022", "2022-01", "2022-01-09", "2022-01-09T10:30+07:00"):
        for t in tag(text, dct):
            assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text


def test_offsets_stay_right_when_composition_joins_clusters():
    text = "\u1100\u1161 e\u0301 ngày 8/1 hôm sau"
    assert [t.text for t in tag(text, "2022-01-09")] == ["ngày 8/1", "hôm sau"]


def test_a_long_sentence_is_tagged_in_linear_time():
    # 150 KB with no sentence end took minutes when each piece walked back to the sentence start.
    assert len(tag("sáng " * 30000, "2022-01-09")) == 30000


REVIEW = [
        ("Ông đi tới Hà Nội ngày 8/1.", "2022-01-20", [("ngày 8/1", "2022-01-08")]),
        ("Noel vừa qua, cả nhà đi chơi.", "2022-01-05", [("Noel vừa qua", "2021-12-25")]),
        ("Giáng sinh tới, cả nhà đi chơi.", "2022-12-27", [("Giáng sinh tới", "2023-12-25")]),
        ("Hội nghị diễn ra vào tháng Năm nay.", "2022-01-20", [("tháng Năm nay", "2022-05")]),
        ("Phong trào nổi lên từ đầu những năm 1990.", "2022-01-20", [("đầu những năm 1990", "199")]),
        ("Hẹn gặp lúc 24h30 đêm nay.", "2022-01-20", [("đêm nay", "2022-01-20TNI")]),
        ("Ông sinh ngày 15/3/99 ở Huế.", "2022-01-20", [("ngày 15/3/99", "1999-03-15")]),
        ("Lễ kỷ niệm vào ngày hai mươi mốt tháng Ba.", "2022-01-20", [("ngày hai mươi mốt tháng Ba", "2022-03-21")]),
        ("Không có ngày 31 tháng 4, cũng không có ngày 30-31/2.", "2022-01-20", [("tháng 4", "2022-04")]),
        ("Tàu khởi hành lúc 10 giờ 30 phút 15 giây.", "2022-01-20", [("10 giờ 30 phút 15 giây", "XXXX-XX-XXT10:30:15")]),
        ("Đền được xây cách đây 3000 năm.", "2022-01-20", [("cách đây 3000 năm", "PAST_REF")]),
        ("Khoảng 15 phút có một lượt người đi vào.", "2018-11-30", [("Khoảng 15 phút", "PT15M")]),
]


def test_a_set_wins_over_a_duration_of_the_same_span():
    (t,) = tag("Khoảng 15 phút có một lượt người đi vào.", "2018-11-30")
    assert t.type == "SET"


NOW_AND_SEASON = [
        ("Vài tuần trôi qua, giờ giá vàng lại quay đầu giảm.", "2026-02-02", [("Vài tuần", "PXW"), ("giờ", "PRESENT_REF")]),
        ("Mấy năm trước, giờ đang phải lãnh hậu quả.", "2013-11-01", [("Mấy năm trước", "PAST_REF"), ("giờ", "PRESENT_REF")]),
        ("Anh chờ đến khi mùa giải kết thúc mới chia tay CLB.", "2022-02-25", [("mùa giải", "2022")]),
        ("Nếu ở các mùa giải bình thường, một đội bóng có thể đá nhiều trận.", "2020-07-14", []),
        ("Học sinh phải đến đúng giờ, không được đến muộn.", "2020-07-14", []),
]


SAMPLE_5 = [
    ("Anh cùng Bình Định cán đích thứ bảy mùa này.", "2023-10-01", [("mùa này", "2023")]),
    ("Anh được cho Naestved mượn hai mùa giải trước mùa giải mới 2023-2024.", "2023-06-01",
     [("hai mùa giải", "P2Y"), ("mùa giải mới 2023", "2023"), ("2024", "2024")]),
    ("Giá tăng mạnh chỉ trong ba ngày cuối tháng 3.", "2025-04-02", [("ba ngày", "P3D"), ("cuối tháng 3", "2025-03")]),
    ("Anh đã vượt khỏi cái bóng đó từ lâu.", "2025-04-02", [("lâu", "PAST_REF")]),
    ("Ít phút sau, nghe thấy tiếng súng.", "2025-04-02", [("Ít phút", "PTXM")]),
    ("Lãi suất các năm tiếp theo bằng lãi suất tham chiếu.", "2013-10-01", []),
    ("Triệu chứng xuất hiện trong vòng một đến sáu giờ.", "2025-04-02", [("một", "PT1H"), ("sáu giờ", "PT6H")]),
    ("Bão cát lớn xảy ra vào mỗi mùa xuân.", "2025-04-02", [("mỗi mùa xuân", "P1Y")]),
    ("Các quán thường mở từ tinh mơ.", "2025-04-02", [("tinh mơ", "XXXX-XX-XXTMO")]),
    ("Một tiếng động lớn vang lên, có chỗ sâu tới 5-6m.", "2013-06-01", []),
    ("Sang ngày thứ 2, bé xuất hiện dấu hiệu giật mình.", "2025-07-16", []),
    ("Lợi nhuận giảm so với quý 3 năm trước, vào các năm 2017 và\xa02018.", "2013-10-20",
     [("quý 3 năm trước", "2012-Q3"), ("năm 2017", "2017"), ("2018", "2018")]),
    ("Biến động nhân sự trong những năm gần đây.", "2025-04-02", [("những năm gần đây", "PXY")]),
]


SAMPLE_6 = [
    ("Học sinh 3 khối lớp 3-4, 5-6 và 7-8 tham gia.", "2016-05-01", []),
    ("Giải đấu dần trở thành một ngày hội của người hâm mộ.", "2025-01-05", []),
    ("Ông sẽ thăm Việt Nam trong hai ngày 14 và 15-4.", "2025-04-10", [("ngày 14", "2025-04-14"), ("15-4", "2025-04-15")]),
    ("Marin Cilic thắng 2-1 (4-6, 6-2, 6-3).", "2019-02-10", []),
    ("Quy hoạch thời kỳ 2021-2030 được phê duyệt.", "2023-03-01", [("2021", "2021"), ("2030", "2030")]),
    ("Anh ghi bàn ở Anfield mùa 2021/22.", "2024-03-01", [("mùa 2021", "2021"), ("22", "2022")]),
    ("Cứ khoảng 30 phút, lại có một chuyến bay.", "2024-03-01", [("khoảng 30 phút", "PT30M")]),
    ("Anh thôi việc sau 24 tiếng kêu gọi.", "2024-03-01", [("24 tiếng", "PT24H")]),
    ("Trong những giờ tới, mưa lớn; cao điểm hè sắp tới.", "2021-04-01", [("những giờ tới", "PTXH"), ("hè sắp tới", "2021-SU")]),
    ("Chưa bao giờ giá tăng nhanh như vậy, với những phát minh, sáng chế.", "2024-03-01", []),
]


SAMPLE_7 = [
    ("chung kết AFF Cup 2008 (nay là ASEAN Cup)", "2025-02-10", [("nay", "PRESENT_REF")]),
    ("Khán giả tự hào vì lâu lắm rồi mới được xem.", "2025-02-10", [("lâu lắm rồi", "PAST_REF")]),
    ("Ngày 9/11, tiệm mở cửa. Tiệm thường bán từ lúc 6h - 19h.", "2025-11-10", [("Ngày 9/11", "2025-11-09"), ("6h", "XXXX-XX-XXT06:00"), ("19h", "XXXX-XX-XXT19:00")]),
    ("Anh tạt vào cho Mbo Noel ghi bàn.", "2025-02-10", []),
    ("Xét cả mùa giải, CAND thắng 12 trận.", "2022-10-10", [("cả mùa giải", "2022")]),
    ("Người lao động làm việc từ đủ một năm trở lên.", "2025-02-10", [("đủ một năm", "P1Y")]),
    ("Bàn thứ ba của Viktor Lê cho Hà Tĩnh mùa này ở V-League.", "2025-02-10", [("mùa này", "2024")]),
    ("Doanh thu quý cuối năm ngoái gần 1.650 tỷ đồng.", "2026-01-20", [("quý cuối năm ngoái", "2025-Q4")]),
    ("Giải đấu đã trải qua hàng thập kỷ, mỗi môn thi 120 phút/môn.", "2025-02-10", [("hàng thập kỷ", "PXY"), ("120 phút", "PT120M")]),
    ("Ông viết nhiều nhất vào những năm cuối đời.", "2025-02-10", []),
    ("Cơ thể đi vào giấc ngủ khi đêm xuống.", "2025-02-10", [("đêm", "XXXX-XX-XXTNI")]),
    ("Đoàn diễu hành trước chợ Bến Thành và Công viên 23/9.", "2018-12-01", []),
]


SAMPLE_8 = [
    ("Đội hình là cầu thủ trẻ sinh năm sau năm 2000.", "2025-04-12", [("năm 2000", "2000")]),
    ("Các tầng địa chất có niên đại khoảng 5 - 6 triệu năm trước.", "2025-04-12", []),
    ("Trong 2 tháng đầu năm nay, xuất khẩu tăng so với cùng kỳ năm ngoái.", "2025-04-12",
     [("2 tháng đầu năm nay", "P2M"), ("cùng kỳ năm ngoái", "2024")]),
    ("20 phút đầu trận chứng kiến hai đội giằng co.", "2025-04-12", [("20 phút", "PT20M")]),
    ("Vụ tai nạn xảy ra ngày 23/9/2024. Còn hiện trường ngày 23/9 cũng không còn nguyên vẹn.", "2025-05-05",
     [("ngày 23/9/2024", "2024-09-23"), ("ngày 23/9", "2024-09-23")]),
    ("Dịch vụ giao hàng 24/7 cho cá nhân.", "2025-05-05", []),
    ("Khoảng thời gian trước Tết, giá tăng.", "2025-05-05", [("Tết", "2025-01-29")]),
    ("Nghệ An mỗi dịp Tết Nguyên đán đều đông vui.", "2025-05-05", [("mỗi dịp Tết Nguyên đán", "P1Y")]),
]


SAMPLE_9 = [
    ("Phải chiếm ít nhất 1/3 trọng số, tức = 1/3, đáp ứng yêu cầu.", "2026-01-20", []),
    ("Công ty làm việc với các cổ đông này trên báo cáo.", "2026-01-20", []),
    ("Trận đấu kết thúc sau 1 giờ 20 phút.", "2026-01-20", [("1 giờ 20 phút", "PT1H20M")]),
    ("Trong 24 giờ qua ca bệnh tăng. Một ngày trước đó, Ấn Độ ghi nhận ca bệnh.", "2026-01-20", [("24 giờ qua", "PT24H"), ("Một ngày", "P1D")]),
    ("Không lẽ từ giờ đến lúc đó chúng ta chờ?", "2026-01-20", [("giờ", "PRESENT_REF")]),
    ("Anh bắt khá tốt trong màu áo Thanh Hóa ở mùa giải qua.", "2013-10-23", [("mùa giải qua", "2013")]),
    ("Phải mất hơn một tiếng anh mới đi về.", "2025-01-06", [("hơn một tiếng", "PT1H")]),
    ("Đây không còn là câu chuyện của ngày một ngày hai.", "2025-01-06", []),
    ("Họ lên kế hoạch cho những năm sau.", "2025-01-06", [("những năm sau", "FUTURE_REF")]),
]


SAMPLE_10 = [
    ("Những lời gửi tới đây là mong muốn của bạn đọc.", "2025-01-01", []),
    ("Vào một ngày đẹp trời, cả nhà có một ngày vui vẻ.", "2025-01-01", []),
    ("Đội trở lại tập luyện buổi chiều rồi di chuyển; giảm đầy bụng về chiều tối.", "2025-01-01",
     [("buổi chiều", "XXXX-XX-XXTAF"), ("chiều tối", "XXXX-XX-XXTEV")]),
    ("Theo tờ Bưu điện Hoa Nam Buổi sáng, dịch lây nhanh.", "2025-01-01", []),
    ("Em hoàn thành kỳ thi cách nay gần 3 tháng.", "2013-11-01", [("cách nay gần 3 tháng", "2013-08")]),
    ("Em sống ở Hà Nội đã lâu, sinh vào những năm 8x.", "2025-01-01", [("lâu", "PAST_REF"), ("những năm 8x", "198")]),
    ("Đội bóng vẫn chơi như các mùa giải trước.", "2025-01-01", [("các mùa giải trước", "PAST_REF")]),
    ("Có khoảng 20 tiếng súng phát ra.", "2025-01-01", []),
    ("Quán đông khách vào bất kỳ thời điểm nào trong năm.", "2021-04-20", []),
    ("Gia đình đi cắm trại mỗi ngày cuối tuần.", "2021-04-20", [("mỗi ngày cuối tuần", "XXXX-WXX-WE")]),
    ("Điểm đầu vào tăng trong một số năm gần đây.", "2021-04-20", [("một số năm gần đây", "PAST_REF")]),
]


SAMPLE_11 = [
    ("Những ngày này, người dân đi qua cầu.", "2025-01-01", [("Những ngày này", "PRESENT_REF")]),
    ("Những ngày đầu sang Việt Nam, khó khăn nhất là ngôn ngữ.", "2025-01-01", [("Những ngày đầu", "PXD")]),
    ("Ngày 10/7, chỉ vài ngày trước chuyến thăm của ông, hai bên ký thỏa thuận.", "2025-07-15",
     [("Ngày 10/7", "2025-07-10"), ("vài ngày", "PXD")]),
    ("Giao thông được nối lại từ sau 18 giờ ngày hôm nay.", "2013-11-10", [("18 giờ ngày hôm nay", "2013-11-10T18:00")]),
    ("Nick Roehrick từng thắng trong 10/11 trận gần nhất.", "2020-11-01", []),
    ("Tôi nhận ra từ nay trở đi phải cố gắng hơn.", "2020-11-01", [("nay", "PRESENT_REF")]),
]


SAMPLE_12 = [
    ("Doanh thu du lịch lữ hành 4 tháng đầu năm 2025 ước đạt 10 tỷ.", "2025-05-10", [("4 tháng đầu năm 2025", "P4M")]),
    ("Khoảng hơn 1 năm trước, Microsoft giới thiệu máy mới.", "2013-05-10", [("Khoảng hơn 1 năm trước", "2012")]),
    ("Người dân gửi gắm ước mong về một năm mới an lành.", "2025-01-20", []),
    ("Còn hơn một tháng nữa mới đến Tết âm lịch.", "2018-12-28", [("hơn một tháng nữa", "P1M"), ("Tết âm lịch", "2019-02-05")]),
    ("Từ nay đến hết ngày 31/8, ví điện tử giảm giá.", "2025-07-20", [("nay", "PRESENT_REF"), ("ngày 31/8", "2025-08-31")]),
    ("Mỗi đoàn viên đóng góp 2 ngày lương.", "2025-07-20", []),
    ("Mùa khô tính từ tháng 9 hằng năm đến tháng 3 năm sau.", "2025-07-20", [("tháng 9", "XXXX-09"), ("hằng năm", "P1Y"), ("tháng 3 năm sau", "XXXX-03")]),
]


SAMPLE_13 = [
    ("Cô dạy ở lớp cho trẻ 24-36 tháng; nhà trẻ (18-24 tháng).", "2025-01-01", []),
    ("Vàng giảm 2,6 triệu đồng/lượng mỗi chiều; mỗi chiều, bà đi dạo.", "2026-02-02", [("mỗi chiều", "XXXX-XX-XXTAF")]),
    ("Bài có ca từ tối nghĩa, rìa đá sáng và tối màu.", "2026-02-02", []),
    ("Lễ khai mạc lúc 9 giờ sáng (8 giờ theo giờ Việt Nam).", "2026-02-02", [("9 giờ sáng", "XXXX-XX-XXT09:00"), ("8 giờ", "XXXX-XX-XXT08:00")]),
    ("Nhiều người thức dậy trong khoảng 2h - 3h sáng.", "2026-02-02", [("khoảng 2h", "XXXX-XX-XXT02:00"), ("3h sáng", "XXXX-XX-XXT03:00")]),
    ("Sự việc diễn ra trong thời gian rất ngắn.", "2026-02-02", [("thời gian rất ngắn", "PXX")]),
    ("Em chỉ học chăm chỉ trong thời gian trước kỳ thi.", "2018-03-20", []),
    ("Mỏ đá sau này được đặt tên là Rainbows.", "2018-03-20", []),
    ("Học sinh ôn bài khoảng 2 ngày trước bài kiểm tra.", "2018-03-20", [("khoảng 2 ngày", "P2D")]),
]


SAMPLE_14 = [
    ("Bà sống chung với tôi ngần ấy năm, mấy mươi năm đắng cay.", "2026-01-01", [("ngần ấy năm", "PXY"), ("mấy mươi năm", "PXY")]),
    ("Trước đây do Tổng công ty quản lý, nhưng nay không còn.", "2026-01-01", [("Trước đây", "PAST_REF"), ("nay", "PRESENT_REF")]),
    ("Thu nhập chỉ bằng 1/6 mức thu nhập bình quân.", "2013-10-01", []),
    ("Thời Chiến quốc (475 TCN đến 221 TCN), nhà Hán (202 TCN - 220 SCN).", "2026-01-01",
     [("475 TCN", "BC0475"), ("221 TCN", "BC0221"), ("202 TCN", "BC0202"), ("220 SCN", "0220")]),
    ("Đó là giai đoạn bất bại thời 2000-2014.", "2026-01-01", [("2000", "2000"), ("2014", "2014")]),
    ("Doanh thu tăng kể từ năm 2019. Tính đến cuối năm trước, lãi giảm so với cùng kỳ.", "2026-01-20",
     [("năm 2019", "2019"), ("cuối năm trước", "2025"), ("cùng kỳ", "2024")]),
    ("Năm 2025 công ty lãi lớn, tăng so với năm trước.", "2026-01-20", [("Năm 2025", "2025"), ("năm trước", "2024")]),
]


SAMPLE_15 = [
    ("Lễ viếng được tổ chức từ 8g-13g ngày 24-10 tại nhà tang lễ.", "2013-10-23",
     [("8g", "2013-10-24T08:00"), ("13g ngày 24-10", "2013-10-24T13:00")]),
    ("Cho 5g đường vào nồi; máy hỗ trợ mạng 4g-5g.", "2013-10-23", []),
    ("Sự kiện diễn ra từ 0 giờ đến 2 giờ sáng ngày 4/4 vừa qua.", "2021-04-08",
     [("0 giờ", "2021-04-04T00:00"), ("2 giờ sáng ngày 4/4 vừa qua", "2021-04-04T02:00")]),
    ("Theo AFP, vụ việc xảy ra vào 1 giờ sáng (giờ địa phương) ngày 1/5 tại Mỹ.", "2021-05-01",
     [("1 giờ sáng", "2021-05-01T01:00"), ("ngày 1/5", "2021-05-01")]),
    ("Ngày 3/4, từ 8h đến 10h hôm sau, đường bị cấm.", "2021-04-08",
     [("Ngày 3/4", "2021-04-03"), ("8h", "2021-04-03T08:00"), ("10h hôm sau", "2021-04-04T10:00")]),
    ("Khoảng 11h, hỏa hoạn xảy ra tại văn phòng.", "2026-02-01", [("Khoảng 11h", "2026-02-01T11:00")]),
    ("Bạn khó ngủ hoặc dễ tỉnh giấc vào khung giờ 23h - 1h.", "2026-02-07", [("23h", "XXXX-XX-XXT23:00"), ("1h", "XXXX-XX-XXT01:00")]),
    ("Họ cho vay 200 triệu yen 3 năm trước đây, nhưng không có hành động gì.", "2013-10-29", [("3 năm trước đây", "2010")]),
    ("Sumitomo Mitsui là ngân hàng thứ 3 có liên quan.", "2013-10-29", []),
    ("Cụ thể, năm 2023 người giàu nhất Việt Nam công bố.", "2025-03-31", [("năm 2023", "2023")]),
    ("Cụ thể hơn, Bính Ngọ 2026 mang nạp âm Thiên Hà Thủy.", "2026-02-04", [("Bính Ngọ 2026", "2026")]),
    ("Bức ảnh dường như được chụp cách đây đã vài năm.", "2021-04-06", [("cách đây đã vài năm", "PAST_REF")]),
    ("Số ca âm tính: + Lần 1: 11 + Lần 2: 16.", "2021-04-19", []),
    ("Các cầu thủ từ trận thua Hải Phòng 0-5 tuần trước như được cởi bỏ.", "2016-03-06", [("tuần trước", "2016-W08")]),
    ("Mỏ bị tạm ngưng 6 tháng trong khoảng thời gian 2011-2012.", "2013-10-22", [("6 tháng", "P6M"), ("2011", "2011"), ("2012", "2012")]),
    ("Ông Singh thăm Nga trong 3 ngày 20-21 và 22/10/2013.", "2013-10-22",
     [("ngày 20", "2013-10-20"), ("21", "2013-10-21"), ("22/10/2013", "2013-10-22")]),
    ("Đội có hai tiếng rưỡi lấy đồ, trước chặng bay dài một tiếng rưỡi.", "2021-08-27",
     [("hai tiếng rưỡi", "PT2H30M"), ("một tiếng rưỡi", "PT1H30M")]),
    ("Đường này được khởi công vào tháng 8-2023, nay khánh thành.", "2025-03-27", [("tháng 8-2023", "2023-08"), ("nay", "PRESENT_REF")]),
    ("Kahle thiệt mạng chỉ 1 tuần trước sinh nhật lần thứ 30.", "2021-04-29", [("1 tuần", "P1W")]),
    ("Thủ tướng khai mạc Hội chợ Mùa Xuân lần thứ nhất năm 2026.", "2026-02-02", [("năm 2026", "2026")]),
]


SAMPLE_16 = [
    ("Năm qua, doanh thu tài chính đạt 138 tỷ đồng, sụt 29% so với cùng kỳ.", "2026-02-02", [("Năm qua", "2025"), ("cùng kỳ", "2024")]),
    ("Lũy kế cả năm doanh thu xấp xỉ 6.690 tỷ đồng, tăng 140% so với năm trước.", "2026-01-31", [("cả năm", "2026"), ("năm trước", "2025")]),
    ("Doanh thu quý cuối năm ngoái tăng. Lũy kế cả năm doanh thu tăng 140% so với năm trước.", "2026-01-31",
     [("quý cuối năm ngoái", "2025-Q4"), ("cả năm", "2025"), ("năm trước", "2024")]),
    ("Ngành ngân hàng bị ảnh hưởng trong năm vừa qua. Lương cao hơn năm trước 3%.", "2013-10-17", [("năm vừa qua", "2012"), ("năm trước", "2012")]),
    ("Sân tennis cũng lặng im cả ngày, khi thang máy hỏng cả tháng.", "2018-10-03", [("cả ngày", "P1D"), ("cả tháng", "P1M")]),
    ("Quốc hội dành cả ngày 20-11 để thảo luận.", "2025-11-21", [("ngày 20-11", "2025-11-20")]),
    ("Bụi đầy nhà, rác lâu ngày không dọn.", "2018-11-20", [("lâu ngày", "PXD")]),
    ("Nam Định ba mùa liên tiếp chật vật; trong 10 mùa đã chơi, bốn mùa Thanh Hóa nằm trong top.", "2021-01-15",
     [("ba mùa", "P3Y"), ("10 mùa", "P10Y")]),
    ("Gia đình đặt lịch lưu trú một đêm; nông dân trồng hai mùa lúa; đêm diễn có 10 đêm nhạc.", "2025-04-28", [("một đêm", "P1D")]),
    ("Lực lượng cứu hỏa mất hơn một tiếng mới dập tắt được đám cháy.", "2018-11-20", [("hơn một tiếng", "PT1H")]),
    ("Hẹn gặp lúc 24h30 đêm nay.", "2022-01-20", [("đêm nay", "2022-01-20TNI")]),
    ("Danh hiệu cao quý này giúp tên tuổi bà vang xa.", "2021-04-24", []),
    ("Bây giờ khi xem Việt Nam đá, tôi rất vui.", "2019-12-12", [("Bây giờ", "PRESENT_REF")]),
    ("Họ hẹn hò và đăng ký kết hôn tại Nigeria vài tháng sau đó.", "2025-05-21", [("vài tháng", "PXM")]),
    ("Thời gian đi 2 chiều qua hầm trước đây là 15 phút. Nay với 2 ống hầm thì nhanh hơn.", "2021-04-26",
     [("trước đây", "PAST_REF"), ("15 phút", "PT15M"), ("Nay", "PRESENT_REF")]),
    ("Cô xuất hiện với hình ảnh trong sáng, ngây thơ.", "2026-02-05", []),
    ("Tỷ lệ hộ nghèo giảm bình quân 1,23% một năm.", "2025-06-18", []),
    ("Cửa hàng viết giấy hẹn khách hàng ngày 9/3 quay lại.", "2026-02-06", [("ngày 9/3", "2026-03-09")]),
    ("Năm học này trường đào tạo 5.000 sinh viên.", "2013-10-31", [("Năm học này", "2013")]),
    ("Năm học này trường đào tạo 5.000 sinh viên.", "2021-04-26", [("Năm học này", "2020")]),
    ("Na Uy gặp sự cố trước thềm Thế vận hội mùa Đông 2026.", "2026-02-06", []),
    ("Gần nửa đêm 14/5, Điện Kremlin công bố danh sách.", "2025-05-16", [("Gần nửa đêm 14/5", "2025-05-14T24:00")]),
    ("Người thường xuyên thức giấc ban đêm có nguy cơ cao; cortisol tăng vào đầu đêm.", "2026-02-07",
     [("ban đêm", "XXXX-XX-XXTNI"), ("đầu đêm", "XXXX-XX-XXTNI")]),
    ("Các trận đấu vòng bảng sẽ diễn ra lúc 16h, 18h, 20h theo giờ Hà Nội ngày 3/7.", "2025-07-01",
     [("16h", "2025-07-03T16:00"), ("18h", "2025-07-03T18:00"), ("20h", "2025-07-03T20:00"), ("ngày 3/7", "2025-07-03")]),
]


SAMPLE_17 = [
    ("Trong vụ tai nạn của hãng Azerbaijan Airlinesnăm 2024, toàn bộ 29 người sống sót. Theo Reutersngày 9/1, giá tăng.", "2025-06-13",
     [("năm 2024", "2024"), ("ngày 9/1", "2025-01-09")]),
    ("Tin liên quan: HPG nhận cổ tức đợt 2 năm 2012. KMR báo lãi đột biến quý 3 nhờ hoàn nhập dự phòng.", "2013-10-21",
     [("năm 2012", "2012"), ("quý 3", "2013-Q3")]),
    ("Doanh nghiệp báo lãi quý 4.", "2013-08-10", [("quý 4", "2012-Q4")]),
    ("Năm 2012, quý 3 doanh thu giảm.", "2013-10-21", [("Năm 2012", "2012"), ("quý 3", "2012-Q3")]),
    ("Mỗi lần nhìn bộ ảnh phong cách thập niên 1970 - 1980, cô thấy ấn tượng.", "2025-02-06", [("thập niên 1970", "197"), ("1980", "198")]),
    ("Em sinh năm 8x. Những năm đầu thế kỷ 21, Jakarta tắc đường.", "2026-02-02", [("năm 8x", "198"), ("Những năm đầu thế kỷ 21", "20")]),
    ("Cô thích ý tưởng này từ rất lâu, và cưới sau bao năm một mình; như bao ngày khác.", "2025-02-06",
     [("rất lâu", "PAST_REF"), ("bao năm", "PXY")]),
    ("Sân kín đặc khán giả từ rất lâu trước khi trận đấu khởi tranh.", "2024-06-25", []),
    ("Theo Oanh, chuyện vợ chồng là chuyện trăm năm.", "2025-02-06", []),
    ("Nhiệm vụ trong những ngày tiếp theo là phân tích từng cầu thủ.", "2025-06-06", [("những ngày tiếp theo", "PXD")]),
    ("Chiến tranh đã lùi xa, người chỉ huy năm xưa nay đã ngoài 80 tuổi.", "2021-04-30", [("năm xưa", "PAST_REF"), ("nay", "PRESENT_REF")]),
    ("Từ đó đến nay đã 10 năm. Xưa nay vẫn vậy.", "2021-04-30", [("nay", "PRESENT_REF"), ("10 năm", "P10Y")]),
    ("Mời đón xem bản tin Clip 1 phút Bóng đá 24H ngày 3/2.", "2026-02-03", [("ngày 3/2", "2026-02-03")]),
    ("Lễ diễu binh sẽ diễn ra ngày 30/4. Khoảng 9h, các máy bay đến trung tâm.", "2025-04-22",
     [("ngày 30/4", "2025-04-30"), ("Khoảng 9h", "2025-04-22T09:00")]),
    ("Khi cháy rừng đã bước vào ngày thứ bảy, có ít nhất 65 vụ cháy.", "2013-10-23", []),
]


SAMPLE_18 = [
    ("Lễ kỷ niệm 50 năm (30/4/1975 - 30/4/2025). Ngày 30/4, tôi sẽ đi xem diễu binh.", "2025-04-25",
     [("50 năm", "P50Y"), ("30/4/1975", "1975-04-30"), ("30/4/2025", "2025-04-30"), ("Ngày 30/4", "2025-04-30")]),
    ("Ngày 30/4/1975, xe tăng tiến vào dinh. Trưa 30/4, lá cờ tung bay.", "2025-04-25",
     [("Ngày 30/4/1975", "1975-04-30"), ("Trưa 30/4", "1975-04-30TMI")]),
    ("Cây nêu thường được dựng từ ngày 23 tháng chạp và hạ vào mùng 7 tháng giêng.", "2026-02-02",
     [("ngày 23 tháng chạp", "XXXX-XX-XX"), ("mùng 7 tháng giêng", "XXXX-XX-XX")]),
    ("Theo phong tục truyền thống, ngày 23 tháng Chạp âm lịch là ngày cúng ông Công ông Táo.", "2026-02-06",
     [("ngày 23 tháng Chạp âm lịch", "XXXX-XX-XX")]),
    ("Năm nay, ngày 23 tháng Chạp rơi vào thứ Ba.", "2026-02-06", [("Năm nay", "2026"), ("ngày 23 tháng Chạp", "2026-02-10"), ("thứ Ba", "2026-02-10")]),
]


SAMPLE_19 = [
    ("Văn Hậu ghi bàn cho Việt Nam tại SEA Games 2019 ở Philippines. Cả hai bàn của anh tại Đại hội năm đó đều đến ở chung kết.",
     "2022-10-15", [("năm đó", "2019")]),
    ("Ở lần tham dự AFC Cup 2011, SLNA gặp tình cảnh trớ trêu. Cũng ở mùa giải năm ấy, Hà Nội T&T vô địch.", "2013-03-12",
     [("năm ấy", "2011")]),
    ("Tại thời điểm 31/12/2025, tổng tài sản đạt 700.000 tỷ đồng.", "2026-01-30", [("31/12/2025", "2025-12-31")]),
    ("Với mức lợi suất trung bình gần 29% mỗi năm, ông thành tỷ phú.", "2025-05-28", []),
    ("Bệnh viện tiếp nhận một thai phụ mang thai 34 tuần 2 ngày.", "2025-11-08", []),
    ("Mẹ biết, một ngày nào đó con sẽ lớn. Giao dịch hợp đồng tương lai tăng.", "2026-02-07", [("một ngày nào đó", "FUTURE_REF")]),
    ("Xuất khẩu đạt 533 triệu USD năm ngoái, tăng 6,5% so với 2023.", "2025-04-01", [("năm ngoái", "2024"), ("2023", "2023")]),
    ("Bước vào năm Ngọ Hỏa, người tuổi Tý dễ hao tài.", "2026-02-07", [("năm Ngọ Hỏa", "2026")]),
    ("Bước sang năm con rắn, hy vọng mọi thứ sẽ sáng sủa.", "2013-02-10", [("năm con rắn", "2013")]),
    ("Anh chạy marathon với thành tích sub2:30 (dưới 2 giờ 30 phút).", "2025-04-12", [("dưới 2 giờ 30 phút", "PT2H30M")]),
    ("Ông phải ngồi tù 4 năm rưỡi.", "2018-09-08", [("4 năm rưỡi", "P54M")]),
]


SAMPLE_20 = [
    ("Các tuyển thủ tập làm quen sân tối 6/10 - một ngày trước trận đấu.", "2021-10-05", [("tối 6/10", "2021-10-06TEV"), ("một ngày", "P1D")]),
    ("HLV chỉ có một hay hai năm làm việc, khác với người có năm hay 10 năm.", "2024-09-12",
     [("một", "P1Y"), ("hai năm", "P2Y"), ("năm", "P5Y"), ("10 năm", "P10Y")]),
    ("Người hiện đại có mặt ở châu Âu cách đây 43 - 47.000 năm.", "2021-04-11", [("cách đây 43 - 47.000 năm", "PAST_REF")]),
    ("Họ chỉ có thể hội quân 48 tiếng trước các trận đấu.", "2019-09-26", [("48 tiếng", "PT48H")]),
    ("CSGT Công an thành phố Thủ Dầu Một tuần tra trên Quốc lộ 13.", "2013-11-05", []),
    ("Tại kỳ họp thứ 5 vừa qua, đại biểu thảo luận; người Mỹ uống cà phê nhiều hơn trong thập kỷ qua.", "2013-10-22",
     [("vừa qua", "PAST_REF"), ("thập kỷ qua", "P10Y")]),
    ("Chính quyền chuẩn bị trước khi làn sóng Covid-19 thứ hai này ập đến.", "2021-04-29", []),
    ("Không khí Giáng sinh lại xuất hiện, lễ thắp sáng cây Noel. Giáng sinh năm nay vui.", "2025-12-08", [("Giáng sinh năm nay", "2025-12-25")]),
    ("Đội bóng từng năm lần vô địch V-League. Năm nào cũng vậy, tháng nào cũng bị viêm.", "2021-07-24", [("Năm nào", "P1Y"), ("tháng nào", "P1M")]),
    ("Đặc biệt, vào những ngày cuối năm 2025, một số lớp học tổ chức tiệc.", "2026-02-01", [("những ngày cuối năm 2025", "2025")]),
    ("Vụ tai nạn của Azerbaijan Airlines năm 2024 có 29 người sống sót. Hay vụ của Jeju Air cùng năm, hai người sống sót.", "2025-06-13",
     [("năm 2024", "2024"), ("cùng năm", "2024")]),
    ("Doanh số giảm so với cùng năm 2020; hai người sinh cùng năm.", "2021-04-19", [("năm 2020", "2020")]),
    ("Năm 2022, chuỗi mở 10 cửa hàng. Hãng đã mở thêm hai cửa hàng kể từ đầu năm.", "2026-02-01", [("Năm 2022", "2022"), ("đầu năm", "2026")]),
    ("CPI tháng 10 tăng 0,49% so với tháng trước và tăng 6,89% so với cùng kỳ năm trước.", "2013-10-23",
     [("tháng 10", "2013-10"), ("tháng trước", "2013-09"), ("cùng kỳ năm trước", "2012-10")]),
    ("Doanh thu quý 3/2013 tăng 21,6% so với quý 3/2012. Trong quý 3, công ty nhận lại tiền.", "2013-10-21",
     [("quý 3/2013", "2013-Q3"), ("quý 3/2012", "2012-Q3"), ("quý 3", "2013-Q3")]),
]


SAMPLE_21 = [
    ("Trong 9 tháng đầu năm 2013, doanh thu tăng 10% so với cùng kỳ.", "2014-01-20", [("9 tháng đầu năm 2013", "P9M"), ("cùng kỳ", "2012")]),
    ("Xe tải va chạm với xe khách lúc 5h ngày 3/2. Lúc này, một xe tải biển số tỉnh Bà Rịa chạy tới.", "2026-02-04",
     [("5h ngày 3/2", "2026-02-03T05:00")]),
    ("Sức khỏe: Một ngày thư thái. Nhìn chung, đây là một ngày ổn định; Đến một ngày, con trai làm ầm lên.", "2026-02-07", []),
    ("Ông Park cùng các học trò chỉ có một ngày nghỉ rồi lên đường.", "2019-12-11", [("một ngày", "P1D")]),
]


SAMPLE_22 = [
    ("Tết năm ngoái, anh Hùng dẫn đoàn đi. Ba năm nay, Tết nào mình cũng đi xa. Tết năm nay ở nhà.", "2026-02-07",
     [("Tết năm ngoái", "2025-01-29"), ("Ba năm nay", "P3Y"), ("Tết nào", "P1Y"), ("Tết năm nay", "2026-02-17")]),
    ("Thứ trưởng Bộ KH&CN Trần Văn Tùng phát biểu.", "2021-04-17", []),
    ("Chủ nhà không thể hãm thành đối phương như những mùa trước.", "2021-04-28", [("những mùa trước", "PAST_REF")]),
    ("Báo cáo việc làm tháng 9 công bố đêm qua cho thấy 148.000 việc làm được tạo ra trong tháng, thấp hơn dự báo.", "2013-10-23",
     [("tháng 9", "2013-09"), ("đêm qua", "2013-10-22TNI"), ("tháng", "2013-09")]),
    ("Tháng này, CPI tăng 1% so với cùng kỳ năm trước.", "2013-10-23", [("Tháng này", "2013-10"), ("cùng kỳ năm trước", "2012-10")]),
    ("Sáng và chiều ngày 29/4, lượng khách đổ về Đà Lạt tăng. Trưa và chiều nay trời nắng.", "2021-05-01",
     [("Sáng", "2021-04-29TMO"), ("chiều ngày 29/4", "2021-04-29TAF"), ("Trưa", "2021-05-01TMI"), ("chiều nay", "2021-05-01TAF")]),
    ("Giờ cao điểm ngày 17/4 từ 6-7h sáng có 2.706 khách; cửa hàng mở 8-10h tối.", "2021-04-20",
     [("ngày 17/4", "2021-04-17"), ("6", "2021-04-17T06:00"), ("7h sáng", "2021-04-17T07:00"), ("8", "2021-04-17T20:00"), ("10h tối", "2021-04-17T22:00")]),
    ("Dân văn phòng lột xác ở bữa tiệc cuối năm; chưa ăn xong bữa cơm đầu năm đã bị hỏi.", "2026-02-02", []),
]


SAMPLE_23 = [
    ("Hồ sơ được tiếp nhận từ thứ 2 đến thứ 6, trừ các ngày nghỉ lễ, Tết theo quy định.", "2026-02-02",
     [("thứ 2", "XXXX-WXX-1"), ("thứ 6", "XXXX-WXX-5"), ("Tết", "XXXX-XX-XX")]),
    ("Thứ Hai, tôi thường đi chợ. Thứ Hai tuần tới tôi sẽ nghỉ.", "2026-02-02", [("Thứ Hai", "XXXX-WXX-1"), ("Thứ Hai tuần tới", "2026-02-09")]),
    ("Vài năm trở lại đây, lượng khách đặt tour vào mùng Hai Tết tăng đều.", "2026-02-07", [("Vài năm trở lại đây", "PXY"), ("mùng Hai Tết", "XXXX-XX-XX")]),
    ("Đừng để thua thiệt khi đối đáp họ hàng dịp Tết.", "2026-02-02", [("dịp Tết", "2026-02-17")]),
]


SAMPLE_24 = [
    ("Từ 5 - 6 giờ sáng ngày 3/2 đã đông người; ông chưa biết đến mấy giờ mới mua được vàng.", "2026-02-03",
     [("5", "2026-02-03T05:00"), ("6 giờ sáng ngày 3/2", "2026-02-03T06:00")]),
    ("Những hôm trước tôi đến lúc hơn 8 giờ thì đã hết vàng.", "2026-02-03", [("Những hôm trước", "PAST_REF"), ("hơn 8 giờ", "XXXX-XX-XXT08:00")]),
    ("Máy cho thời gian đàm thoại 25,1 giờ; sạc mất 1,5 tiếng; chờ hai tiếng rưỡi.", "2013-11-01",
     [("25,1 giờ", "PT25.1H"), ("1,5 tiếng", "PT1.5H"), ("hai tiếng rưỡi", "PT2H30M")]),
    ("Thiết bị có thể lơ lửng hàng giờ liền nhờ nguồn điện qua cáp.", "2026-01-31", [("hàng giờ liền", "PTXH")]),
    ("Sự kiện diễn ra chưa đầy hai tuần trước dịp tròn 4 năm xung đột.", "2026-02-02", [("chưa đầy hai tuần", "P2W"), ("tròn 4 năm", "P4Y")]),
    ("Theo ông Lâm, sau đợt Tết ông Công, ông Táo, không khí lạnh vẫn về.", "2026-02-04", [("Tết ông Công, ông Táo", "2026-02-10")]),
    ("Chậm nhất, vào cuối tháng ba chúng tôi sẽ công bố nhà tài trợ.", "2014-01-11", [("cuối tháng ba", "2014-03")]),
    ("Ngân hàng sẽ tăng vốn điều lệ trong giai đoạn tiếp theo.", "2021-04-29", [("giai đoạn tiếp theo", "FUTURE_REF")]),
]


SAMPLE_25 = [
    ("Kính mời quý độc giả đón xem! Liverpool - Man City 08.02 Dự đoán tỷ số trận đấu.", "2026-02-03", [("08.02", "2026-02-08")]),
    ("Giá 08.02 triệu đồng; phiên bản 2.05 ra mắt.", "2026-02-03", []),
    ("Mọi người vẫn yêu thích Starbucks, nhưng giờ họ có nhiều lựa chọn. Bóng đá Thái Lan giờ tụt dốc. Giờ mà đề thay đổi thì khó.",
     "2026-02-05", [("giờ", "PRESENT_REF"), ("giờ", "PRESENT_REF"), ("Giờ", "PRESENT_REF")]),
    ("Hành khách chờ khởi hành lại với giờ dự kiến là 8h30 sáng mai. Mấy giờ có mặt?", "2018-11-25", [("8h30 sáng mai", "2018-11-26T08:30")]),
    ("Ông không muốn ảnh hưởng tới phần còn lại mùa giải của MU; cả đội hướng tới mùa giải tốt đẹp.", "2022-02-25",
     [("mùa giải", "2022"), ("mùa giải", "2022")]),
]


SAMPLE_26 = [
    ("Vào những năm 1940-1950, nước này từng đứng đầu khu vực.", "2026-02-07", [("những năm 1940", "194"), ("1950", "195")]),
    ("Simbine giành HC vàng với 9 giây 90; Von Allmen về đích sau 1 phút 51 giây 61, hơn đối thủ 0,2 giây.", "2025-05-14",
     [("9 giây 90", "PT9.9S"), ("1 phút 51 giây 61", "PT1M51.61S"), ("0,2 giây", "PT0.2S")]),
    ("Năng lực đã được kiểm chứng sau năm mùa thi đấu ở V-League.", "2024-12-03", [("năm mùa thi đấu", "P5Y")]),
    ("Chúng tôi sẽ chế tạo hệ thống trước nay chưa từng có.", "2026-02-01", []),
    ("Du khách có ba ngày ở Phú Thọ dịp lễ giỗ Tổ; làng nghề tổ chức giỗ tổ nghề.", "2025-04-04", [("ba ngày", "P3D"), ("lễ giỗ Tổ", "2025-04-07")]),
]


SAMPLE_27 = [
    ("Giao thông là nhóm duy nhất giảm 0,24% so với tháng trước khi giá xăng giảm. Một tháng trước khi thi, anh ôn tập.", "2013-10-23",
     [("tháng trước", "2013-09"), ("Một tháng", "P1M")]),
]

SAMPLE_28 = [
    ("Có những nội dung cần 1, 2 năm, thậm chí 5-10 năm mới thấy; họ chơi 5, 10 phút; đào tạo 4,5 năm.", "2020-11-01",
     [("1", "P1Y"), ("2 năm", "P2Y"), ("5", "P5Y"), ("10 năm", "P10Y"), ("5", "PT5M"), ("10 phút", "PT10M"), ("4,5 năm", "P4.5Y")]),
    ("Giá kim loại quý này giảm. Kỷ niệm lần thứ 11 ngày Di sản Văn hóa. Tất cả các giống hoa hồnghiện nay đều đẹp.", "2025-04-22",
     [("hiện nay", "PRESENT_REF")]),
    ("Ảnh: Linh Huỳnh. 9h30ngày 27/4, buổi tổng duyệt bắt đầu.", "2025-04-27", [("9h30ngày 27/4", "2025-04-27T09:30")]),
    ("Đức Duy chờ từ 22h hôm trước (ngày 26/4) cho buổi xem diễu binh.", "2025-04-27", [("22h hôm trước (ngày 26/4)", "2025-04-26T22:00")]),
    ("Heberty ghi 22 bàn ở V-League 2013. Mùa kế tiếp, anh đạt tỷ lệ cao hơn.", "2021-01-05", [("Mùa kế tiếp", "2014")]),
    ("Lãnh đạo Sở cam kết chuyển tiền vào tuần tiếp theo.", "2021-04-09", [("tuần tiếp theo", "2021-W15")]),
]

SAMPLE_29 = [
    ("Phía Bắc đêm và sáng trời rét. Các khu vực khác đêm có mưa rào.", "2026-02-05",
     [("đêm", "XXXX-XX-XXTNI"), ("sáng", "XXXX-XX-XXTMO"), ("đêm", "XXXX-XX-XXTNI")]),
    ("Ở vòng ba đêm qua, Nadal khởi đầu thuận lợi; họ hồi phục trong vòng ba ngày.", "2021-04-23",
     [("đêm qua", "2021-04-22TNI"), ("ba ngày", "P3D")]),
    ("Giây phút đoàn viên sau bao ngày xa cách.", "2026-02-06", [("bao ngày", "PXD")]),
    ("Có 513 thí sinh đạt điểm 10, trong khi năm 2024không có điểm 10 nào.", "2025-07-15", [("năm 2024", "2024")]),
    ("Tour 2 ngày 1 đêm: Đền Hùng; tour 3 ngày 2 đêm: hát xoan.", "2025-04-01", [("2 ngày 1 đêm", "P2D"), ("3 ngày 2 đêm", "P3D")]),
    ("Bản tin nóng Bóng đá 24h hôm nay; Tết Té nước ở Lào.", "2026-02-05", [("hôm nay", "2026-02-05")]),
    ("Trong quý 3, số tài khoản bị đánh cắp tăng 64% so với quý trước.", "2025-12-04", [("quý 3", "2025-Q3"), ("quý trước", "2025-Q2")]),
]

SAMPLE_30 = [
    ("Năm 2016, người này dự Đại nhạc hội Xuân. Tháng 12 cùng năm, người này làm giám khảo. Ngày 5/6 năm đó, anh cưới.", "2025-07-22",
     [("Năm 2016", "2016"), ("Tháng 12 cùng năm", "2016-12"), ("Ngày 5/6 năm đó", "2016-06-05")]),
    ("Việt Nam nâng cấp quan hệ với Mỹ (9-2023), Nhật Bản (11-2023), Úc (3-2024).", "2025-10-30",
     [("9-2023", "2023-09"), ("11-2023", "2023-11"), ("3-2024", "2024-03")]),
    ("Thời Viking, cuối thế kỉ 8 - đầu thế kỉ 9 sau CN.", "2021-05-01", [("cuối thế kỉ 8", "07"), ("đầu thế kỉ 9", "08")]),
    ("2025 là năm bùng nổ của Hòa Minzy. Phổ điểm thi vào lớp 10 năm nay lệch phải.", "2026-02-01", [("2025", "2025"), ("năm nay", "2026")]),
]

SAMPLE_31 = [
    ("Theo đó, vào khoảng 10h20’ ngày 2/2, tại Đồn Biên phòng, lực lượng phát hiện vàng.", "2026-02-03", [("khoảng 10h20’ ngày 2/2", "2026-02-02T10:20")]),
    ("Nữ diễn viên dành 2/9 tin chia sẻ về ẩm thực.", "2025-05-09", []),
    ("Mực khô trước có giá 1,2 triệu, nay lên 1,5 triệu. Niềm tự hào từ xưa tới nay.", "2026-02-01", [("nay", "PRESENT_REF")]),
    ("Giá vé 240.000 đồng, áp dụng từ thứ 2 đến thứ 5 hàng tuần.", "2025-07-09", [("thứ 2", "XXXX-WXX-1"), ("thứ 5 hàng tuần", "XXXX-WXX-4")]),
]

SAMPLE_32 = [
    ("Phần thưởng CLB hay nhất tháng 9 & 10 thuộc về Thanh Hóa. Tháng 3, 6 người chết.", "2024-10-31",
     [("tháng 9", "2024-09"), ("10", "2024-10"), ("Tháng 3", "2025-03")]),
    ("Mùa cao điểm được tính từ tháng 9, 10 hằng năm.", "2025-05-06", [("tháng 9", "XXXX-09"), ("10", "XXXX-10"), ("hằng năm", "P1Y")]),
]

SAMPLE_33 = [
    ("Thời gian tổ chức dự kiến từ 25/7 đến 26/8/2026.", "2025-05-21", [("25/7", "2026-07-25"), ("26/8/2026", "2026-08-26")]),
    ("Cô giành HC vàng SEA Games 2019, 2021, HC bạc 2013. Các năm 2017 và 2018 doanh thu tăng.", "2025-04-23",
     [("năm 2017", "2017"), ("2018", "2018")]),
    ("Sau 15 năm 6 tháng 21 ngày, đội tuyển có cầu thủ nhập tịch; ông lĩnh 12 năm 6 tháng tù.", "2024-12-21",
     [("15 năm 6 tháng 21 ngày", "P15Y6M21D"), ("12 năm 6 tháng", "P12Y6M")]),
    ("Các chuyến bay chậm từ 30 phút đến 2 giờ; sự cố xảy ra từ 17 giờ đến 18 giờ ngày 3.12.", "2018-12-04",
     [("30 phút", "PT30M"), ("2 giờ", "PT2H"), ("17 giờ", "2018-12-03T17:00"), ("18 giờ ngày 3.12", "2018-12-03T18:00")]),
]

SAMPLE_34 = [
    ("Lương tối thiểu thường điều chỉnh vào ngày 1/1 hàng năm.", "2025-06-26", [("ngày 1/1", "XXXX-01-01"), ("hàng năm", "P1Y")]),
    ("Cũng theo ông Nguyễn Đức Vinh, 2020 vừa qua là năm khó khăn với các công ty tài chính.", "2021-04-29", [("2020 vừa qua", "2020")]),
    ("Thái Sơn đông người leo núi cả ngày lẫn đêm; HIEUTHUHAI trong gameshow Hai Ngày Một Đêm.", "2025-05-03", []),
]

SAMPLE_35 = [
    ("Ông là Phó tổng giám đốc (10/2017-3/2022) và làm chủ tịch trong 8 năm (4/2014-3/2022).", "2025-06-02",
     [("10/2017", "2017-10"), ("3/2022", "2022-03"), ("8 năm", "P8Y"), ("4/2014", "2014-04"), ("3/2022", "2022-03")]),
    ("Không có lứa trẻ nào như lứa 2016-2017; chiếc SUV đời 1998 bị đâm.", "2020-08-24", [("2016", "2016"), ("2017", "2017"), ("1998", "1998")]),
    ("Các hãng đã dùng giao thức này từ khá lâu. Tính từ đầu mùa dịch đến nay.", "2021-04-30", [("khá lâu", "PAST_REF"), ("nay", "PRESENT_REF")]),
    ("Arsenal thua Aston Villa ở ngày khai màn mùa giải mới; họ sẽ làm nên một mùa giải mới.", "2013-10-23", [("mùa giải mới", "2013")]),
]

SAMPLE_36 = [
    ("Đây là thời gian trùng với kỳ nghỉ Tết nguyên đán nên thủ tục chậm. Sau hai tuần nghỉ Tết Nguyên Đán, cầu thủ tập trung.",
     "2026-01-31", [("Tết nguyên đán", "2026-02-17"), ("hai tuần", "P2W"), ("Tết Nguyên Đán", "2026-02-17")]),
    ("Vào hè, trái cây chín rộ; khách ngồi vỉa hè.", "2025-06-01", [("hè", "XXXX-SU")]),
    ("Báo cáo soát xét bán niên 2025 chưa công bố.", "2025-10-31", [("bán niên 2025", "2025-H1")]),
    ("Bão di chuyển chậm, mỗi giờ đi được 5-10 km. Mỗi giờ có một chuyến xe.", "2025-07-23", [("Mỗi giờ", "PT1H")]),
]

SAMPLE_37 = [
    # blind samples 70-72 and a scan of the corpus' most frequent tagged forms
    ("Lượng người đổ về mua sắm những ngày cuối tuần sát Tết tăng; những ngày đầu năm giá vàng tăng; những ngày giữa tháng 2 công nhân về.",
     "2026-02-01", [("những ngày cuối tuần", "2026-W05-WE"), ("Tết", "2026-02-17"), ("những ngày đầu năm", "2026"), ("những ngày giữa tháng 2", "2026-02")]),
    ("Phương tiện phải vào đường T2 (thuộc dự án sân bay Long Thành). Nút giao có 4 làn xe, mỗi chiều hai làn. Mỗi chiều, ông ra công viên.",
     "2026-02-01", [("Mỗi chiều", "XXXX-XX-XXTAF")]),
    ("Samsung là hãng có quý đầu tiên vượt 1 tỷ USD doanh thu.", "2026-02-01", []),
    ("Lầu Năm Góc thay đổi trước cuối ngày 29/1. Ở lượt cuối ngày 21/12, đội chỉ cần hòa.", "2026-02-01",
     [("cuối ngày 29/1", "2026-01-29TEV"), ("ngày 21/12", "2025-12-21")]),
    ("Chelsea chơi tệ trong thời gian gần đây khi liên tiếp thua; sân kín khán giả từ rất lâu trước khi trận đấu bắt đầu.", "2013-10-23",
     [("thời gian gần đây", "PAST_REF")]),
    ("Mức thuế ông Trump tuyên bố hồi 2-4 có hiệu lực. Cậu bé mê Toán từ hồi 2-3 tuổi.", "2025-07-07", [("2-4", "2025-04-02")]),
    ("Tiến Minh dẫn trước 11-9 ở séc 2. Có 8/11 nhóm hàng tăng so tháng 9 và 2 nhóm hàng giảm.", "2013-10-23", [("tháng 9", "2013-09")]),
    ("Cáo trạng nêu tháng 6-10/2024, Bình cấu kết. Từ tháng 5–7/2026, ENSO trung tính. Tranh trưng bày từ tháng 4 đến tháng 6.2013.", "2025-07-20",
     [("tháng 6", "2024-06"), ("10/2024", "2024-10"), ("tháng 5", "2026-05"), ("7/2026", "2026-07"), ("tháng 4", "2013-04"), ("tháng 6.2013", "2013-06")]),
    ("Các đợt tập trung vào các tháng 3, 6 và 9 hằng năm.", "2025-07-20", [("hằng năm", "P1Y")]),
    ("Văn hóa Đông Sơn xuất hiện khoảng 800 năm TCN.", "2026-02-01", [("800 năm TCN", "BC0800")]),
    ("Lợi nhuận tăng 8% so với năm liền trước. Trận đấu diễn ra tối muộn ngày 16/10.", "2026-01-31",
     [("năm liền trước", "2025"), ("tối muộn ngày 16/10", "2025-10-16TEV")]),
    ("Ở lần gặp thứ 4 này, Tiến Minh thua. Lần này, thứ 4 tuần sau ông đến.", "2013-10-18", [("thứ 4 tuần sau", "2013-10-23")]),
    ("Trong bốn đợt phân bậc FIFA gần nhất là tháng 4, 6, 7 và 9, Việt Nam đứng thứ 115.", "2024-10-16",
     [("tháng 4", "2024-04"), ("6", "2024-06"), ("7", "2024-07"), ("9", "2024-09")]),
    ("Cháo giúp tăng sức đề kháng trong mùa nắng nóng.", "2025-06-19", [("mùa nắng nóng", "XXXX-SU")]),
    ("Đêm 30/9 (tức 14/8 âm lịch), du khách đổ về Hội An.", "2020-10-01", [("Đêm 30/9", "2020-09-30TNI"), ("14/8 âm lịch", "2020-09-30")]),
    ("Họ đã hết thời gian trước khi tới tên tôi.", "2020-10-01", []),
    ("Ca sĩ Hiếu Thứ Hai (trái) và Hurrykng. Trận đấu diễn ra Thứ Hai tới.", "2020-10-01", [("Thứ Hai tới", "2020-10-05")]),
    ("Tương tự, ông Noel Peguero chi 3.000 USD. Dịp Lễ Noel năm nay, giá tăng.", "2020-10-01", [("Noel năm nay", "2020-12-25")]),
    ("Sinh viên có thu nhập 15-20 triệu đồng/tháng sau 3 năm làm việc.", "2020-10-01", [("3 năm", "P3Y")]),
]

SAMPLE_39 = [
    # blind samples 76-79
    ("Trước đây gạo Việt rẻ hơn 100 USD/tấn thì nay khoảng cách chỉ còn 20 USD. Từ nay du khách có thể bay.", "2013-10-22",
     [("Trước đây", "PAST_REF"), ("nay", "PRESENT_REF"), ("nay", "PRESENT_REF")]),
    ("Anh H.Đ.C (SN1996) lái xe. Tàu ngầm được đóng từ những năm cuối 1970.", "2026-02-03", [("1996", "1996"), ("những năm cuối 1970", "197")]),
    ("Đội bị pressing từ những phút đầu. Những năm sau đó, ông về trường. Sản lượng sẽ tăng trong thời gian tiếp theo.", "2013-10-28",
     [("Những năm sau đó", "PXY"), ("thời gian tiếp theo", "FUTURE_REF")]),
    ("Cùng lúc này, Nhật chạy kè sát. Ông có vườn tắc đã hơn chục năm, hai chục năm trước thì chưa.", "2026-02-06",
     [("hơn chục năm", "P10Y"), ("hai chục năm trước", "2006")]),
    ("Chiều 24/7, hàng nghìn CĐV đến sân; quán phục vụ 24/7.", "2022-07-24", [("Chiều 24/7", "2022-07-24TAF")]),
    ("Đây là chuyến biển mở hàng đầu năm. Doanh nghiệp hàng đầu năm 2020 hoàn thành 80% kế hoạch cả năm sau 9 tháng.", "2026-02-04",
     [("đầu năm", "2026"), ("năm 2020", "2020"), ("cả năm", "2020"), ("9 tháng", "P9M")]),
    ("Đến tối 11/8, một ngày trước lượt trận cuối, đội tập nhẹ. Mọi thứ thay đổi khoảng 20 triệu năm trước.", "2025-08-13",
     [("tối 11/8", "2025-08-11TEV"), ("một ngày", "P1D"), ("khoảng 20 triệu năm trước", "PAST_REF")]),
    ("Nếu nhìn vào thực trạng mùa trước, Viettel chơi tốt hơn mùa giải vừa qua.", "2020-11-09", [("mùa trước", "2019"), ("mùa giải vừa qua", "2020")]),
    # written on a Monday, an untensed weekend is the one just past; on a Thursday, the coming one
    ("Phố đi bộ hồ Gươm vẫn đông đúc dịp cuối tuần.", "2021-04-26", [("dịp cuối tuần", "2021-W16-WE")]),
    ("Phố đi bộ hồ Gươm vẫn đông đúc dịp cuối tuần.", "2021-04-29", [("dịp cuối tuần", "2021-W17-WE")]),
]

SAMPLE_40 = [
    # blind samples 80-83
    ("Máy bay uy hiếp vùng trời. Sáng nay, ông Liêm nói; khi trời sáng, họ đi.", "2025-06-15", [("Sáng nay", "2025-06-15TMO")]),
    ("Ông đạp 90 km hết 4 giờ 53 phút 1 giây và chạy trong 3 giờ 46 phút 51 giây. Tàu khởi hành lúc 10 giờ 30 phút 15 giây.", "2025-06-17",
     [("4 giờ 53 phút 1 giây", "PT4H53M1S"), ("3 giờ 46 phút 51 giây", "PT3H46M51S"), ("10 giờ 30 phút 15 giây", "XXXX-XX-XXT10:30:15")]),
    ("River Plate chỉ cần hòa từ 2-2 trở lên. Không khí lạnh kéo đến sáng 7/2. Trưa chiều mai trời rét.", "2026-02-07",
     [("sáng 7/2", "2026-02-07TMO"), ("Trưa", "2026-02-08TMI"), ("chiều mai", "2026-02-08TAF")]),
    ("Sáng ngày 5/2, họ đến. Xét nghiệm nhanh vào sáng ngày diễn ra trận đấu.", "2022-02-23", [("Sáng ngày 5/2", "2022-02-05TMO"), ("sáng", "XXXX-XX-XXTMO")]),
    ("Việt Nam dự World Cup nữ sau lần đầu dự kỳ giải 2023. Việc kéo mùa 2021 sang 2022 gây hệ lụy.", "2025-05-10",
     [("2023", "2023"), ("mùa 2021", "2021"), ("2022", "2022")]),
    ("Từ mùng 1 - 4 Tết, trời đẹp; dự báo từ mùng 1-4 Tết sáng có sương mù; hai ngày 5 - 6 Tết trời rét.", "2026-02-07",
     [("mùng 1", "2026-02-17"), ("4 Tết", "2026-02-20"), ("mùng 1", "2026-02-17"), ("4 Tết", "2026-02-20"),
      ("ngày 5", "2026-02-21"), ("6 Tết", "2026-02-22")]),
    # a text that writes "Sáng 20.10" writes its other days with a dot too; prices stay prices
    ("Chương trình được thực hiện từ nay tới 30.10. Sáng 20.10, tại Hà Nội, giá tăng từ 3.5 đến 4.2 triệu.", "2013-10-20",
     [("nay", "PRESENT_REF"), ("30.10", "2013-10-30"), ("Sáng 20.10", "2013-10-20TMO")]),
    ("Mẹ chồng thời xưa khắt khe; nàng dâu thời hiện đại thì không. Trong những năm gần nhất, quỹ thưởng tăng. Chúc hai bạn trăm năm hạnh phúc.", "2026-02-07",
     [("thời xưa", "PAST_REF"), ("thời hiện đại", "PRESENT_REF"), ("những năm gần nhất", "PXY")]),
]

SAMPLE_41 = [
    # blind samples 84-87
    ("Một ca khúc đã đi cùng năm tháng của nhạc sĩ. Vài ngày sau đó, ông P. đến gặp gia đình.", "2021-04-29", [("Vài ngày", "PXD")]),
    ("Từ tối 30 đến sáng 31/10, loạt lồng cá chết. Chiều qua nước ròng, tới 6-7h thì cá ngoi lên thở.", "2025-10-31",
     [("tối 30", "2025-10-30TEV"), ("sáng 31/10", "2025-10-31TMO"), ("Chiều qua", "2025-10-30TAF"), ("6", "2025-10-30T06:00"), ("7h", "2025-10-30T07:00")]),
    ("Khoảng thời gian hàng triệu năm. Trẻ khỏe mạnh hay sinh đủ tháng vẫn có thể trở nặng.", "2026-02-06", [("hàng triệu năm", "PXY")]),
    ("Vụ nổ xảy ra lúc 19 giờ (giờ địa phương), tức 22 giờ (giờ Việt Nam). Cô lộ diện với kiểu tóc tết dài.", "2013-10-23",
     [("19 giờ", "XXXX-XX-XXT19:00"), ("22 giờ", "XXXX-XX-XXT22:00")]),
    ("Habeco tổ chức Đại hội đồng cổ đông thường niên năm 2021. Đây là sự kiện thường niên. Cảng Sài Gòn thành lập 1975.", "2021-04-28",
     [("năm 2021", "2021"), ("thường niên", "P1Y"), ("1975", "1975")]),
    ("Cuộc gặp hôm 31/1 giờ địa phương; lễ phóng lúc 7h37 ngày 28/5 giờ Hà Nội.", "2026-05-29",
     [("hôm 31/1", "2026-01-31"), ("7h37 ngày 28/5", "2026-05-28T07:37")]),
]

SAMPLE_42 = [
    # blind samples 88-91
    ("Futsal châu Á 2026 Vòng bảng27/0113:00Thái Lan2-0Lebanon HTV27/0115:00Iraq4-2Kyrgyzstan", "2026-01-26",
     [("27/0113:00", "2026-01-27T13:00"), ("27/0115:00", "2026-01-27T15:00")]),
    ("Người đẹp chia sẻ dự định trong năm mới Bính Ngọ và cho năm mới 2026.", "2026-02-04", [("năm mới Bính Ngọ", "2026"), ("năm mới 2026", "2026")]),
    ("Ảnh tư liệu: những năm 2000-2006, tiêu cực ở kỳ thi; những năm 1990-2000 thì khác.", "2025-06-28",
     [("những năm 2000", "2000"), ("2006", "2006"), ("những năm 1990", "199"), ("2000", "200")]),
    ("Đây là sự kiện thể thao mùa đông lớn nhất. Lấy nước uống ngày 2-3 lần. Chính phủ hỗ trợ không quá 1/3.", "2026-02-05", []),
    ("Chính vì vậy tới đây chúng ta sẽ có chính sách mới. Anh tới đây làm gì? Trong vòng liveshow tới đây, cô sẽ hát.", "2013-10-20",
     [("tới đây", "FUTURE_REF")]),
    ("S&P 500 tương lai giảm 0,4%, DJIA tương lai mất 0,4%. Thái Lan ghi bàn ở phút 54, 10 phút trước khi rời sân.", "2026-01-30",
     [("10 phút", "PT10M")]),
    ("Sau phiên tòa đầu tiên hồi tháng ba, vụ án kéo dài. Lần gần đây nhất Nga trao trả thi thể. Cô phải đợi cả tiếng.", "2013-11-01",
     [("tháng ba", "2013-03"), ("cả tiếng", "PT1H")]),
    ("Phú Yên hút khách vào dịp lễ 30-4 này. Apple tăng trong 11/12 phiên giao dịch; Nadal dự 8/9 giải Masters.", "2025-04-20",
     [("30-4 này", "2025-04-30")]),
    ("Việt Nam được ghi nhận từ tháng 7-2012 đến 6-2013.", "2013-10-29", [("tháng 7-2012", "2012-07"), ("6-2013", "2013-06")]),
]

SAMPLE_43 = [
    # blind samples 92-95
    ("Mâu thuẫn đỉnh điểm vào các ngày 2/7, 10/7 và 1/11/2024, khi công ty cưỡng chế.", "2025-05-12",
     [("ngày 2/7", "2024-07-02"), ("10/7", "2024-07-10"), ("1/11/2024", "2024-11-01")]),
    ("Cuộc chạy đua vào không gian của những năm 1950 và 1960 đã thay đổi thế giới.", "2026-02-04", [("những năm 1950", "195"), ("1960", "196")]),
    ("Bến xe chen chúc vào những ngày 25, 26 Tết; từ mùng 1 - 4 Tết thì vắng.", "2026-02-07",
     [("ngày 25", "2026-02-12"), ("26 Tết", "2026-02-13"), ("mùng 1", "2026-02-17"), ("4 Tết", "2026-02-20")]),
    ("Lúc đó khoảng 22 giờ khuya, bà chủ tiệm đã đóng cửa.", "2025-04-22", [("khoảng 22 giờ khuya", "XXXX-XX-XXT22:00")]),
    ("Lịch thi đánh giá tư duy TSA 2026 Năm ngoái, điểm trung bình tăng.", "2026-02-02", [("Năm ngoái", "2025")]),
    ("Màn hình do LG sản xuất. Hiện tại Apple đang cân nhắc. Cô xuống phố chụp ảnh Tết hôm 3/2.", "2026-02-05",
     [("Hiện tại", "PRESENT_REF"), ("hôm 3/2", "2026-02-03")]),
]

SAMPLE_44 = [
    # misses left in the pooled samples: the year or month in focus after "hết", "kết thúc", "nhất"; "ngày hè"; "giữa đêm"
    ("Nadal giữ ngôi số 1 cho đến hết năm và có thể kết thúc năm với ngôi số 1; đây là sự kiện lớn nhất trong năm của Google.", "2013-10-19",
     [("năm", "2013"), ("năm", "2013"), ("năm", "2013")]),
    ("Anh nhận giải cầu thủ hay nhất tháng. Cô tỉnh dậy giữa đêm vì vết cắn. Quên kem chống nắng trong ngày hè hại da.", "2024-10-31",
     [("giữa đêm", "XXXX-XX-XXTNI"), ("ngày hè", "XXXX-SU")]),
]

SAMPLE_45 = [
    # blind samples 96-99
    ("Có khi kéo dài hàng tháng, hàng năm. Cơ quan kiểm tra hàng tuần, hàng tháng.", "2020-03-31",
     [("hàng tháng", "PXM"), ("hàng năm", "PXY"), ("hàng tuần", "P1W"), ("hàng tháng", "P1M")]),
    ("Mãi đến sau này, nhờ bức ảnh tư liệu, ông mới được biết đến. Sau này con sẽ hiểu.", "2021-04-28", [("Sau này", "FUTURE_REF")]),
    ("Thời gian sống tăng từ 20,6 tháng lên 37,3 tháng; va chạm chỉ còn 5,5 ngày.", "2025-10-30",
     [("20,6 tháng", "P20.6M"), ("37,3 tháng", "P37.3M"), ("5,5 ngày", "P5.5D")]),
    ("Những chuyến du lịch dài ngày bằng xe điện đã phổ biến.", "2025-04-28", []),
]

SAMPLE_46 = [
    # blind samples 100-103
    ("Tại Việt Nam, KinoFest 2025 năm nay mở rộng quy mô; người Việt có mặt ở đây hơn 2000 năm trước.", "2025-10-31",
     [("năm nay", "2025"), ("hơn 2000 năm trước", "PAST_REF")]),
    ("Và từ giờ cho đến khi cuộc thi khép lại, cô sẽ diễn. Capoue lĩnh thẻ vàng thứ 2 sau màn đạp chân.", "2013-10-31", [("giờ", "PRESENT_REF")]),
    ("Các chiến dịch Điện Biên Phủ, Tết Mậu Thân năm 1968. Quốc hội thảo luận dự toán ngân sách 2014.", "2013-10-23",
     [("Tết Mậu Thân năm 1968", "1968-01-29"), ("2014", "2014")]),
    ("Bị cáo là ca sĩ, trình độ học vấn 12/12. Phong cách gợi nhớ thập niên 1990, 2000.", "2025-10-28",
     [("thập niên 1990", "199"), ("2000", "200")]),
]

SAMPLE_47 = [
    # blind samples 104-107
    ("Như vậy, so với đầu ngày, giá vàng giảm. Bà thường bắt đầu ngày mới bằng sinh tố. Bướm bao phủ đảo trong suốt những tháng hè.", "2013-10-22",
     [("đầu ngày", "XXXX-XX-XXTMO"), ("những tháng hè", "XXXX-SU")]),
    ("Lượng khách tăng gần 400% so với kỳ nghỉ lễ 30/4 năm 2020.", "2021-04-29", [("30/4 năm 2020", "2020-04-30")]),
    ("Djokovic đánh bại Del Potro sau 3 set: 6/1, 3/6, 7/6. Anh kết thúc với thắng lợi 7/3.", "2013-10-13", []),
    ("Nhà ga hành khách T2 được thiết kế mới. Bộ Tư pháp trong hai ngày cuối tuần đã thu hồi tài liệu; hai tháng đầu năm giá tăng.", "2026-02-02",
     [("hai ngày cuối tuần", "2026-W05-WE"), ("hai tháng đầu năm", "P2M")]),
    ("Fan ngóng cổ gọi tên thần tượng. 16h20: Những cô gái T-ara chưa xuất hiện. 17h00: Chương trình bắt đầu.", "2012-11-26",
     [("16h20", "2012-11-26T16:20"), ("17h00", "2012-11-26T17:00")]),
]

SAMPLE_48 = [
    # blind samples 108-111
    ("Các cơ sở y tế trực cấp cứu 24/24 giờ. Tàu bay đến sân bay trong thời gian trước 12 giờ trưa.", "2013-11-09",
     [("24/24 giờ", "PT24H"), ("12 giờ trưa", "XXXX-XX-XXT12:00")]),
    ("Không còn phòng trống trong các ngày cao điểm 27/4-1/5; cầu thủ ít tiếng tăm được trám chỗ.", "2025-05-04",
     [("27/4", "2025-04-27"), ("1/5", "2025-05-01")]),
    ("Thung Ui lưu giữ những câu chuyện lịch sử từ thuở xa xưa.", "2026-02-04", [("thuở xa xưa", "PAST_REF")]),
]

SAMPLE_49 = [
    # blind samples 112-115
    ("Chương trình Vì khát vọng Việt (từ tháng 10.2013 - 2.2014) thu hút sự quan tâm; giá 2.2014 đồng.", "2013-10-22",
     [("tháng 10.2013", "2013-10"), ("2.2014", "2014-02")]),
    ("Hằng năm, từ ngày 13 đến 18-4, người Thái té nước mừng năm mới.", "2025-02-17",
     [("Hằng năm", "P1Y"), ("ngày 13", "XXXX-04-13"), ("18-4", "XXXX-04-18")]),
    ("Tổng tài sản tính đến 31/12/2020 của PVcomBank tăng; cây có tuổi đời 8–10 năm; IFA là sự kiện lớn nhất của năm.", "2021-04-24",
     [("31/12/2020", "2020-12-31"), ("năm", "2020")]),
    ("Văn Quyết ghi bàn ở vòng 25 mùa trước. Ly hôn hoàn tất chỉ trong vòng 1 tháng sau đó.", "2017-01-07",
     [("mùa trước", "2016"), ("1 tháng", "P1M")]),
    ("Brazil sẽ chạm trán Morocco (ngày 13-6), Haiti (19-6) và Scotland (24-6). Thái Lan thắng Lào (2-1).", "2026-05-06",
     [("ngày 13-6", "2026-06-13"), ("19-6", "2026-06-19"), ("24-6", "2026-06-24")]),
    ("Theo kế hoạch, buổi tập chiều 2/11 của đội tuyển bắt đầu lúc 16h. Green ghi cả năm bàn cho CLB.", "2019-11-02",
     [("chiều 2/11", "2019-11-02TAF"), ("16h", "2019-11-02T16:00")]),
]

SAMPLE_38 = [
    # blind samples 73-75
    ("Futsal châu Á 2026 - bán kết 05/02 15:00 Iraq Iran TV360. Coppa Italia - tứ kết 06/02 03:00 Atalanta Juventus", "2026-02-05",
     [("05/02 15:00", "2026-02-05T15:00"), ("06/02 03:00", "2026-02-06T03:00")]),
    ("Tầng tên lửa hạ cánh khoảng 5,5 phút sau; chỉ 2,5 phút sau khi cất cánh, tầng đầu tách ra.", "2025-04-01",
     [("khoảng 5,5 phút", "PT5.5M"), ("2,5 phút", "PT2.5M")]),
    ("Carrick đạt thành tích mà Amorim phải mất cả năm mới đạt được. Cả năm, doanh thu tăng.", "2026-02-03",
     [("cả năm", "P1Y"), ("Cả năm", "2026")]),
    ("Các mức giá này giảm mỗi chiều 100.000 đồng/lượng. Sáng 28/4, giá vàng giảm mỗi chiều 80.000 đồng.", "2021-04-28",
     [("Sáng 28/4", "2021-04-28TMO")]),
    ("Cô xăm hình đôi nhân dịp Valentine 2023 (ảnh phải).", "2025-12-05", [("Valentine 2023", "2023-02-14")]),
    ("Hàng dài người đã xếp hàng từ sáng sớm ngày 6/2. Hôm qua, vàng biến động mạnh. Buổi sáng, giá giảm, nhưng đến buổi chiều lại tăng.", "2025-05-10",
     [("sáng sớm ngày 6/2", "2025-02-06TMO"), ("Hôm qua", "2025-05-09"), ("Buổi sáng", "2025-05-09TMO"), ("buổi chiều", "2025-05-09TAF")]),
    # nor in a meal plan, a rush hour, a road's direction, or far from the day in focus
    ("Ngày 15/4, trường tổ chức cho học sinh ăn bán trú buổi trưa và bữa phụ buổi chiều. Đường đông, đặc biệt là buổi tối.", "2021-04-15",
     [("Ngày 15/4", "2021-04-15"), ("buổi trưa", "XXXX-XX-XXTMI"), ("buổi chiều", "XXXX-XX-XXTAF"), ("buổi tối", "XXXX-XX-XXTEV")]),
    ("Hôm nay, CSGT phân luồng: Chiều vào Thanh Hóa từ Km276 đến Km287. Novaland đề xuất quy chế MFN - Tối huệ quốc.", "2026-02-04",
     [("Hôm nay", "2026-02-04")]),
    # a part of day alone names no day in a forecast, a habit, or any night
    ("Hôm nay, Hà Nội nhiều mây, trưa chiều giảm mây trời nắng. Bão vừa tan, lũ lớn lại về trong đêm. Họ tập cả sáng lẫn chiều.", "2025-11-13",
     [("Hôm nay", "2025-11-13"), ("trưa", "XXXX-XX-XXTMI"), ("chiều", "XXXX-XX-XXTAF"), ("đêm", "XXXX-XX-XXTNI"), ("sáng", "XXXX-XX-XXTMO")]),
    ("Giá vàng 3,88 triệu đồng/lượng. 14h30’ Đầu giờ chiều nay, giá vàng giảm.", "2013-10-22", [("14h30’", "2013-10-22T14:30"), ("Đầu giờ chiều nay", "2013-10-22TAF")]),
]

PLURAL_PERIODS = [
    # dev.jsonl writes "Vài năm gần đây", "nhiều năm qua" and "những năm đầu" as vague lengths; "những" is no different
    ("Những ngày qua, giá tăng. Trong những năm tới sẽ đầu tư. Những tuần gần đây ca nhiễm tăng.", "2026-02-06",
     [("Những ngày qua", "PXD"), ("những năm tới", "PXY"), ("Những tuần gần đây", "PXW")]),
    ("Những năm trước, bưởi rẻ. Những ngày này trời lạnh. Thời gian qua, giá tăng.", "2026-02-06",
     [("Những năm trước", "PAST_REF"), ("Những ngày này", "PRESENT_REF"), ("Thời gian qua", "PAST_REF")]),
]


@pytest.mark.parametrize("text, dct, expected", SAMPLE_1 + SAMPLE_2 + SAMPLE_3 + SAMPLE_4 + SAMPLE_5 + SAMPLE_6 + SAMPLE_7 + SAMPLE_8 + SAMPLE_9 + SAMPLE_10 + SAMPLE_11 + SAMPLE_12 + SAMPLE_13 + SAMPLE_14 + SAMPLE_15 + SAMPLE_16 + SAMPLE_17 + SAMPLE_18 + SAMPLE_19 + SAMPLE_20 + SAMPLE_21 + SAMPLE_22 + SAMPLE_23 + SAMPLE_24 + SAMPLE_25 + SAMPLE_26 + SAMPLE_27 + SAMPLE_28 + SAMPLE_29 + SAMPLE_30 + SAMPLE_31 + SAMPLE_32 + SAMPLE_33 + SAMPLE_34 + SAMPLE_35 + SAMPLE_36 + SAMPLE_37 + SAMPLE_38 + SAMPLE_39 + SAMPLE_40 + SAMPLE_41 + SAMPLE_42 + SAMPLE_43 + SAMPLE_44 + SAMPLE_45 + SAMPLE_46 + SAMPLE_47 + SAMPLE_48 + SAMPLE_49 + PLURAL_PERIODS + REVIEW + NOW_AND_SEASON)
def test_errors_found_on_blind_samples_and_in_review_stay_fixed(text: str, dct: str, expected: list[tuple[str, str]]):
    """Each case is an error once seen on independently annotated corpus articles or in code review."""
    assert found(text, dct) == expected
