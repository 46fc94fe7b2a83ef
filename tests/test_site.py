"""The rendered site: pages, dates, safety, exports, feeds, languages, budgets and determinism."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser.sitefixture import ABOUT, EVENTS, TIMELINE, XSS, analyses, synthetic
from conftest import REPO
from timeline.build import build
from timeline.model import Timeline
from timeline.render import dates, render_site
from timeline.render.i18n import STRINGS
from timeline.settings import Settings

SETTINGS = Settings(title="Dòng thời gian thử nghiệm")


@pytest.fixture(scope="module")
def site() -> dict[str, bytes]:
    return render_site(TIMELINE, analyses(), SETTINGS, about=ABOUT)


def text(files: dict[str, bytes], path: str) -> str:
    return files[path].decode("utf-8")


class Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


# Dates, Vietnamese style and honest about precision


@pytest.mark.parametrize(
    ("value", "end", "time", "mod", "lang", "expected"),
    [
        ("2022-01-08", None, "MI", None, "vi", "trưa 8/1/2022"),
        ("2022-01-08", None, "10:30", None, "vi", "10:30, 8/1/2022"),
        ("2022-03", None, None, "START", "vi", "đầu tháng 3/2022"),
        ("2022-01", None, None, None, "vi", "tháng 1/2022"),
        ("2023", None, None, "APPROX", "vi", "khoảng năm 2023"),
        ("2022-W02", None, None, None, "vi", "tuần 10–16/1/2022"),
        ("2021-W52", None, None, None, "vi", "tuần 27/12/2021–2/1/2022"),
        ("2022-Q1", None, None, None, "vi", "quý 1/2022"),
        ("2022-01-06", "2022-01-13", None, None, "vi", "6/1/2022 – 13/1/2022"),
        ("2022-01-08", None, "MI", None, "en", "8 January 2022, midday"),
        ("2022-02-30", None, None, None, "vi", "năm 2022"),
    ],
)
def test_event_dates_are_written_as_readers_write_them(value, end, time, mod, lang, expected):
    assert dates.event_label(value, end, time, mod, lang) == expected


def test_day_headings_name_the_weekday():
    assert dates.day_heading(date(2022, 1, 8), "vi") == "Thứ Bảy, 08/01/2022"
    assert dates.day_heading(date(2022, 1, 9), "vi") == "Chủ Nhật, 09/01/2022"
    assert dates.day_heading(date(2022, 1, 8), "en") == "Saturday 8 January 2022"


# The timeline page


def test_index_groups_events_by_year_month_and_day_with_one_heading_per_day(site):
    html = text(site, "index.html")
    years = re.findall(r'<section class="year" id="(y\d{4})"', html)
    assert years == ["y2021", "y2022", "y2023"]
    assert re.findall(r'<h4 class="day-h"><time datetime="(2022-01-\d\d)">', html) == [
        "2022-01-05", "2022-01-06", "2022-01-13", "2022-01-19",
    ]
    assert 'id="d2022-01-05"' in html and "Thứ Tư, 05/01/2022" in html
    assert "Tháng 1/2022 — không rõ ngày" in html and "đầu tháng 1/2022" in html
    assert "11 sự kiện · 5 bài báo · 5 nguồn tin · 20/12/2021 – năm 2023" in html
    assert "Tuần 13–19/6/2022" in html and "Trong năm 2023" in html and "khoảng năm 2023" in html
    ids = [a["id"] for a in Tags(html).all("article") if "event" in (a.get("class") or "")]
    assert ids == [
        "dn-khoi-cong", "kz-gia-khi", "kz-khan-cap", "kz-csto-toi", "kz-rut-quan", "kz-hoan-tat",
        "../../evil-event", "hn-mua-lon", "hn-hop-khan", "hn-ra-soat", "hn-yen-so",
    ]


def card_html(html: str, event_id: str) -> str:
    start = html.index(f'id="{event_id}"')
    return html[start: html.index("</article>", start)]


def test_cards_show_time_status_entities_sources_and_conflicts(site):
    html = text(site, "index.html")
    noon = card_html(html, "hn-hop-khan")
    assert "trưa 12/6/2022" in noon and 'href="entities/ubnd-tp-ha-noi.html"' in noon
    assert f'href="documents/vnexpress-ha-noi-ngap.html#s{EVENTS[6].mentions[0].start}"' in noon
    assert 'href="https://vnexpress.net/ha-noi-ngap-sau.html"' in noon and "VnExpress" in noon
    assert '<article class="event expected" id="kz-hoan-tat">' in html
    assert "Dự kiến" in card_html(html, "kz-hoan-tat")
    disputed = card_html(html, "kz-csto-toi")
    assert "Các nguồn ghi ngày khác nhau:" in disputed
    assert "6/1/2022 (Tuổi Trẻ)" in disputed and "7/1/2022 (Thanh Niên)" in disputed
    assert 'href="#kz-csto-toi"' in disputed


def test_every_histogram_bar_jumps_to_a_heading_that_exists(site):
    html = text(site, "index.html")
    targets = re.findall(r'<a href="#([^"]+)" aria-label="[^"]+"><title>', html)
    assert {"y2021", "m2022-06", "d2022-06-12"} <= set(targets)
    for target in targets:
        assert f'id="{target}"' in html, target


def test_a_timeline_without_events_still_gives_a_whole_site():
    timeline = Timeline(documents=TIMELINE.documents)
    files = render_site(timeline, analyses(), SETTINGS)
    html = text(files, "index.html")
    assert "Chưa có sự kiện nào" in html and 'class="event' not in html
    assert 'id="finder"' not in html and "Tổng quan" not in html
    assert "đầu tháng 1/2022" in html  # the dated mentions of the articles are listed instead
    assert {"about.html", "404.html", "feed.xml", "timeline.ics", "documents/index.html", "entities/index.html"} <= set(files)
    assert json.loads(files["timelinejs.json"])["events"] == []


# Document, entity, about pages


def test_document_pages_highlight_every_time_expression_and_link_sentences_back(site):
    html = text(site, "documents/vnexpress-ha-noi-ngap.html")
    values = re.findall(r'<span class="timex" title="([^"]+)">', html)
    assert values == [t.value for t in analyses()["vnexpress-ha-noi-ngap"].timexes]
    assert "[giá trị: 2022-06-12TMI]" in html
    start = EVENTS[6].mentions[0].start
    assert re.search(rf'<span class="mention" id="s{start}">.*?</span></span>, UBND TP Hà Nội họp khẩn về chống ngập.</span> '
                     r'<a class="to-event" href="../index.html#hn-hop-khan"', html)


def test_entity_pages_list_all_events_of_one_entity(site):
    html = text(site, "entities/csto.html")
    assert re.findall(r'<article class="event[^"]*" id="([^"]+)"', html) == ["kz-csto-toi", "kz-rut-quan", "kz-hoan-tat"]
    index = text(site, "entities/index.html")
    assert 'href="../entities/ha-noi.html">Hà Nội</a> <span class="count">4 sự kiện' in index


def test_about_page_comes_from_the_about_document_or_a_default(site):
    assert "<em>các bài kiểm tra</em>" in text(site, "about.html")
    assert "<h1>Về dòng thời gian thử nghiệm</h1>" in text(site, "about.html")
    plain = render_site(TIMELINE, analyses(), SETTINGS)
    assert STRINGS["vi"]["about_default"] in text(plain, "about.html")
    for name in ("timeline.json", "timelinejs.json", "timeline.csv", "timeline.ics", "feed.xml", "timeml/dantri-da-nang.tml"):
        assert f'href="{name}"' in text(site, "about.html")


def test_the_seeds_about_page_is_vietnamese():
    about = (REPO / "seeds" / "about.md").read_text(encoding="utf-8")
    assert "Kazakhstan" in about and "dòng thời gian" in about.lower()


# Safety: seeds are shown as text and never choose where files go


def test_hostile_seeds_are_shown_as_text(seeds: Path, tmp_path: Path):
    (seeds / "xss.txt").write_text(f"title: {XSS}\nsource: {XSS}\nurl: javascript:alert(1)\n\nNgày 9/1/2022, {XSS} trong bài.", encoding="utf-8")
    (seeds / "xss-md.md").write_text(f"---\ntitle: {XSS}\n---\nNgày 10/1/2022, {XSS} và [bấm](javascript:alert(1)).\n", encoding="utf-8")
    out = tmp_path / "site"
    build(Settings(seeds=seeds, out=out), warn=lambda message: None)
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html and "javascript:" not in html, page
    assert (out / "documents" / "xss-md.html").is_file()
    doc = (out / "documents" / "xss.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in doc


def test_fixture_ids_and_names_cannot_leave_the_output_folder(site):
    for path in (p for p in site if not p.startswith("assets/")):
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*", path), path
    assert "documents/evil-doc.html" in site and "entities/etc-passwd.html" in site
    for path, data in site.items():
        if path.endswith(".html"):
            html = data.decode("utf-8")
            assert "<script>alert" not in html and "<img src=x" not in html and "javascript:" not in html, path
            for tag in ("script", "link", "img"):
                for attrs in Tags(html).all(tag):
                    ref = attrs.get("src") or attrs.get("href") or ""
                    assert not re.match(r"^(/|[a-z]+:)", ref), (path, ref)
    assert "&lt;b&gt;Nguồn lạ&lt;/b&gt;" in text(site, "index.html")


def test_same_names_after_folding_get_distinct_files():
    twins = (
        replace(EVENTS[1], id="a", places=("Hà Nội",)),
        replace(EVENTS[1], id="b", places=("Ha Noi",)),
        replace(EVENTS[1], id="c", places=("???",)),
    )
    files = render_site(replace(TIMELINE, events=twins), analyses(), SETTINGS)
    assert {"entities/ha-noi.html", "entities/ha-noi-2.html", "entities/entity.html"} <= set(files)


# Exports and feeds


def test_timelinejs_export_has_start_dates_and_escaped_text(site):
    data = json.loads(site["timelinejs.json"])
    assert data["title"]["text"]["headline"] == "Dòng thời gian thử nghiệm"
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert by_id["hn-hop-khan"]["start_date"] == {"year": "2022", "month": "6", "day": "12"}
    assert by_id["kz-gia-khi"]["start_date"] == {"year": "2022", "month": "1"}
    assert by_id["hn-yen-so"]["start_date"] == {"year": "2023"} and by_id["hn-yen-so"]["group"] == "expected"
    evil = by_id["../../evil-event"]
    assert "<script>" not in evil["text"]["headline"] and "<img" not in evil["text"]["text"]


def test_csv_export_has_one_row_per_event(site):
    raw = site["timeline.csv"].decode("utf-8")
    assert raw.startswith("\ufeffid,date,") and "\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    assert len(rows) == len(EVENTS)
    row = next(r for r in rows if r["id"] == "kz-csto-toi")
    assert row["documents"] == "tuoitre-kazakhstan-khan-cap; thanhnien-csto-rut-quan"


def test_icalendar_has_day_events_crlf_folded_lines_and_stable_stamps(site, monkeypatch):
    raw = site["timeline.ics"]
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines) and b"\n" not in b"".join(lines)
    unfolded = raw.decode("utf-8").replace("\r\n ", "")
    days = [e for e in EVENTS if dates.parse(e.date).kind == "day"]
    assert unfolded.count("BEGIN:VEVENT") == len(days)
    assert "DTSTART;VALUE=DATE:20220612\r\nDTEND;VALUE=DATE:20220613" in unfolded
    assert "SUMMARY:UBND TP Hà Nội họp khẩn về chống ngập" in unfolded
    assert "DTSTAMP:20220613T010000Z" in unfolded  # the newest article, 13/6/2022 08:00 +07:00
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    again = render_site(TIMELINE, analyses(), SETTINGS)["timeline.ics"].decode("utf-8")
    assert "DTSTAMP:20231114T221320Z" in again
    assert re.findall(r"UID:\S+", again) == re.findall(r"UID:\S+", unfolded)


def test_timeml_of_each_document_is_well_formed(site):
    root = ET.fromstring(site["timeml/vnexpress-ha-noi-ngap.tml"].decode("utf-8").split("\n", 2)[2])
    timexes = root.findall("TIMEX3")
    assert [t.get("value") for t in timexes] == [t.value for t in analyses()["vnexpress-ha-noi-ngap"].timexes]
    assert timexes[1].text == "Trưa 12/6"


def test_atom_feed_lists_every_event(site):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(site["feed.xml"])
    entries = feed.findall("a:entry", ns)
    assert len(entries) == len(EVENTS)
    assert entries[0].find("a:title", ns).text.endswith("Hồ điều hoà Yên Sở mở rộng dự kiến hoàn thành")
    assert entries[0].find("a:link", ns).get("href") == "index.html#hn-yen-so"


def test_sitemap_and_absolute_links_only_with_a_base_url(site):
    assert "sitemap.xml" not in site
    files = render_site(TIMELINE, analyses(), replace(SETTINGS, base_url="https://example.org/tl"), about=ABOUT)
    urls = [u.text for u in ET.fromstring(files["sitemap.xml"]).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "https://example.org/tl/index.html" in urls and "https://example.org/tl/entities/csto.html" in urls
    assert not any(u.endswith("404.html") for u in urls)
    html = text(files, "documents/dantri-da-nang.html")
    assert '<meta property="og:url" content="https://example.org/tl/documents/dantri-da-nang.html">' in html
    assert 'href="../assets/style.css"' in html
    assert 'href="https://example.org/tl/assets/style.css"' in text(files, "404.html")
    assert 'href="https://example.org/tl/index.html#hn-yen-so"' in text(files, "feed.xml")


# Languages


def test_both_ui_tables_have_every_string():
    assert STRINGS["vi"].keys() == STRINGS["en"].keys()


def test_lang_en_gives_an_english_interface():
    files = render_site(TIMELINE, analyses(), replace(SETTINGS, lang="en"), about=ABOUT)
    html = text(files, "index.html")
    assert '<html lang="en">' in html
    assert "Saturday 11 June 2022" in html and "Sources disagree on the date:" in html and "Expected" in html
    assert "Dòng thời gian</a>" not in html and ">Timeline</a>" in html
    assert '<html lang="vi">' in text(render_site(TIMELINE, analyses(), SETTINGS), "index.html")


# Budgets and determinism


def test_css_and_own_javascript_stay_under_60_kb():
    assets = REPO / "templates" / "assets"
    own = [p for p in assets.rglob("*") if p.suffix in (".css", ".js") and "vendor" not in p.parts]
    assert {p.name for p in own} >= {"style.css", "site.js"}
    assert sum(p.stat().st_size for p in own) < 60_000


def test_a_1000_event_timeline_renders_its_first_screen_without_waiting_for_scripts():
    files = render_site(synthetic(1000), analyses(), SETTINGS)
    html = text(files, "index.html")
    assert html.count('<article class="event') == 1000
    assert len(files["index.html"]) < 2_000_000, "about 2 KB a card at most"
    head = html[: html.index("</head>")]
    scripts = Tags(html).all("script")
    assert scripts and all("defer" in s and s.get("src") for s in scripts), "every script external and deferred"
    assert '<link rel="stylesheet" href="assets/style.css">' in head
    assert "search-index.js" not in head, "the search index is loaded only when the search is used"
    assert 'class="chrono many"' in html


def test_the_same_input_gives_the_same_bytes(site):
    assert render_site(TIMELINE, analyses(), SETTINGS, about=ABOUT) == site
