"""timeline: a sourced chronology of a story, built from Vietnamese news articles."""

__version__ = "0.1.0"
