"""onrecord: who said what, about what, and when, with character spans.

>>> from onrecord import analyze
>>> analysis = analyze('"We will win," Smith said.')
"""

from __future__ import annotations

__version__ = "0.2.0"

from onrecord.analyze import analyze, analyze_many
from onrecord.model import Analysis, Article, Span, Speaker, Statement

__all__ = [
    "Analysis",
    "Article",
    "Span",
    "Speaker",
    "Statement",
    "__version__",
    "analyze",
    "analyze_many",
]
