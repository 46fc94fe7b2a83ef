"""Bytes to text: the encodings we accept, and a clear reason for the ones we do not."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..text import nfc


class Unreadable(Exception):
    """A file that cannot be read as an article; the message is the reason, for the user."""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, normalized to NFC."""
    return nfc(decode_exact(data))


def decode_exact(data: bytes) -> str:
    """The text as encoded, not normalized: offsets into it are offsets into the user's file."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8):], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    elif b"\x00" in data:
        raise Unreadable("binary file (contains NUL bytes), not text")
    else:
        text = _strict(data, "utf-8")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise Unreadable(
            f"not valid {encoding.upper()} (byte {exc.start}); legacy encodings such as Windows-1258 "
            "are not read: save the file as UTF-8"
        ) from None


def read_text(path: Path) -> str:
    """The decoded text of `path`; empty or whitespace-only files are unreadable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Unreadable(f"cannot read: {exc.strerror or exc}") from None
    text = decode(data)
    if not text.strip():
        raise Unreadable("empty file")
    return text
