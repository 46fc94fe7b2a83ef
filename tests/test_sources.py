"""Readers: every format, partial dates, the seed 001 header, encodings and bad files."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from conftest import windows_1258
from timeline.errors import TimelineError
from timeline.model import CreationTime
from timeline.sources import read_folder
from timeline.sources.meta import split_header
from timeline.text import fold, slugify

SENTENCE = "Theo thông tin từ truyền thông Nga, vào trưa ngày 8/1, quân đội Nga đã chiếm đóng các cơ sở trọng yếu."


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_seed_001_inline_date_header_becomes_a_month_dct_and_leaves_the_text():
    folder = Path(__file__).resolve().parent.parent / "seeds"
    docs = {d.id: d for d in read_folder(folder).documents}
    seed = docs["001-63efa1859c539944"]
    assert seed.dct == CreationTime("2022-01", "month")
    assert seed.text.startswith("Quân đội Nga được triển khai")
    assert "date 2022-01" not in seed.text
    assert docs["000-063f29d7fca70d17"].dct is None


@pytest.mark.parametrize(
    "value, precision",
    [("2022", "year"), ("2022-01", "month"), ("2022-01-08", "day"), ("2022-01-08T10:30+07:00", "minute")],
)
def test_dct_keeps_its_precision(value: str, precision: str):
    dct = CreationTime.parse(value)
    assert (dct.value, dct.precision) == (value, precision)


def test_dct_parse_rejects_impossible_dates():
    for bad in ("2022-13", "2022-02-30", "8/1/2022", "hôm qua"):
        with pytest.raises(ValueError):
            CreationTime.parse(bad)


def test_key_value_header_lines(tmp_path: Path):
    write(tmp_path, "a.txt", f"title: Nga chiếm sân bay\nsource: VnExpress\nurl: https://vnexpress.net/a\ndate: 2022-01-08\n\n{SENTENCE}\n")
    (doc,) = read_folder(tmp_path).documents
    assert (doc.title, doc.source, doc.url) == ("Nga chiếm sân bay", "VnExpress", "https://vnexpress.net/a")
    assert doc.dct == CreationTime("2022-01-08", "day")
    assert doc.text == SENTENCE


def test_a_bad_header_date_is_a_warning_and_the_article_is_kept(tmp_path: Path):
    write(tmp_path, "a.txt", f"date: hôm qua\n{SENTENCE}")
    result = read_folder(tmp_path)
    assert len(result.documents) == 1 and result.documents[0].dct is None
    assert "a.txt" in str(result.skipped[0]) and "not an ISO date" in str(result.skipped[0])


def test_markdown_front_matter_rendered_and_flattened(tmp_path: Path):
    write(tmp_path, "story.md", "---\ntitle: \"Biểu tình ở Almaty\"\ndate: 2022-01-06\nsource: Tuổi Trẻ\n---\n# Diễn biến\n\n*Sáng 6/1*, người dân **xuống đường**.\n")
    (doc,) = read_folder(tmp_path).documents
    assert doc.title == "Biểu tình ở Almaty" and doc.source == "Tuổi Trẻ"
    assert doc.dct == CreationTime("2022-01-06", "day")
    assert "<strong>xuống đường</strong>" in doc.html
    assert doc.text == "Diễn biến\nSáng 6/1, người dân xuống đường."


def test_markdown_key_value_header_without_fence(tmp_path: Path):
    write(tmp_path, "b.md", f"title: Tin nhanh\ndate: 2022-01\n\n{SENTENCE}")
    (doc,) = read_folder(tmp_path).documents
    assert doc.title == "Tin nhanh" and doc.dct.precision == "month"


def test_markdown_raw_html_and_script_links_are_neutralised(tmp_path: Path):
    write(tmp_path, "x.md", "<script>alert(1)</script>\n\nXem [ở đây](javascript:alert(2)) ngày 8/1.\n")
    (doc,) = read_folder(tmp_path).documents
    assert "<script>" not in doc.html and "&lt;script&gt;" in doc.html
    assert "javascript:" not in doc.html


def test_jsonl_corpus_records(tmp_path: Path):
    records = [
        {"id": "vne-1", "title": "Một", "date": "2025-04-21T18:30+07:00", "text": SENTENCE, "source": "VnExpress", "url": "https://e.vn/1"},
        {"id": "vne-2", "title": "Hai", "date": "2025-04-22", "text": "Chiều 6/5, trời mưa."},
    ]
    write(tmp_path, "corpus.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\nnot json\n")
    result = read_folder(tmp_path)
    assert [d.id for d in result.documents] == ["vne-1", "vne-2"]
    assert result.documents[0].dct == CreationTime("2025-04-21T18:30+07:00", "minute")
    assert result.documents[0].path == "corpus.jsonl:1"
    assert [str(s) for s in result.skipped] == ["corpus.jsonl:4: not valid JSON (Expecting value)"]


def test_nfc_and_byte_order_marks(tmp_path: Path):
    import unicodedata

    nfd = unicodedata.normalize("NFD", SENTENCE)
    write(tmp_path, "nfd.txt", nfd)
    write(tmp_path, "bom8.txt", codecs.BOM_UTF8 + SENTENCE.encode("utf-8"))
    write(tmp_path, "bom16.txt", SENTENCE.encode("utf-16"))
    docs = read_folder(tmp_path).documents
    assert [d.text for d in docs] == [SENTENCE] * 3


def test_bad_files_are_warnings_naming_file_and_reason(tmp_path: Path):
    write(tmp_path, "ok.txt", SENTENCE)
    write(tmp_path, "empty.txt", "  \n")
    write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "legacy.txt", windows_1258("Quân đội Nga ngày 8/1"))
    write(tmp_path, ".DS_Store", b"\x00\x01")
    result = read_folder(tmp_path)
    assert [d.id for d in result.documents] == ["ok"]
    reasons = {s.path: s.reason for s in result.skipped}
    assert set(reasons) == {"empty.txt", "photo.png", "legacy.txt"}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["photo.png"]
    assert "Windows-1258" in reasons["legacy.txt"] and "UTF-8" in reasons["legacy.txt"]


def test_ids_are_ascii_slugs_and_duplicates_name_both_files(tmp_path: Path):
    write(tmp_path, "Đà Nẵng/Lũ lụt.txt", SENTENCE)
    (doc,) = read_folder(tmp_path).documents
    assert doc.id == "da-nang-lu-lut"
    write(tmp_path, "da nang/lu lut.md", SENTENCE)
    with pytest.raises(TimelineError) as err:
        read_folder(tmp_path)
    assert "da nang/lu lut.md" in str(err.value) and "Đà Nẵng/Lũ lụt.txt" in str(err.value)


def test_folding_and_slugs():
    assert fold("Hà Nội ĐÀ NẴNG") == "ha noi da nang"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("!!!") == ""


def test_missing_or_wrong_seeds_folder(tmp_path: Path):
    with pytest.raises(TimelineError, match="seeds folder not found"):
        read_folder(tmp_path / "nope")
    write(tmp_path, "file.txt", SENTENCE)
    with pytest.raises(TimelineError, match="not a folder"):
        read_folder(tmp_path / "file.txt")


def test_split_header_leaves_plain_text_alone():
    header = split_header("Ngày 8/1, quân đội Nga đổ bộ.")
    assert header.fields == {} and header.body == "Ngày 8/1, quân đội Nga đổ bộ."


def test_markdown_images_from_the_network_are_dropped(tmp_path: Path):
    write(tmp_path, "x.md", "![ảnh](https://example.com/a.png) ![bản đồ](images/map.png) ![x](//cdn.example.com/b.png)\n\nNgày 8/1.")
    (doc,) = read_folder(tmp_path).documents
    assert "example.com" not in doc.html and 'src="images/map.png"' in doc.html


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path: Path):
    record = {"id": "a", "date": "2022-01-08", "text": "Dòng một\u2028dòng hai, ngày 8/1.\u0085"}
    write(tmp_path, "c.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    result = read_folder(tmp_path)
    assert [d.id for d in result.documents] == ["a"] and not result.skipped


def test_dct_years_outside_the_calendar_we_write_are_rejected():
    for bad in ("0000-01", "0001", "9999-12-31"):
        with pytest.raises(ValueError):
            CreationTime.parse(bad)
