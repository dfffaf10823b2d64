"""Flat pandas views of an Analysis: claims, attributions, sources.

Every column is a scalar (str, int, float, bool, nullable ``Int64``) or a
categorical with a FIXED category list, so frames of many articles concatenate
without losing their dtypes and write to Parquet/CSV as they are.  Text columns use
pandas' ``str`` dtype on pandas 3 (missing text is NaN) and ``object`` on pandas 2.
Lists (several cues, several source names) are joined with :data:`SEP`.

The frames are views; the :class:`~claimtrace.analysis.Analysis` stays the source
of truth.  ``claims_frame`` leaves out claims in noise regions, so
``len(claims_frame(a)) == a.summary()["n_claims"]``.

>>> from claimtrace.model import DocumentMeta
>>> from claimtrace.analysis import Analysis
>>> empty = Analysis(text="", meta=DocumentMeta("e"), sentences=(), noise=(),
...                  attributions=(), sources=(), claims=())
>>> df = claims_frame(empty)
>>> len(df), str(df["source_class"].dtype)
(0, 'category')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .metrics import MIXED, NONE, claim_facts, in_noise, used_sources, word_count
from .model import Pattern, SourceClass, SourceType

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .analysis import Analysis

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "CLAIM_COLUMNS",
    "SEP",
    "SOURCE_COLUMNS",
    "attribution_rows",
    "attributions_frame",
    "claim_rows",
    "claims_frame",
    "frame_from_rows",
    "source_rows",
    "sources_frame",
]

#: Separator of joined list values (cue texts, source names, ids).
SEP = "; "

_CLASSES = [c.value for c in SourceClass]
_TYPES = [t.value for t in SourceType]
_PATTERNS = [p.value for p in Pattern]
_CLAIM_CLASSES = [*_CLASSES, MIXED, NONE]

# dtype spec: "str", "int", "Int64" (nullable), "bool", "float", or ("category", [values])
CLAIM_COLUMNS: dict[str, Any] = {
    "doc_id": "str",
    "claim_id": "int",
    "sentence": "int",
    "paragraph": "Int64",
    "start": "int",
    "end": "int",
    "text": "str",
    "n_words": "int",
    "content_words": "int",
    "attributed": "bool",
    "n_attributions": "int",
    "n_sources": "int",
    "attribution_ids": "str",
    "source_ids": "str",
    "source_keys": "str",
    "source_names": "str",
    "source_class": ("category", _CLAIM_CLASSES),
    "source_types": "str",
    "cues": "str",
    "pattern": ("category", _PATTERNS),
    "patterns": "str",
    "anonymous_only": "bool",
    "single_source": "bool",
    "anonymity_reason": "str",
    "fingerprint": "str",
    "rule": "str",
    "evidence": "str",
}

ATTRIBUTION_COLUMNS: dict[str, Any] = {
    "doc_id": "str",
    "attribution_id": "int",
    "sentence": "int",
    "parent": "Int64",
    "pattern": ("category", _PATTERNS),
    "cue": "str",
    "cue_start": "int",
    "cue_end": "int",
    "source_text": "str",
    "source_start": "Int64",
    "source_end": "Int64",
    "source_id": "Int64",
    "source_key": "str",
    "source_name": "str",
    "mention_type": ("category", _TYPES),
    "source_type": ("category", _TYPES),
    "source_class": ("category", _CLASSES),
    "content": "str",
    "content_start": "Int64",
    "content_end": "Int64",
    "n_fragments": "int",
    "content_words": "int",
    "count": "str",
    "role": "str",
    "affiliation": "str",
    "anonymity_reason": "str",
    "in_noise": "bool",
    "rule": "str",
    "evidence": "str",
}

SOURCE_COLUMNS: dict[str, Any] = {
    "doc_id": "str",
    "source_id": "int",
    "key": "str",
    "name": "str",
    "source_type": ("category", _TYPES),
    "source_class": ("category", _CLASSES),
    "anonymous": "bool",
    "n_mentions": "int",
    "mentions": "str",
    "first_start": "Int64",
    "n_attributions": "int",
    "n_claims": "int",
    "counted": "bool",
    "count": "str",
    "role": "str",
    "affiliation": "str",
    "anonymity_reason": "str",
    "justified": "bool",
    "evidence": "str",
}


def _pandas3() -> bool:
    from importlib.metadata import version

    return int(version("pandas").split(".")[0]) >= 3


_PANDAS3 = _pandas3()


def _dtype(spec: Any) -> Any:
    import pandas as pd

    if isinstance(spec, tuple):
        return pd.CategoricalDtype(spec[1], ordered=False)
    return {"str": "str" if _PANDAS3 else "object", "int": "int64", "bool": "bool",
            "float": "float64", "Int64": "Int64"}[spec]


def _column(values: list[Any], spec: Any) -> Any:
    """A pandas/numpy array of the spec's dtype (built directly: pandas inference is slow)."""
    import numpy as np
    import pandas as pd

    if isinstance(spec, tuple):
        codes = {c: i for i, c in enumerate(spec[1])}
        return pd.Categorical.from_codes([codes.get(v, -1) for v in values],
                                         dtype=_dtype(spec))
    if spec == "str":
        if _PANDAS3:  # the native string dtype (missing values are NaN)
            return pd.array(values, dtype="str")
        arr = np.empty(len(values), dtype=object)
        arr[:] = values
        return arr
    if spec == "Int64":
        return pd.array(values, dtype="Int64")
    return np.array(values, dtype=_dtype(spec))


def frame_from_rows(rows: list[dict[str, Any]], schema: dict[str, Any]) -> pd.DataFrame:
    """A frame with exactly the schema's columns and dtypes, also when empty.

    >>> frame_from_rows([], {"doc_id": "str", "n": "int"}).dtypes["n"]
    dtype('int64')
    """
    import pandas as pd

    return pd.DataFrame({col: _column([r.get(col) for r in rows], spec)
                         for col, spec in schema.items()})


def _join(values: Any) -> str:
    return SEP.join(str(v) for v in values)


def _uniq(values: Any) -> list[Any]:
    return list(dict.fromkeys(values))


def claims_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per claim outside noise (attributed or not); see :data:`CLAIM_COLUMNS`.

    >>> from claimtrace import analyze
    >>> a = analyze("Jane Doe said the plan would fail. Officials said it had stalled.")
    >>> claims_frame(a)[["source_names", "source_class"]].values.tolist()
    [['Jane Doe', 'named_person'], ['Officials', 'anonymous']]
    """
    return frame_from_rows(claim_rows(analysis), CLAIM_COLUMNS)


def claim_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """The rows of :func:`claims_frame` as plain dicts (to build one frame for many articles).

    ``source_class`` is the coarse class the claim rests on, ``"mixed"`` when its
    sources span several classes and ``"none"`` when it is unattributed;
    ``pattern`` is the pattern of its first attribution.

    >>> from claimtrace import analyze
    >>> a = analyze("Jane Doe said the plan would fail. Officials said it had stalled.")
    >>> [(r["claim_id"], r["source_class"], r["anonymous_only"]) for r in claim_rows(a)]
    [(0, 'named_person', False), (1, 'anonymous', True)]
    """
    atts = {a.id: a for a in analysis.attributions}
    sources = {s.id: s for s in analysis.sources}
    paragraphs = {s.index: s.paragraph for s in analysis.sentences}
    rows = []
    for f in claim_facts(analysis):
        c = f.claim
        cl_atts = [atts[i] for i in c.attribution_ids if i in atts]
        srcs = [sources[i] for i in f.source_ids if i in sources]
        reasons = _uniq([s.anonymity_reason.text for s in srcs if s.anonymity_reason]
                        + [a.source.anonymity_reason.text for a in cl_atts
                           if a.source and a.source.anonymity_reason])
        rows.append({
            "doc_id": analysis.meta.doc_id,
            "claim_id": c.id,
            "sentence": c.sentence,
            "paragraph": paragraphs.get(c.sentence),
            "start": c.span.start,
            "end": c.span.end,
            "text": c.span.text,
            "n_words": f.words,
            "content_words": f.content_words,
            "attributed": c.attributed,
            "n_attributions": len(c.attribution_ids),
            "n_sources": len(f.source_ids),
            "attribution_ids": _join(c.attribution_ids),
            "source_ids": _join(f.source_ids),
            "source_keys": _join(s.key for s in srcs),
            "source_names": _join(s.name for s in srcs),
            "source_class": f.source_class,
            "source_types": _join(_uniq(s.type.value for s in srcs)),
            "cues": _join(a.cue.text for a in cl_atts),
            "pattern": cl_atts[0].pattern.value if cl_atts else None,
            "patterns": _join(_uniq(a.pattern.value for a in cl_atts)),
            "anonymous_only": f.anonymous_only,
            "single_source": f.single_source,
            "anonymity_reason": _join(reasons) or None,
            "fingerprint": c.fingerprint,
            "rule": _join(_uniq(a.rule for a in cl_atts)),
            "evidence": _join(_uniq(a.evidence for a in cl_atts if a.evidence)),
        })
    return rows


def attributions_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per attribution (noise flagged by ``in_noise``); see :data:`ATTRIBUTION_COLUMNS`.

    >>> from claimtrace import analyze
    >>> a = analyze("Jane Doe said the plan would fail. Officials said it had stalled.")
    >>> attributions_frame(a)[["cue", "source_text", "source_type"]].values.tolist()
    [['said', 'Jane Doe', 'named_person'], ['said', 'Officials', 'anonymous_specific']]
    """
    return frame_from_rows(attribution_rows(analysis), ATTRIBUTION_COLUMNS)


def attribution_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """The rows of :func:`attributions_frame` as plain dicts.

    ``mention_type`` is the type of the surface mention, ``source_type`` that of the
    resolved source ("he" resolved to Pompeo is named_person in both).

    >>> from claimtrace import analyze
    >>> a = analyze("Mike Pompeo arrived. He said the talks would go on.")
    >>> [(r["source_text"], r["source_name"], r["source_type"]) for r in attribution_rows(a)]
    [('He', 'Mike Pompeo', 'named_person')]
    """
    sources = {s.id: s for s in analysis.sources}
    noisy = {s.index for s in analysis.sentences if s.is_noise}
    rows = []
    for a in analysis.attributions:
        m = a.source
        src = sources.get(m.source_id) if m else None
        reason = (m.anonymity_reason if m else None) or (src.anonymity_reason if src else None)
        rows.append({
            "doc_id": analysis.meta.doc_id,
            "attribution_id": a.id,
            "sentence": a.sentence,
            "parent": a.parent,
            "pattern": a.pattern.value,
            "cue": a.cue.text,
            "cue_start": a.cue.start,
            "cue_end": a.cue.end,
            "source_text": m.span.text if m else None,
            "source_start": m.span.start if m else None,
            "source_end": m.span.end if m else None,
            "source_id": m.source_id if m else None,
            "source_key": src.key if src else None,
            "source_name": src.name if src else None,
            "mention_type": a.source_type.value,
            "source_type": src.type.value if src else a.source_type.value,
            "source_class": (src.source_class if src else a.source_class).value,
            "content": a.content.text if a.content else None,
            "content_start": a.content.start if a.content else None,
            "content_end": a.content.end if a.content else None,
            "n_fragments": len(a.content.fragments) if a.content else 0,
            "content_words": (sum(word_count(fr.text) for fr in a.content.fragments)
                              if a.content else 0),
            "count": m.count if m else None,
            "role": m.role if m else None,
            "affiliation": m.affiliation if m else None,
            "anonymity_reason": reason.text if reason else None,
            "in_noise": a.sentence in noisy or in_noise(analysis, a.cue),
            "rule": a.rule,
            "evidence": a.evidence,
        })
    return rows


def _first(values: Any) -> Any:
    return next((v for v in values if v), None)


def sources_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per resolved source; see :data:`SOURCE_COLUMNS`.

    >>> from claimtrace import analyze
    >>> a = analyze("Jane Doe said the plan would fail. Officials said it had stalled.")
    >>> sources_frame(a)[["name", "source_class", "anonymous"]].values.tolist()
    [['Jane Doe', 'named_person', False], ['Officials', 'anonymous', True]]
    """
    return frame_from_rows(source_rows(analysis), SOURCE_COLUMNS)


def source_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """The rows of :func:`sources_frame` as plain dicts.

    Mentions, ``n_attributions`` and ``n_claims`` leave noise out; ``counted`` says
    whether the source counts in ``n_sources`` (it backs a claim or attribution outside
    noise); ``justified`` says whether an anonymity reason is attached (to the source
    or any of its mentions).

    >>> from claimtrace import analyze
    >>> a = analyze("Officials, who were not authorized to speak publicly, said it had stalled.")
    >>> [(r["source_class"], r["n_claims"], r["justified"]) for r in source_rows(a)]
    [('anonymous', 1, True)]
    """
    facts = claim_facts(analysis)
    claims_of: dict[int, int] = {}
    for f in facts:
        for sid in f.source_ids:
            claims_of[sid] = claims_of.get(sid, 0) + 1
    noisy = {s.index for s in analysis.sentences if s.is_noise}
    atts_of: dict[int, int] = {}
    for a in analysis.attributions:
        if a.source is not None and a.sentence not in noisy:
            atts_of[a.source.source_id] = atts_of.get(a.source.source_id, 0) + 1
    counted = {s.id for s in used_sources(analysis, facts)}
    rows = []
    for s in analysis.sources:
        ms = [m for m in s.mentions if not in_noise(analysis, m.span)]
        reason = s.anonymity_reason or _first(m.anonymity_reason for m in ms)
        rows.append({
            "doc_id": analysis.meta.doc_id,
            "source_id": s.id,
            "key": s.key,
            "name": s.name,
            "source_type": s.type.value,
            "source_class": s.source_class.value,
            "anonymous": s.is_anonymous,
            "n_mentions": len(ms),
            "mentions": _join(m.span.text for m in ms),
            "first_start": min((m.span.start for m in ms), default=None),
            "n_attributions": atts_of.get(s.id, 0),
            "n_claims": claims_of.get(s.id, 0),
            "counted": s.id in counted,
            "count": _first(m.count for m in ms),
            "role": _first(m.role for m in ms),
            "affiliation": _first(m.affiliation for m in ms),
            "anonymity_reason": reason.text if reason else None,
            "justified": reason is not None,
            "evidence": s.evidence,
        })
    return rows
