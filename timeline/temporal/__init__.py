"""Vietnamese temporal tagging: find time expressions and normalize them to TIMEX3 values.

`tag(text, dct)` is a pure function of the text and the document creation time; the language
knowledge lives in `lexicon.toml`, the engine in `patterns.py` and `tagger.py`.
"""

from __future__ import annotations

from ..model import Timex
from .dct import folder_dct, infer_dct
from .tagger import tag

__all__ = ["Timex", "folder_dct", "infer_dct", "tag"]
