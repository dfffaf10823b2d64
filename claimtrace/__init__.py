"""claimtrace: who does this story rest on?

>>> import claimtrace as ct
>>> a = ct.analyze("Sources said the talks had stalled.")
>>> a.attributions[0].source_type.value
'anonymous_bare'
"""

from .analysis import Analysis, analyze
from .errors import ClaimtraceError, DecodeError, GoldFormatError, InputError
from .model import (
    Attribution,
    Claim,
    Content,
    Diagnostic,
    DocumentMeta,
    NoiseKind,
    NoiseRegion,
    Pattern,
    Sentence,
    Source,
    SourceClass,
    SourceMention,
    SourceType,
    Span,
)

__version__ = "0.1.0"

# Corpus-scale entry points load pandas/pyarrow only when first used.
_LAZY = {"analyze_corpus": "runner", "read_corpus": "readers", "CorpusResult": "results"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'claimtrace' has no attribute {name!r}")

__all__ = [
    "Analysis",
    "Attribution",
    "Claim",
    "ClaimtraceError",
    "Content",
    "CorpusResult",
    "DecodeError",
    "Diagnostic",
    "DocumentMeta",
    "GoldFormatError",
    "InputError",
    "NoiseKind",
    "NoiseRegion",
    "Pattern",
    "Sentence",
    "Source",
    "SourceClass",
    "SourceMention",
    "SourceType",
    "Span",
    "__version__",
    "analyze",
    "analyze_corpus",
    "read_corpus",
]
