"""Sourcing metrics over many articles: one row per article, and pooled rows per group.

:func:`article_table` puts the :func:`~claimtrace.metrics.article_metrics` of each article in
a pandas frame (with its doc_id, outlet, published date, month and title);
:func:`corpus_metrics` sums the counts per outlet, month or any other column and recomputes
every share from the summed numerator and denominator.  A share whose denominator is zero
is ``NaN`` here.  pandas and :mod:`claimtrace.metrics` are imported inside the functions
(:mod:`claimtrace.metrics` re-exports this module's public names).

>>> from claimtrace.model import DocumentMeta
>>> from claimtrace.analysis import Analysis
>>> docs = [Analysis(text="", meta=DocumentMeta(d, outlet="Daily", published="2020-01-05"),
...                  sentences=(), noise=(), attributions=(), sources=(), claims=())
...         for d in ("a", "b")]
>>> article_table(docs)[["doc_id", "month", "n_claims"]].values.tolist()
[['a', '2020-01', 0], ['b', '2020-01', 0]]
>>> corpus_metrics(docs, by="outlet")[["outlet", "n_articles", "n_claims"]].values.tolist()
[['Daily', 2, 0]]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .analysis import Analysis

__all__ = ["article_table", "corpus_metrics", "month_of"]


def month_of(published: str | None) -> str | None:
    """``"YYYY-MM"`` from an ISO-like date string, else ``None``.

    >>> month_of("2020-01-15T10:00:00Z"), month_of("15 Jan 2020"), month_of(None)
    ('2020-01', '2020-01', None)
    """
    if not published:
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})", published)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    import pandas as pd

    ts = pd.to_datetime(published, errors="coerce", utc=True)
    return None if ts is pd.NaT or ts is None or str(ts) == "NaT" else ts.strftime("%Y-%m")


def _article_row(analysis: Analysis) -> dict[str, Any]:
    from .metrics import article_metrics

    meta = analysis.meta
    row: dict[str, Any] = {
        "doc_id": meta.doc_id,
        "outlet": meta.outlet,
        "published": meta.published,
        "month": month_of(meta.published),
        "title": meta.title,
    }
    row.update(article_metrics(analysis))
    return row


def _float_shares(df: pd.DataFrame) -> pd.DataFrame:
    from .metrics import SHARES

    for share in SHARES:
        df[share.name] = df[share.name].astype("float64")
    return df


def article_table(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """One row per article: doc_id, outlet, published, month, title, then every metric.

    Shares with a zero denominator are ``NaN``.  Streams: only the rows are kept.

    >>> import claimtrace as ct
    >>> docs = [ct.analyze("Officials said it rained.", doc_id="a", published="2020-01-05"),
    ...         ct.analyze("Pompeo said it rained.", doc_id="b")]
    >>> article_table(docs)[["doc_id", "month", "anonymous_share_claims"]].values.tolist()
    [['a', '2020-01', 1.0], ['b', nan, 0.0]]
    """
    import pandas as pd

    from .metrics import _SHARE, article_metrics

    rows = [_article_row(a) for a in analyses]
    if not rows:
        cols = ["doc_id", "outlet", "published", "month", "title",
                *article_metrics(_empty_analysis()).keys()]
        return pd.DataFrame({c: pd.Series([], dtype="float64" if c in _SHARE else "object")
                             for c in cols})
    return _float_shares(pd.DataFrame(rows))


def corpus_metrics(analyses: Iterable[Analysis] | pd.DataFrame,
                   by: Sequence[str] | str = ("outlet",)) -> pd.DataFrame:
    """Metrics per group of articles: one row per group, pooled counts and shares.

    ``by`` names columns of :func:`article_table` (``"outlet"``, ``"month"``, ...);
    ``()`` gives one row for the whole corpus.  Counts are summed over the group's
    articles and every share is recomputed from the summed numerator and
    denominator (a pooled share, not a mean of article shares).  Articles with no
    outlet or date fall in a group whose key is missing (NaN/None).  ``analyses``
    may also be a frame already produced by :func:`article_table`.

    >>> import claimtrace as ct
    >>> docs = [ct.analyze("Officials said it rained.", doc_id="a", outlet="Daily"),
    ...         ct.analyze("Pompeo said it rained.", doc_id="b", outlet="Daily")]
    >>> cols = ["outlet", "n_articles", "n_anonymous_claims", "anonymous_share_claims"]
    >>> corpus_metrics(docs, by="outlet")[cols].values.tolist()
    [['Daily', 2, 1, 0.5]]
    """
    import pandas as pd

    from .metrics import _SHARE, COUNTS, SHARES

    keys = [by] if isinstance(by, str) else list(by)
    table = analyses if isinstance(analyses, pd.DataFrame) else article_table(analyses)
    count_cols = [c for c in table.columns
                  if c in COUNTS or c.startswith(("sources_class_", "sources_type_",
                                                  "claims_class_"))]
    if table.empty:
        out = pd.DataFrame(columns=[*keys, "n_articles", *count_cols, *_SHARE])
        return _float_shares(out)
    counts = table[count_cols].astype("int64")
    if keys:
        grouped = pd.concat([table[keys], counts], axis=1).groupby(keys, dropna=False, sort=True)
        out = grouped[count_cols].sum()
        out.insert(0, "n_articles", grouped.size())
        out = out.reset_index()
    else:
        out = counts.sum().to_frame().T
        out.insert(0, "n_articles", len(table))
    for share in SHARES:
        den = out[share.denominator].astype("float64")
        out[share.name] = out[share.numerator].astype("float64") / den.where(den != 0)
    return out


def _empty_analysis() -> Analysis:
    from .analysis import Analysis
    from .model import DocumentMeta

    return Analysis(text="", meta=DocumentMeta("empty"), sentences=(), noise=(),
                    attributions=(), sources=(), claims=())
