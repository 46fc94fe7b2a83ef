"""One headless Debian Chromium for the whole session, the sites it opens, and a local web server.

The tests skip with the reason when Playwright or /usr/bin/chromium is missing; they never
download a browser.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from typing import Iterator

import pytest

from .sitefixture import write_site
from timeline.build import build
from timeline.settings import Settings

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install -e '.[test]')")
    if not CHROMIUM.is_file():
        pytest.skip(f"{CHROMIUM} not found: install Debian's Chromium (apt-get install chromium) to run the browser tests")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("fixture") / "site")


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "site"
    build(Settings(seeds=REPO / "seeds", out=out), warn=lambda message: None)
    return out


@pytest.fixture(scope="session")
def server(fixture_site: Path, seeds_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """http://127.0.0.1:PORT/ serving both sites under sub-paths (`fixture/`, `seeds/`)."""
    root = tmp_path_factory.mktemp("www")
    shutil.copytree(fixture_site, root / "fixture")
    shutil.copytree(seeds_site, root / "seeds")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    thread.join()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and failed requests; the test fails on any."""
    context = browser.new_context()
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    # A request the browser cancelled because the test moved on (a favicon, say) is not a problem.
    page.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and page.problems.append(f"request failed: {r.url} {r.failure}"))
    yield page
    problems = list(page.problems)
    context.close()
    assert not problems, problems
