from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A copy of the bundled seeds that a test may add files to."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in sorted((REPO / "seeds").iterdir()):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def shared_path(*parts: str) -> Path:
    """A file of ../shared; the test is skipped with a reason when the folder is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (shared evaluation material is only in the development checkout)")
    return path


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    os.environ.setdefault("TZ", "UTC")


def windows_1258(text: str) -> bytes:
    """Encode Vietnamese the way Windows-1258 does: base letters precomposed, tones as combining marks."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")
