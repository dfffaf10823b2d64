"""Sourcing metrics of TAXONOMY.md, per article and grouped over many articles.

Every figure is computed from the claims, attributions and sources of an
:class:`~claimtrace.analysis.Analysis`, ignoring noise (repeated headlines,
boilerplate).  Every share is a ratio of two counts that are reported next to
it (see :data:`SHARES`), and :func:`metric_evidence` lists the claims, sentences,
attributions, sources or mentions behind any count, so a figure can be checked.

A share whose denominator is zero is ``None`` in :func:`article_metrics` (JSON
friendly) and ``NaN`` in the frames; no function here raises on an empty article.

The frames over many articles (:func:`article_table`, :func:`corpus_metrics`, and
:func:`month_of`) live in :mod:`claimtrace.corpus_metrics` and are importable from here.

>>> from claimtrace.model import DocumentMeta
>>> from claimtrace.analysis import Analysis
>>> empty = Analysis(text="", meta=DocumentMeta("e"), sentences=(), noise=(),
...                  attributions=(), sources=(), claims=())
>>> m = article_metrics(empty)
>>> m["n_claims"], m["anonymous_share_claims"]
(0, None)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .claims import content_pieces
from .corpus_metrics import article_table, corpus_metrics, month_of
from .model import Claim, Source, SourceClass, SourceType, Span

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = [
    "COUNTS",
    "SHARES",
    "ClaimFacts",
    "Share",
    "article_metrics",
    "article_table",
    "claim_facts",
    "in_noise",
    "corpus_metrics",
    "metric_evidence",
    "month_of",
    "ratio",
    "used_sources",
    "word_count",
]

_WORD = re.compile(r"\w+(?:['’]\w+)*")

#: Coarse classes that count as "named" for the named share.
NAMED_CLASSES = frozenset({SourceClass.NAMED_PERSON, SourceClass.NAMED_ORG})
#: ``source_class`` of a claim resting on sources of more than one class.
MIXED = "mixed"
#: ``source_class`` of a claim with no attribution.
NONE = "none"


def word_count(text: str) -> int:
    """Number of words (runs of letters/digits, inner apostrophes kept).

    >>> word_count("Pompeo's aides didn't say, 5 times.")
    6
    """
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------- per-claim facts


@dataclass(frozen=True)
class ClaimFacts:
    """What the metrics need to know about one (non-noise) claim.

    >>> import claimtrace as ct
    >>> f = claim_facts(ct.analyze("Officials said a deal was close."))[0]
    >>> f.source_class, f.anonymous_only, f.words, f.content_words
    ('anonymous', True, 6, 4)
    """

    claim: Claim
    source_ids: tuple[int, ...]
    classes: frozenset[SourceClass]
    words: int
    content_words: int
    single_source: bool

    @property
    def attributed(self) -> bool:
        return self.claim.attributed

    @property
    def source_class(self) -> str:
        """One coarse class value, ``"mixed"`` or ``"none"`` (unattributed)."""
        if not self.attributed:
            return NONE
        if len(self.classes) == 1:
            return next(iter(self.classes)).value
        return MIXED if self.classes else SourceClass.UNKNOWN.value

    def only(self, classes: Iterable[SourceClass]) -> bool:
        """True when the claim is attributed and every source behind it is in ``classes``."""
        wanted = frozenset(classes)
        return self.attributed and bool(self.classes) and self.classes <= wanted

    @property
    def anonymous_only(self) -> bool:
        return self.only((SourceClass.ANONYMOUS,))


def _noise_sentences(analysis: Analysis) -> set[int]:
    """Sentences flagged as noise, or lying mostly inside noise regions."""
    return {s.index for s in analysis.sentences
            if s.is_noise or (analysis.noise and in_noise(analysis, s.span))}


def in_noise(analysis: Analysis, span: Span) -> bool:
    """True when more than half of ``span`` lies in noise regions (an empty span: inside one).

    Regions are assumed not to overlap each other.

    >>> import claimtrace as ct
    >>> a = ct.analyze("Officials said the talks had stalled.\\n\\nSubscribe to our newsletter.")
    >>> [in_noise(a, s.span) for s in a.sentences]
    [False, True]
    """
    if span.start >= span.end:
        return any(n.span.contains(span.start) for n in analysis.noise)
    covered = sum(max(0, min(span.end, n.span.end) - max(span.start, n.span.start))
                  for n in analysis.noise)
    return 2 * covered > span.end - span.start


def _sources_by_id(analysis: Analysis) -> dict[int, Source]:
    return {s.id: s for s in analysis.sources}


def _claim_sources(analysis: Analysis, claim: Claim,
                   attributions: dict[int, Any]) -> tuple[tuple[int, ...], bool]:
    """Source ids behind a claim and whether one of its attributions has no source."""
    ids = list(claim.source_ids)
    sourceless = False
    for aid in claim.attribution_ids:
        att = attributions.get(aid)
        if att is None:
            continue
        if att.source is None:
            sourceless = True
        elif att.source.source_id not in ids:
            ids.append(att.source.source_id)
    return tuple(ids), sourceless


def _content_words(analysis: Analysis, claim: Claim, attributions: dict[int, Any]) -> int:
    """Words of the content spans inside the claim; the whole claim when none is given."""
    pieces = content_pieces(claim, attributions)
    if not pieces:
        return word_count(claim.span.text)
    pieces.sort()
    merged: list[list[int]] = []
    for lo, hi in pieces:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    base = claim.span.start
    return sum(word_count(claim.span.text[lo - base:hi - base]) for lo, hi in merged)


def claim_facts(analysis: Analysis) -> list[ClaimFacts]:
    """Facts about every claim outside noise, in claim order (computed once per analysis:
    the metrics, the frames and claim tracking all ask for them).

    >>> import claimtrace as ct
    >>> a = ct.analyze("Pompeo said the talks had stalled. Officials said a deal was close.")
    >>> [(f.claim.id, f.source_class) for f in claim_facts(a)]
    [(0, 'named_person'), (1, 'anonymous')]
    """
    cached = analysis.__dict__.get("_claim_facts")
    if cached is None:
        cached = analysis.__dict__["_claim_facts"] = _claim_facts(analysis)
    return cached


def _claim_facts(analysis: Analysis) -> list[ClaimFacts]:
    noisy = _noise_sentences(analysis)
    by_id = _sources_by_id(analysis)
    atts = {a.id: a for a in analysis.attributions}
    kept = [c for c in analysis.claims
            if c.sentence not in noisy and not in_noise(analysis, c.span)]
    rows: list[tuple[Claim, tuple[int, ...], frozenset[SourceClass]]] = []
    for c in kept:
        ids, sourceless = _claim_sources(analysis, c, atts)
        found = {by_id[i].source_class for i in ids if i in by_id}
        if sourceless or (c.attributed and not found):
            found.add(SourceClass.UNKNOWN)
        rows.append((c, ids, frozenset(found)))
    # corroboration inside the article: same fingerprint, backed by another source
    by_fp: dict[str, set[int]] = {}
    for c, ids, _ in rows:
        if c.fingerprint and ids:
            by_fp.setdefault(c.fingerprint, set()).update(ids)
    out = []
    for c, ids, classes in rows:
        corroborated = bool(c.fingerprint) and len(by_fp.get(c.fingerprint, ())) > 1
        out.append(ClaimFacts(
            claim=c, source_ids=ids, classes=classes,
            words=word_count(c.span.text),
            content_words=_content_words(analysis, c, atts),
            single_source=c.attributed and len(ids) == 1 and not corroborated,
        ))
    return out


def _anonymous_mentions(analysis: Analysis) -> list[tuple[Span, bool]]:
    """(mention span, justified) for every non-noise mention of an anonymous source."""
    out = []
    for src in analysis.sources:
        if not src.is_anonymous:
            continue
        for m in src.mentions:
            if in_noise(analysis, m.span):
                continue
            out.append((m.span, m.anonymity_reason is not None or src.anonymity_reason is not None))
    return out


def used_sources(analysis: Analysis,
                 facts: Sequence[ClaimFacts] | None = None) -> list[Source]:
    """Sources behind at least one non-noise claim or attribution, in id order.

    >>> import claimtrace as ct
    >>> a = ct.analyze("Pompeo said the talks had stalled. Officials said a deal was close.")
    >>> [s.name for s in used_sources(a)]
    ['Pompeo', 'Officials']
    """
    if facts is None:
        facts = claim_facts(analysis)
    noisy = _noise_sentences(analysis)
    ids = {i for f in facts for i in f.source_ids}
    ids.update(a.source.source_id for a in analysis.attributions
               if a.source is not None and a.sentence not in noisy)
    return [s for s in analysis.sources if s.id in ids]


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class Share:
    """A share: ``numerator / denominator``, both of them count metrics.

    >>> s = SHARES[0]
    >>> s.name, s.numerator, s.denominator
    ('anonymous_share_claims', 'n_anonymous_claims', 'n_attributed_claims')
    """

    name: str
    numerator: str
    denominator: str
    description: str


#: Count metrics: name -> (unit of evidence, description).
COUNTS: dict[str, tuple[str, str]] = {
    "n_sentences": ("sentence", "sentences outside noise"),
    "n_claims": ("claim", "claims (sentences that assert something) outside noise"),
    "n_attributed_claims": ("claim", "claims with at least one attribution"),
    "n_unattributed_claims": ("claim", "claims with no attribution (the outlet's own voice)"),
    "n_attributions": ("attribution", "attributions outside noise"),
    "n_sources": ("source", "distinct resolved sources behind claims or attributions"),
    "n_anonymous_claims": ("claim", "attributed claims whose every source is anonymous"),
    "n_named_claims": ("claim", "attributed claims whose every source is a named person or org"),
    "n_media_claims": ("claim", "attributed claims whose every source is media"),
    "n_document_claims": ("claim", "attributed claims whose every source is a document"),
    "n_single_source_claims": ("claim", "claims backed by exactly one source, uncorroborated"),
    "n_words": ("claim", "words of all claims (sentences)"),
    "n_content_words": ("claim", "words of content: content spans of attributed claims, "
                                 "the whole sentence of unattributed ones"),
    "n_anonymous_words": ("claim", "content words of claims resting only on anonymous sources"),
    "n_anonymous_mentions": ("mention", "mentions of anonymous sources"),
    "n_justified_anonymous_mentions": ("mention", "anonymous mentions with an anonymity reason"),
}

#: Shares, each with explicit numerator and denominator count metrics.
SHARES: tuple[Share, ...] = (
    Share("anonymous_share_claims", "n_anonymous_claims", "n_attributed_claims",
          "attributed claims resting only on anonymous sources"),
    Share("anonymous_share_words", "n_anonymous_words", "n_content_words",
          "content words resting only on anonymous sources"),
    Share("unattributed_share", "n_unattributed_claims", "n_claims",
          "claims with no attribution"),
    Share("named_share", "n_named_claims", "n_attributed_claims",
          "attributed claims resting only on named people or organisations"),
    Share("media_share", "n_media_claims", "n_attributed_claims",
          "attributed claims resting only on media"),
    Share("document_share", "n_document_claims", "n_attributed_claims",
          "attributed claims resting only on documents"),
    Share("single_source_share", "n_single_source_claims", "n_attributed_claims",
          "attributed claims backed by exactly one uncorroborated source"),
    Share("justified_anonymity_rate", "n_justified_anonymous_mentions", "n_anonymous_mentions",
          "anonymous mentions that carry an anonymity reason"),
)
_SHARE = {s.name: s for s in SHARES}

_CLASS_KEYS = [c.value for c in SourceClass]
_TYPE_KEYS = [t.value for t in SourceType]
_CLAIM_CLASS_KEYS = [*_CLASS_KEYS, MIXED]


def ratio(num: float, den: float) -> float | None:
    """``num / den``, or ``None`` when ``den`` is zero.

    >>> ratio(1, 4), ratio(3, 0)
    (0.25, None)
    """
    return None if not den else num / den


_CLAIM_PICKS: dict[str, Callable[[ClaimFacts], bool]] = {
    "n_anonymous_claims": lambda f: f.anonymous_only,
    "n_named_claims": lambda f: f.only(NAMED_CLASSES),
    "n_media_claims": lambda f: f.only((SourceClass.MEDIA,)),
    "n_document_claims": lambda f: f.only((SourceClass.DOCUMENT,)),
    "n_single_source_claims": lambda f: f.single_source,
    "n_attributed_claims": lambda f: f.attributed,
    "n_unattributed_claims": lambda f: not f.attributed,
    "n_anonymous_words": lambda f: f.anonymous_only,
}


def _claims_only(facts: Sequence[ClaimFacts], name: str) -> list[ClaimFacts]:
    pick = _CLAIM_PICKS.get(name)
    return [f for f in facts if pick is None or pick(f)]


# --------------------------------------------------------------------------- public API


def article_metrics(analysis: Analysis) -> dict[str, Any]:
    """The sourcing metrics of one article as a flat dict of scalars.

    Keys: the counts of :data:`COUNTS`, the shares of :data:`SHARES` (``None``
    when the denominator is zero), and breakdowns ``sources_class_<class>``,
    ``sources_type_<fine type>`` (distinct sources) and ``claims_class_<class>``
    (attributed claims by the class they rest on, ``mixed`` for several).

    >>> import claimtrace as ct
    >>> a = ct.analyze("Pompeo said the talks had stalled. Officials said a deal was close.")
    >>> m = article_metrics(a)
    >>> m["n_anonymous_claims"], m["n_attributed_claims"], m["anonymous_share_claims"]
    (1, 2, 0.5)
    """
    facts = claim_facts(analysis)
    noisy = _noise_sentences(analysis)
    atts = [a for a in analysis.attributions if a.sentence not in noisy]
    used = used_sources(analysis, facts)
    anon = _anonymous_mentions(analysis)
    m: dict[str, Any] = {
        "n_sentences": sum(1 for s in analysis.sentences if s.index not in noisy),
        "n_claims": len(facts),
        "n_attributions": len(atts),
        "n_sources": len(used),
        "n_anonymous_mentions": len(anon),
        "n_justified_anonymous_mentions": sum(1 for _, ok in anon if ok),
        "n_words": sum(f.words for f in facts),
        "n_content_words": sum(f.content_words for f in facts),
        "n_anonymous_words": sum(f.content_words for f in facts if f.anonymous_only),
    }
    for name, pick in _CLAIM_PICKS.items():
        if name.endswith("_claims"):
            m[name] = sum(1 for f in facts if pick(f))
    m = {k: m[k] for k in COUNTS}  # registry order
    for share in SHARES:
        m[share.name] = ratio(m[share.numerator], m[share.denominator])
    cls = Counter(s.source_class.value for s in used)
    typ = Counter(s.type.value for s in used)
    ccls = Counter(f.source_class for f in facts if f.attributed)
    m.update({f"sources_class_{k}": cls.get(k, 0) for k in _CLASS_KEYS})
    m.update({f"sources_type_{k}": typ.get(k, 0) for k in _TYPE_KEYS})
    m.update({f"claims_class_{k}": ccls.get(k, 0) for k in _CLAIM_CLASS_KEYS})
    return m


def metric_evidence(analysis: Analysis, name: str) -> list[Any]:
    """What a metric counts: claim ids, sentence indices, attribution ids, source ids or spans.

    For a share, the evidence of its numerator.  The unit is ``COUNTS[name][0]``
    (``"mention"`` metrics return :class:`Span` objects of the mentions).

    >>> from claimtrace.model import DocumentMeta
    >>> from claimtrace.analysis import Analysis
    >>> empty = Analysis(text="", meta=DocumentMeta("e"), sentences=(), noise=(),
    ...                  attributions=(), sources=(), claims=())
    >>> metric_evidence(empty, "anonymous_share_claims")
    []
    """
    if name in _SHARE:
        name = _SHARE[name].numerator
    facts = claim_facts(analysis)
    if name.startswith("sources_class_"):
        wanted = name[len("sources_class_"):]
        return [s.id for s in used_sources(analysis, facts) if s.source_class.value == wanted]
    if name.startswith("sources_type_"):
        wanted = name[len("sources_type_"):]
        return [s.id for s in used_sources(analysis, facts) if s.type.value == wanted]
    if name.startswith("claims_class_"):
        wanted = name[len("claims_class_"):]
        return [f.claim.id for f in facts if f.attributed and f.source_class == wanted]
    if name not in COUNTS:
        raise KeyError(f"unknown metric {name!r}; known: {sorted(COUNTS) + sorted(_SHARE)}")
    noisy = _noise_sentences(analysis)
    if name == "n_sentences":
        return [s.index for s in analysis.sentences if s.index not in noisy]
    if name == "n_attributions":
        return [a.id for a in analysis.attributions if a.sentence not in noisy]
    if name == "n_sources":
        return [s.id for s in used_sources(analysis, facts)]
    if name in ("n_anonymous_mentions", "n_justified_anonymous_mentions"):
        justified_only = name == "n_justified_anonymous_mentions"
        return [sp for sp, ok in _anonymous_mentions(analysis) if ok or not justified_only]
    return [f.claim.id for f in _claims_only(facts, name)]
