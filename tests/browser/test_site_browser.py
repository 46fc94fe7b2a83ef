"""The built site in a real browser: from file:// and over HTTP, search, permalinks, axe-core, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO

AXE = REPO / "tests" / "vendor" / "axe.min.js"
ARTIFACTS = REPO / "tests" / "artifacts"


def visible_cards(page) -> int:
    return page.locator("article.event:visible").count()


def search(page, text: str) -> None:
    page.fill("#q", text)
    page.wait_for_function(
        "t => document.getElementById('finder-status').textContent.length > 0 && !document.getElementById('finder-status').textContent.includes('…')",
        arg=text,
    )


def test_screenshots(page, fixture_site: Path):
    ARTIFACTS.mkdir(exist_ok=True)
    for width, name in ((375, "phone"), (1280, "desktop")):
        page.set_viewport_size({"width": width, "height": 900})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto((fixture_site / "index.html").as_uri())
            page.screenshot(path=str(ARTIFACTS / f"index-{name}-{scheme}.png"), full_page=True)
        page.emulate_media(color_scheme="light")
        page.goto((fixture_site / "documents" / "vnexpress-ha-noi-ngap.html").as_uri())
        page.screenshot(path=str(ARTIFACTS / f"document-{name}.png"), full_page=True)
