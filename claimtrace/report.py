"""HTML and Markdown reports: one self-contained file per article or corpus.

The HTML report has its CSS inline and its charts as inline SVG; it references no
remote resource and needs no script.  Every piece of article text goes through
:mod:`claimtrace.display`, which escapes it.  Every figure shows its numerator and
denominator and lists, with anchor links, the claims or mentions it counts.

>>> from claimtrace.model import DocumentMeta
>>> from claimtrace.analysis import Analysis
>>> a = Analysis(text="<i>x</i>", meta=DocumentMeta("d"), sentences=(), noise=(),
...              attributions=(), sources=(), claims=())
>>> r = build_report([a], title="Demo", charts=False)
>>> "&lt;i&gt;x&lt;/i&gt;" in r.html(), r.markdown().splitlines()[0]
(True, '# Demo')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .display import _pct, analysis_html, css, esc

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = ["SUMMARY_LABELS", "Report", "build_report", "corpus_summary_html", "table_html"]

_SVG_ID = re.compile(r'\bid="([^"]+)"')
_SVG_REF = re.compile(r'(url\(#|href="#)([^")]+)')
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^(\d+)([.)])|^([#>+\-=])")
_CORPUS_DENOMINATORS = {"n_attributed_claims": "attributed claims", "n_claims": "claims",
                        "n_anonymous_mentions": "anonymous mentions",
                        "n_content_words": "content words"}
_KEY_COLUMNS = frozenset({"doc_id", "outlet", "month", "title", "published"})
#: Per-article charts (sentence strips) are drawn for corpora up to this many articles.
MAX_STRIPS = 60


@lru_cache(maxsize=1)
def _page_css() -> str:
    return resources.files("claimtrace").joinpath("templates", "report.css").read_text("utf-8")


def _inline_svg(svg: str, n: int) -> str:
    """Prefix the ids of one inline SVG so several charts can share a page."""
    svg = _SVG_ID.sub(lambda m: f'id="ct-svg{n}-{m.group(1)}"', svg)
    return _SVG_REF.sub(lambda m: f"{m.group(1)}ct-svg{n}-{m.group(2)}", svg)


class _Charts:
    """Renders the charts of one page as inline SVG, each with its own id prefix."""

    def __init__(self) -> None:
        self.n = 0

    def svg(self, ax: Any) -> str:
        from .plot import figure_svg

        self.n += 1
        return f'<div class="ct-chart">{_inline_svg(figure_svg(ax.figure), self.n)}</div>'


@dataclass(frozen=True)
class Report:
    """A sourcing report of one or more analyses; render with :meth:`html` or :meth:`markdown`.

    >>> import claimtrace as ct
    >>> r = Report(title="Demo", analyses=(ct.analyze("Officials said it rained."),), charts=False)
    >>> r.markdown().splitlines()[0], "<title>Demo</title>" in r.html()
    ('# Demo', True)
    """

    title: str
    analyses: tuple[Analysis, ...]
    charts: bool = True

    # ------------------------------------------------------------------ HTML

    def html(self) -> str:
        """The whole report as one self-contained HTML page."""
        from . import __version__

        charts = _Charts()  # numbers the inline SVGs of this page
        parts = [
            "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="color-scheme" content="light dark">',
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">",
            f"<title>{esc(self.title)}</title>",
            f"<style>{_page_css()}\n{css()}</style></head>",
            '<body><main class="ct-root ct-report">',
            f"<h1>{esc(self.title)}</h1>",
            f'<p class="ct-meta">{len(self.analyses)} article'
            f'{"s" * (len(self.analyses) != 1)} · claimtrace {esc(__version__)} · '
            "figures exclude noise (repeated headlines, boilerplate); hover a highlight for "
            "the rule and evidence behind it.</p>",
        ]
        if len(self.analyses) > 1:
            parts.append(self._corpus_html(charts))
        for i, a in enumerate(self.analyses):
            parts.append(f'<section class="ct-article" id="ct-article-{i}">')
            parts.append(analysis_html(a, prefix=f"ct-a{i}", include_css=False,
                                       open_sources=True))
            if self.charts and len(self.analyses) > 1 and len(self.analyses) <= MAX_STRIPS:
                from .plot import sourcing_strip

                parts.append(charts.svg(sourcing_strip(a)))
            parts.append("</section>")
        if len(self.analyses) == 1 and self.charts:
            parts.append(self._charts_html(self.analyses[0], charts))
        if not self.analyses:
            parts.append('<p class="ct-muted">No articles.</p>')
        parts.append("</main></body></html>")
        return "\n".join(parts)

    def _charts_html(self, a: Analysis, charts: _Charts) -> str:
        from .plot import source_graph, sourcing_strip

        return ("<h2>Charts</h2>" + charts.svg(sourcing_strip(a))
                + charts.svg(source_graph([a])))

    def _corpus_html(self, charts: _Charts) -> str:
        from .metrics import article_table, corpus_metrics

        table = article_table(self.analyses)
        pooled = corpus_metrics(table, by=())
        parts = ["<h2>Corpus</h2>", self._corpus_figures(pooled.iloc[0])]
        has_outlets = table["outlet"].notna().any()
        if has_outlets:
            outlets = corpus_metrics(table, by="outlet")
            parts += ["<h3>By outlet</h3>",
                      table_html(outlets, columns=_summary_columns("outlet"),
                                 labels=SUMMARY_LABELS)]
        parts += ["<h3>By article</h3>",
                  table_html(table, columns=_summary_columns("doc_id"), labels=SUMMARY_LABELS,
                             links={"doc_id": [f"#ct-article-{i}" for i in range(len(table))]})]
        if self.charts:
            from .plot import anonymous_timeline, justified_anonymity, source_graph, sourcing_mix

            parts.append("<h2>Charts</h2>")
            if has_outlets and table["outlet"].nunique() > 1:
                parts.append(charts.svg(sourcing_mix(table, by="outlet")))
            parts.append(charts.svg(sourcing_mix(table, by="doc_id")))
            if table["month"].notna().any():
                parts.append(charts.svg(anonymous_timeline(
                    table, by="outlet" if has_outlets and table["outlet"].nunique() > 1
                    else None)))
            parts.append(charts.svg(justified_anonymity(
                table, by="outlet" if has_outlets else "doc_id")))
            parts.append(charts.svg(source_graph(self.analyses)))
        parts.append("<h2>Articles</h2>")
        return "\n".join(parts)

    def _corpus_figures(self, pooled: Any) -> str:
        from .metrics import metric_evidence

        items = []
        for i, a in enumerate(self.analyses):
            for cid in metric_evidence(a, "anonymous_share_claims"):
                text = next((c.span.text for c in a.claims if c.id == cid), "")
                items.append(f'<li><a href="#ct-a{i}-c{cid}">{esc(a.doc_id)}, claim {cid}</a> '
                             f'<span class="ct-muted">{esc(_snippet(text))}</span></li>')
        ev = (f'<details><summary>the {len(items)} counted</summary>'
              f'<ol class="ct-evidence">{"".join(items)}</ol></details>') if items else ""

        def box(name: str, label: str, key: str, num: str, den: str, extra: str = "",
                main: bool = False) -> str:
            return (f'<div class="ct-figure ct-{key}{" ct-main" * main}">'
                    f'<div class="ct-label">{esc(label)}</div>'
                    f'<div class="ct-value">{_pct(pooled[name])}</div>'
                    f'<div class="ct-ratio">{int(pooled[num])} of {int(pooled[den])} '
                    f"{esc(_CORPUS_DENOMINATORS.get(den, den))}</div>{extra}</div>")

        return ('<div class="ct-figures">'
                + box("anonymous_share_claims", "anonymous share (all articles)", "anonymous",
                      "n_anonymous_claims", "n_attributed_claims", ev, main=True)
                + box("unattributed_share", "unattributed share", "unattributed",
                      "n_unattributed_claims", "n_claims")
                + box("justified_anonymity_rate", "justified anonymity", "anonymous",
                      "n_justified_anonymous_mentions", "n_anonymous_mentions")
                + "</div>")

    # ------------------------------------------------------------------ Markdown

    def markdown(self) -> str:
        """The report as Markdown (no charts; all article text escaped)."""
        from .metrics import SHARES, article_metrics, article_table, corpus_metrics

        out = [f"# {_md(self.title)}", "",
               f"{len(self.analyses)} article{'s' * (len(self.analyses) != 1)}; "
               "figures exclude noise (repeated headlines, boilerplate).", ""]
        if len(self.analyses) > 1:
            table = article_table(self.analyses)
            pooled = corpus_metrics(table, by=()).iloc[0]
            out += ["## Corpus", "", *_md_shares(pooled, SHARES), ""]
            if table["outlet"].notna().any():
                out += ["### By outlet", "",
                        *_md_table(corpus_metrics(table, by="outlet"), _summary_columns("outlet")),
                        ""]
            out += ["### By article", "", *_md_table(table, _summary_columns("doc_id")), ""]
        for a in self.analyses:
            m = article_metrics(a)
            out += [f"## {_md(a.meta.title or a.doc_id)}", "",
                    _md(" · ".join(x for x in (a.meta.outlet, a.meta.published,
                                              a.doc_id if a.meta.title else None) if x)),
                    "", *_md_shares(m, SHARES[:1] + SHARES[2:3] + SHARES[-1:]), ""]
            out += _md_evidence(a)
            out += _md_sources(a)
        return "\n".join(out).rstrip() + "\n"

    # ------------------------------------------------------------------ files

    def save(self, path: str | Path) -> Path:
        """Write the report; the format follows the suffix (``.html``/``.htm`` or ``.md``)."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            path.write_text(self.html(), encoding="utf-8")
        elif suffix in (".md", ".markdown"):
            path.write_text(self.markdown(), encoding="utf-8")
        else:
            raise ValueError(f"unknown report format {suffix!r}: use .html or .md")
        return path


def build_report(analyses: Iterable[Analysis], *, title: str | None = None,
                 charts: bool = True) -> Report:
    """A :class:`Report` of one article (its figures, text and sources) or of a corpus
    (pooled figures, per-outlet and per-article tables, charts, then every article).

    >>> import claimtrace as ct
    >>> a = ct.analyze("Officials said it rained.", doc_id="d1")
    >>> build_report([a]).title, build_report([a, a]).title
    ('Sourcing report: d1', 'Sourcing report: 2 articles')
    """
    items = tuple(analyses)
    if title is None:
        title = (f"Sourcing report: {items[0].meta.title or items[0].doc_id}" if len(items) == 1
                 else f"Sourcing report: {len(items)} articles")
    return Report(title=title, analyses=items, charts=charts)


# --------------------------------------------------------------------------- HTML helpers


def _snippet(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def table_html(frame: Any, *, columns: Sequence[str] | None = None,
               labels: dict[str, str] | None = None,
               links: dict[str, Sequence[str]] | None = None) -> str:
    """An escaped HTML table of a DataFrame (shares shown as percentages).

    ``links`` maps a column to one href per row: its cells become links.

    >>> import pandas as pd
    >>> html = table_html(pd.DataFrame({"outlet": ["<b>Daily</b>"], "named_share": [0.5]}))
    >>> "<td>&lt;b&gt;Daily&lt;/b&gt;</td>" in html, '<td class="ct-num">50%</td>' in html
    (True, True)
    """
    from .metrics import SHARES

    shares = {s.name for s in SHARES}
    cols = list(columns or frame.columns)
    labels = labels or {}
    head = "".join(f"<th>{esc(labels.get(c, c))}</th>" for c in cols)
    links = links or {}
    body = []
    for i, (_, row) in enumerate(frame[cols].iterrows()):
        cells = []
        for c in cols:
            v = row[c]
            if c in links:
                cells.append(f'<td><a href="{esc(links[c][i])}">{esc(v)}</a></td>')
            elif c in shares:
                cells.append(f'<td class="ct-num">{_pct(v)}</td>')
            elif c in _KEY_COLUMNS:  # a group key: a missing outlet/month is a group too
                cells.append(f"<td>{esc('(none)' if v is None or v != v else v)}</td>")
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<td class="ct-num">{esc("–" if v != v else v)}</td>')
            else:
                cells.append(f"<td>{esc('–' if v is None or v != v else v)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (f'<div class="ct-table-wrap"><table class="ct-table"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def corpus_summary_html(analyses: Iterable[Analysis], *, by: str = "outlet", chart: bool = True,
                include_css: bool = True) -> str:
    """Corpus summary: pooled metrics per ``by`` group, and the sourcing-mix chart as SVG.

    >>> import claimtrace as ct
    >>> docs = [ct.analyze("Officials said it rained.", doc_id=d, outlet="Daily") for d in "ab"]
    >>> html = corpus_summary_html(docs)
    >>> "<h3>2 articles by outlet</h3>" in html, "<td>Daily</td>" in html, html.count("<svg")
    (True, True, 1)
    """
    from .metrics import corpus_metrics

    items = list(analyses)
    table = corpus_metrics(items, by=by)
    parts = [f"<style>{css()}</style>" if include_css else "", '<div class="ct-root">',
             f"<h3>{len(items)} articles by {esc(by)}</h3>",
             table_html(table, columns=_summary_columns(by), labels=SUMMARY_LABELS)]
    if chart and items:
        from .plot import figure_svg, sourcing_mix

        parts.append(f'<div class="ct-chart">{figure_svg(sourcing_mix(items, by=by).figure)}'
                     "</div>")
    parts.append("</div>")
    return "".join(parts)


#: Column headings used by the summary tables.
SUMMARY_LABELS = {
    "doc_id": "article", "outlet": "outlet", "month": "month", "n_articles": "articles",
    "n_claims": "claims", "n_attributed_claims": "attributed",
    "n_anonymous_claims": "anonymous-only", "anonymous_share_claims": "anonymous share",
    "anonymous_share_words": "anonymous share (words)",
    "unattributed_share": "unattributed share", "named_share": "named share",
    "n_anonymous_mentions": "anonymous mentions",
    "n_justified_anonymous_mentions": "with reason",
    "justified_anonymity_rate": "justified anonymity",
}


def _summary_columns(by: str) -> list[str]:
    cols = [by] + (["n_articles"] if by != "doc_id" else [])
    return cols + ["n_claims", "n_attributed_claims", "n_anonymous_claims",
                   "anonymous_share_claims", "anonymous_share_words", "unattributed_share",
                   "n_anonymous_mentions", "n_justified_anonymous_mentions",
                   "justified_anonymity_rate"]


# --------------------------------------------------------------------------- Markdown helpers


def _md(text: Any) -> str:
    """Escape for Markdown: HTML entities first, then Markdown punctuation; one line."""
    flat = " ".join(str("" if text is None else text).split())
    out = _MD_SPECIAL.sub(r"\\\1", esc(flat))
    return _MD_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1)
                              else f"\\{m.group(3)}", out, count=1)


def _md_pct(v: Any) -> str:
    from .display import _pct

    return _pct(None if v is None or v != v else float(v))


def _md_shares(m: Any, shares: Sequence[Any]) -> list[str]:
    return [f"- **{s.name.replace('_', ' ')}**: {_md_pct(m[s.name])} "
            f"({int(m[s.numerator])} of {int(m[s.denominator])} "
            f"{_md(_CORPUS_DENOMINATORS.get(s.denominator, s.denominator))}): "
            f"{_md(s.description)}" for s in shares]


def _md_table(frame: Any, cols: list[str]) -> list[str]:
    from .metrics import SHARES

    shares = {s.name for s in SHARES}
    lines = ["| " + " | ".join(_md(SUMMARY_LABELS.get(c, c)) for c in cols) + " |",
             "|" + "|".join("---:" if c not in ("doc_id", "outlet") else "---"
                            for c in cols) + "|"]
    for _, row in frame.iterrows():
        cells = [_md_pct(row[c]) if c in shares else _md(_cell(row[c], c)) for c in cols]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _cell(v: Any, column: str) -> Any:
    if v is None or v != v:
        return "(none)" if column in _KEY_COLUMNS else "–"
    return v


def _md_evidence(a: Analysis) -> list[str]:
    from .metrics import metric_evidence

    ids = metric_evidence(a, "anonymous_share_claims")
    claims = {c.id: c for c in a.claims}
    if not ids:
        return []
    return ["Claims resting only on anonymous sources:", "",
            *[f"{n}. claim {cid} (sentence {claims[cid].sentence}): {_md(claims[cid].span.text)}"
              for n, cid in enumerate(ids, 1)], ""]


def _md_sources(a: Analysis) -> list[str]:
    from .display import _carried

    carried = _carried(a)
    if not a.sources:
        return ["No sources found.", ""]
    lines = ["| source | type | mentions | anonymity reason | claims carried |",
             "|---|---|---:|---|---|"]
    for s in sorted(a.sources, key=lambda s: (-len(carried.get(s.id, [])), s.id)):
        reason = s.anonymity_reason or next(
            (m.anonymity_reason for m in s.mentions if m.anonymity_reason), None)
        lines.append(f"| {_md(s.name)} | {s.type.value.replace('_', ' ')} | {len(s.mentions)} | "
                     f"{_md(reason.text) if reason else ('none' if s.is_anonymous else '–')} | "
                     f"{', '.join(str(c) for c in carried.get(s.id, [])) or '–'} |")
    return [*lines, ""]


# --------------------------------------------------------------------------- inputs
