"""Events: sentences with a calendar time become candidates with who, where and a headline; merged across articles."""

from __future__ import annotations

import json
import pickle

import pytest

from conftest import REPO
from timeline.analysis import analyse, creation_times
from timeline.events import build_timeline
from timeline.events.dates import when
from timeline.events.entities import entities, tag_tokens
from timeline.events.export import timeline_json
from timeline.events.extract import document_events
from timeline.events.sentences import sentence_spans
from timeline.model import CreationTime, Document, Timex
from timeline.sources import read_folder

SEED_000 = "000-063f29d7fca70d17"
SEED_001 = "001-63efa1859c539944"
DCT = CreationTime.parse("2022-01")


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    return {doc.id: doc for doc in read_folder(REPO / "seeds").documents}


def timex(doc: Document, text: str, value: str, type_: str = "DATE") -> Timex:
    start = doc.text.index(text)
    return Timex(start, start + len(text), text, type_, value)  # type: ignore[arg-type]


def doc(text: str, doc_id: str = "a", dct: str = "2022-01-09") -> Document:
    return Document(doc_id, f"{doc_id}.txt", doc_id, text, CreationTime.parse(dct))


def events_of(*docs: Document):
    dcts = creation_times(docs)
    return build_timeline(docs, {d.id: analyse(d, dcts[d.id]) for d in docs}).events


# sentences


def test_sentence_spans_are_exact_offsets_and_cover_every_character(seeds):
    for document in seeds.values():
        text = document.text
        spans = sentence_spans(text)
        assert len(spans) > 10
        covered = {i for s, e in spans for i in range(s, e)}
        assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    text = seeds[SEED_001].text
    sentence = next(text[s:e] for s, e in sentence_spans(text) if "8/1" in text[s:e])
    assert sentence.startswith("Theo thông tin từ truyền thông Nga, vào trưa ngày 8/1")
    assert sentence.endswith("Ủy ban an ninh quốc gia.")


def test_sentence_spans_survive_irregular_spacing_and_line_breaks():
    text = '  Ông A  cho biết:  "Tôi sẽ đi."  Sau đó,\tTP.HCM có mưa.\n\nNgày 8/1, ông đến Hà Nội.'
    pieces = [text[s:e] for s, e in sentence_spans(text)]
    assert pieces[-1] == "Ngày 8/1, ông đến Hà Nội."
    assert "".join(pieces).replace(" ", "").replace("\t", "") == text.replace(" ", "").replace("\t", "").replace("\n", "")


# calendar values


@pytest.mark.parametrize(
    ("value", "date", "precision", "time_of_day"),
    [
        ("2022-01-08TMI", "2022-01-08", "day", "MI"),
        ("2022-01-10TMO", "2022-01-10", "day", "MO"),
        ("2022-01-08T10:30", "2022-01-08", "day", "10:30"),
        ("2022-01", "2022-01", "month", None),
        ("2022", "2022", "year", None),
        ("2022-W02", "2022-W02", "week", None),
        ("2022-W02-WE", "2022-W02-WE", "weekend", None),
        ("2022-Q1", "2022-Q1", "quarter", None),
    ],
)
def test_calendar_values_place_an_event(value, date, precision, time_of_day):
    place = when(value)
    assert place is not None
    assert (place.date, place.precision, place.time_of_day) == (date, precision, time_of_day)


@pytest.mark.parametrize("value", ["P2D", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-01-08", "2022-02-30", "2022-01TMO"])
def test_durations_references_and_unknown_digits_do_not(value):
    assert when(value) is None


def test_a_weekend_is_saturday_and_sunday_and_periods_hold_their_days():
    weekend = when("2022-W02-WE")
    assert weekend and (weekend.first.isoformat(), weekend.last.isoformat()) == ("2022-01-15", "2022-01-16")
    january, eighth, ninth = when("2022-01"), when("2022-01-08"), when("2022-01-09TEV")
    assert january and eighth and ninth
    assert january.compatible(eighth) and not eighth.compatible(ninth)


# entities


def names(sentence: str, skip: tuple[tuple[int, int], ...] = ()) -> dict[str, str]:
    return {e.name: e.kind for e in entities(tag_tokens(sentence, 0, len(sentence)), skip)}


def test_a_titled_name_is_a_person_not_a_place():
    found = names("Trong khi đó, Tổng thống Cộng hòa Kazakhstan Tokayev, đã đưa ra quyết định, để quân đội Nga ở lại nước này.")
    assert found["Tokayev"] == "actor"
    assert found["Kazakhstan"] == "place"
    assert found["Quân đội Nga"] == "actor"
    assert not any("Tổng thống" in name for name in found)


def test_a_time_expression_is_not_a_place_and_numbers_are_not_names():
    sentence = "Vào trưa ngày 8/1, 01 Quân đội Nga đã chiếm đóng sân bay quốc tế Almaty."
    start = sentence.index("trưa ngày 8/1")
    found = names(sentence, ((start, start + len("trưa ngày 8/1")),))
    assert found == {"Quân đội Nga": "actor", "Sân bay quốc tế Almaty": "place"}


def test_a_vietnamese_full_name_is_a_person_even_when_it_starts_like_a_lake():
    found = names("Tối 2/11, Bằng Kiều song ca cùng Hồ Quỳnh Hương bên hồ Hoàn Kiếm.")
    assert found.get("Hồ Quỳnh Hương") == "actor"


def test_administrative_nouns_are_stripped_and_vietnamese_names_are_people():
    found = names("Ngày 1/11, Công an TP. Thủ Dầu Một, tỉnh Bình Dương tạm giữ Phạm Anh Cường (trú quận Bình Thạnh, TP.HCM).")
    assert found["Bình Dương"] == "place" and found["Bình Thạnh"] == "place"
    assert found["Phạm Anh Cường"] == "actor"


# candidates of one document


def test_seed_001_occupation_on_8_january_happened_with_its_evidence(seeds):
    document = seeds[SEED_001]
    (event,) = [e for e in analyse(document, DCT).events if e.date == "2022-01-08"]
    assert event.precision == "day" and event.status == "happened"
    assert event.headline == "Quân đội Nga đã chiếm đóng các cơ sở trọng yếu sau đây nằm trên lãnh thổ của Kazakhstan"
    assert "Quân đội Nga" in event.actors and "Truyền thông Nga" not in event.actors
    assert {"Kazakhstan", "Sân bay quốc tế Almaty"} <= set(event.places)
    assert "Ngân" not in event.places  # `Ngân hàng Trung ương Kazakhstan` is not cut in two by the NER window
    (mention,) = event.mentions
    assert document.text[mention.start : mention.end] == mention.sentence
    assert mention.sentence.startswith("Theo thông tin từ truyền thông Nga, vào trưa ngày 8/1")
    assert document.text[mention.timex.start : mention.timex.end] == mention.timex.text


@pytest.mark.parametrize(
    "expressions",
    [
        [("sáng thứ Hai (10/01)", "2022-01-10TMO", "TIME")],
        [("sáng thứ Hai", "2022-01-10TMO", "TIME"), ("10/01", "2022-01-10", "DATE")],
        [("sáng thứ Hai", "2022-01-10TMO", "TIME")],
        [("sáng thứ Hai (10/01", "2022-01-10TMO", "TIME")],
    ],
    ids=["one expression", "two adjacent", "date in parentheses left out", "unclosed parenthesis"],
)
def test_seed_000_end_of_the_operation_on_monday_morning_is_expected(seeds, expressions):
    document = seeds[SEED_000]
    timexes = tuple(timex(document, text, value, type_) for text, value, type_ in expressions)
    (event,) = document_events(document, DCT, timexes)
    assert (event.date, event.time_of_day, event.status) == ("2022-01-10", "MO", "expected")
    assert event.headline == "Chiến dịch chống khủng bố ở Alma-Ata sẽ kết thúc"
    assert event.places == ("Alma-Ata",)
    assert "Chính phủ Kazakhstan" not in event.actors  # it belongs to the clause after `; tuy nhiên`
    assert event.mentions[0].timex.text.startswith("sáng thứ Hai")


def test_durations_and_present_references_place_no_event(seeds):
    document = seeds[SEED_000]
    timexes = (
        timex(document, "hai ngày qua", "P2D", "DURATION"),
        timex(document, "thời điểm hiện tại", "PRESENT_REF"),
        timex(document, "thời gian tối đa một tuần", "P1W", "DURATION"),
    )
    assert document_events(document, DCT, timexes) == ()


def test_a_day_after_the_creation_time_is_expected_and_a_range_has_an_end():
    d = doc("Từ ngày 12/1 đến ngày 14/1, Quốc hội họp phiên bất thường tại Hà Nội.")
    (event,) = analyse(d, d.dct).events
    assert (event.date, event.end, event.status) == ("2022-01-12", "2022-01-14", "expected")
    assert event.headline == "Quốc hội họp phiên bất thường tại Hà Nội"


def test_a_year_around_a_day_of_the_same_sentence_adds_no_event():
    d = doc("Ngày 3/1 tại Hà Nội, Ủy ban Giải thưởng KOVA đã trao giải thưởng KOVA năm 2022 cho 12 cá nhân.")
    timexes = (timex(d, "Ngày 3/1", "2022-01-03"), timex(d, "năm 2022", "2022"))
    assert [e.date for e in document_events(d, d.dct, timexes)] == ["2022-01-03"]


def test_the_time_of_a_report_is_not_the_time_of_the_event():
    d = doc("Hôm nay (9/1), Bộ Y tế cho biết: vào chiều tối ngày 8/1, Thứ trưởng Bộ Y tế Nguyễn Thị Xuyên đã chủ trì cuộc họp khẩn.")
    timexes = (timex(d, "Hôm nay (9/1)", "2022-01-09"), timex(d, "chiều tối ngày 8/1", "2022-01-08TEV", "TIME"))
    (event,) = document_events(d, d.dct, timexes)
    assert (event.date, event.time_of_day) == ("2022-01-08", "EV")
    assert event.headline == "Thứ trưởng Bộ Y tế Nguyễn Thị Xuyên đã chủ trì cuộc họp khẩn"
    assert "Nguyễn Thị Xuyên" in event.actors


def test_a_birth_year_or_a_date_in_parentheses_does_not_place_the_event():
    d = doc("Công an quận 9 đã truy nã Huỳnh Ngọc Hùng (SN 1965, quê Vĩnh Long) sau khi kỷ niệm quan hệ (22/12/1992).")
    timexes = (timex(d, "1965", "1965"), timex(d, "22/12/1992", "1992-12-22"))
    assert document_events(d, d.dct, timexes) == ()


@pytest.mark.parametrize(
    "baseline", ["so với tháng trước", "so với cùng kỳ năm 2021", "bằng năm 2021", "so với ước thực hiện năm 2021"]
)
def test_a_baseline_of_a_comparison_places_no_event(baseline):
    d = doc(f"Chỉ số giá tiêu dùng của Hà Nội đã tăng 0,57% {baseline}.")
    text = baseline.removeprefix("so với ").removeprefix("ước thực hiện ").removeprefix("bằng ")
    assert document_events(d, d.dct, (timex(d, text, "2021-12" if "tháng" in text else "2021"),)) == ()


def test_a_crawled_dateline_is_not_part_of_the_headline():
    d = doc("vn) – Ngày mai (10/1), Ngân hàng Nhà nước tiếp tục tổ chức đấu thầu vàng miếng phiên thứ 69.")
    (event,) = document_events(d, d.dct, (timex(d, "Ngày mai (10/1)", "2022-01-10"),))
    assert event.headline == "Ngân hàng Nhà nước tiếp tục tổ chức đấu thầu vàng miếng phiên thứ 69"


def test_a_quoted_time_leaves_no_stray_comma_in_the_headline():
    d = doc('Ông Nguyễn Đăng Chương, Cục trưởng Cục Nghệ thuật biểu diễn, nói: "Ngày mai (10/1), Cục sẽ ra quyết định xử phạt."')
    (event,) = document_events(d, d.dct, (timex(d, "Ngày mai (10/1", "2022-01-10"),))
    assert event.headline == 'Ông Nguyễn Đăng Chương, Cục trưởng Cục Nghệ thuật biểu diễn, nói: "Cục sẽ ra quyết định xử phạt'
    assert event.status == "expected"


def test_a_time_glued_to_the_word_before_it_is_still_cut_from_the_headline():
    d = doc("Hội nghị tổng kết đã diễn ra vàongày 8/1 tại Hà Nội với nhiều đại biểu.")
    (event,) = document_events(d, d.dct, (timex(d, "ngày 8/1", "2022-01-08"),))
    assert event.headline == "Hội nghị tổng kết đã diễn ra vào tại Hà Nội với nhiều đại biểu"


def test_the_analysis_with_its_events_is_picklable(seeds):
    analysis = analyse(seeds[SEED_001], DCT)
    assert analysis.events and pickle.loads(pickle.dumps(analysis)) == analysis


# merging across articles

A = (
    "Ngày 3/1, anh Nguyễn Hoàng Quốc (33 tuổi, ngụ phường Long Thạnh Mỹ, quận 9) đến công an trình báo "
    "nhà anh bị trộm đột nhập lấy đi 2 laptop và 6 điện thoại."
)
B = (
    "Theo cơ quan điều tra, ngày 3/1, anh Nguyễn Hoàng Quốc (ngụ Long Thạnh Mỹ, quận 9) đã đến công an "
    "trình báo bị trộm 2 laptop, 6 điện thoại di động."
)
OTHER = "Cũng ngày 3/1, Công an quận 9 đã bắt giữ một đối tượng buôn bán ma túy tại chợ Long Trường."


def test_two_articles_reporting_one_event_become_one_entry_with_both_sources():
    events = events_of(doc(A, "a"), doc(B, "b"), doc(OTHER, "c"))
    assert len(events) == 2
    merged = next(e for e in events if len(e.mentions) == 2)
    assert {m.document for m in merged.mentions} == {"a", "b"}
    assert "Nguyễn Hoàng Quốc" in merged.actors and "Long Thạnh Mỹ" in merged.places
    assert merged.conflict is None


def test_sources_that_give_different_days_for_one_event_are_kept_together_and_flagged():
    late = B.replace("ngày 3/1", "ngày 4/1")
    events = events_of(doc(A, "a"), doc(late, "b"))
    (event,) = events
    assert event.conflict is not None
    assert [(c.date, c.documents) for c in event.conflict] == [("2022-01-03", ("a",)), ("2022-01-04", ("b",))]


def test_one_article_telling_two_days_keeps_two_events():
    events = events_of(doc(A + " " + A.replace("Ngày 3/1", "Ngày 5/1"), "a"))
    assert [e.date for e in events] == ["2022-01-03", "2022-01-05"]
    assert all(e.conflict is None for e in events)


# timeline.json


def test_timeline_json_is_deterministic_ordered_and_keeps_the_contract(seeds):
    documents = tuple(seeds.values()) + (doc(A, "a"), doc(B, "b"), doc(OTHER, "c"))
    dcts = creation_times(documents)
    analyses = {d.id: analyse(d, dcts[d.id]) for d in documents}
    first = timeline_json(build_timeline(documents, analyses))
    assert first == timeline_json(build_timeline(documents, dict(reversed(list(analyses.items())))))
    data = json.loads(first)
    assert list(data) == ["documents", "events"]
    assert list(data["documents"][0]) == ["id", "title", "source", "url", "dct", "dct_precision", "dct_inferred"]
    assert data["documents"][0]["dct_inferred"] and data["documents"][1]["dct_inferred"] is None
    event = data["events"][0]
    assert list(event) == [
        "id", "date", "precision", "end", "time_of_day", "headline", "status", "actors", "places", "mentions", "conflict"
    ]
    assert list(event["mentions"][0]) == ["document", "sentence", "start", "end", "timex"]
    keys = [(e["date"], e["id"]) for e in data["events"]]
    assert keys == sorted(keys)
    assert "Quân đội Nga đã chiếm đóng" in first.decode("utf-8")  # not ASCII-escaped


def test_the_seeds_timeline_validates_against_the_schema(seeds):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    schema = json.loads((REPO / "timeline" / "events" / "timeline.schema.json").read_text(encoding="utf-8"))
    documents = tuple(seeds.values())
    dcts = creation_times(documents)
    timeline = build_timeline(documents, {d.id: analyse(d, dcts[d.id]) for d in documents})
    jsonschema.validate(json.loads(timeline_json(timeline)), schema)


# acceptance on the seeds with the full tagger


def test_acceptance_seeds_hold_the_noon_occupation_and_the_expected_monday_morning_end(seeds):
    documents = tuple(seeds.values())
    dcts = creation_times(documents)
    events = build_timeline(documents, {d.id: analyse(d, dcts[d.id]) for d in documents}).events
    noon = next(e for e in events if (e.date, e.time_of_day) == ("2022-01-08", "MI"))
    assert noon.status == "happened" and noon.headline.startswith("Quân đội Nga đã chiếm đóng")
    assert "Theo thông tin" not in noon.headline and not noon.headline.startswith("Vào")
    assert noon.mentions[0].document == SEED_001 and noon.mentions[0].timex.value == "2022-01-08TMI"
    assert "Quân đội Nga" in noon.actors and "Kazakhstan" in noon.places
    monday = next(e for e in events if (e.date, e.time_of_day) == ("2022-01-10", "MO"))
    assert monday.status == "expected" and monday.headline == "Chiến dịch chống khủng bố ở Alma-Ata sẽ kết thúc"
    assert monday.mentions[0].document == SEED_000 and monday.mentions[0].timex.value == "2022-01-10TMO"
    assert monday.places == ("Alma-Ata",)
