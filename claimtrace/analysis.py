"""``analyze(text) -> Analysis``: wires the stages together; holds no logic of its own.

>>> a = analyze("Pompeo said the talks would go on.", doc_id="x")
>>> [at.cue.text for at in a.attributions]
['said']
>>> a.sources[0].name
'Pompeo'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import attributions as _attributions
from . import claims as _claims
from . import coref as _coref
from . import sentences as _sentences
from . import text as _text
from .model import (
    Attribution,
    Claim,
    Diagnostic,
    DocumentMeta,
    NoiseRegion,
    Sentence,
    Source,
)

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd


@dataclass(frozen=True)
class Analysis:
    """Everything claimtrace found in one article. Immutable; views are derived on demand.

    >>> a = analyze("Officials said the talks had stalled.", doc_id="x")
    >>> a.doc_id, len(a.claims), a.summary()["anonymous_share_claims"]
    ('x', 1, 1.0)
    """

    text: str
    meta: DocumentMeta
    sentences: tuple[Sentence, ...]
    noise: tuple[NoiseRegion, ...]
    attributions: tuple[Attribution, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    @property
    def doc_id(self) -> str:
        return self.meta.doc_id

    def source_of(self, attribution: Attribution) -> Source | None:
        """The resolved source an attribution rests on, if any."""
        if attribution.source is None:
            return None
        return self.sources[attribution.source.source_id]

    def summary(self) -> dict[str, Any]:
        """The sourcing metrics of TAXONOMY.md for this article."""
        from .metrics import article_metrics

        return article_metrics(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per claim (attributed or not), flat columns, categorical types."""
        from .frames import claims_frame

        return claims_frame(self)

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx graph of this article (see ARCHITECTURE.md, graph conventions)."""
        from .graph import build_graph

        return build_graph([self])

    def to_dict(self) -> dict[str, Any]:
        """The JSON document written by ``claimtrace analyze --format json``."""
        return {
            "doc_id": self.meta.doc_id,
            "outlet": self.meta.outlet,
            "published": self.meta.published,
            "title": self.meta.title,
            "attributions": [a.to_dict() for a in self.attributions],
            "sources": [s.to_dict() for s in self.sources],
            "claims": [c.to_dict() for c in self.claims],
            "noise": [n.to_dict() for n in self.noise],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "summary": self.summary(),
        }

    def _repr_html_(self) -> str:
        from .display import analysis_html

        return analysis_html(self)


def analyze(
    text: str,
    *,
    doc_id: str = "doc",
    outlet: str | None = None,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Analysis:
    """Analyse one article and return its :class:`Analysis`.

    Never raises on odd text: problems become ``diagnostics``.

    >>> a = analyze("Jane Doe said the plan would fail. Officials said it had stalled.")
    >>> [(s.name, s.type.value) for s in a.sources]
    [('Jane Doe', 'named_person'), ('Officials', 'anonymous_specific')]
    >>> [d.code for d in analyze("").diagnostics]
    ['empty_text']
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs str text, got {type(text).__name__}")
    meta = DocumentMeta(doc_id=str(doc_id), outlet=outlet, published=published,
                        title=title, url=url, extra=dict(extra or {}))
    diagnostics: list[Diagnostic] = list(_text.diagnose(text))
    work = _text.normalise(text)
    noise = _text.find_noise(work, original=text)
    sentences = _sentences.split_sentences(work, noise, original=text)
    raw = _attributions.find_attributions(work, sentences, original=text)
    attributions, sources = _coref.resolve(raw, work, sentences, original=text, doc_id=meta.doc_id)
    claims = _claims.build_claims(text, sentences, attributions, sources)
    return Analysis(
        text=text,
        meta=meta,
        sentences=tuple(sentences),
        noise=tuple(noise),
        attributions=tuple(attributions),
        sources=tuple(sources),
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
    )
