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

__all__ = [
    "Analysis",
    "Attribution",
    "Claim",
    "ClaimtraceError",
    "Content",
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
]
