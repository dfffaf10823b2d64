"""HTML views of analyses: the one place that escapes and highlights article text.

The Jupyter view (``Analysis._repr_html_``) and the HTML report both use these
functions.  Every piece of article text, metadata, rule name and evidence string
is escaped with :func:`html.escape` (text and attributes); nothing here emits a
script.  Highlights are translucent tints and underlines coloured by source
class from :data:`PALETTE` (the Okabe-Ito colour-blind-safe palette, shared
with :mod:`claimtrace.plot`), so they read on light and dark backgrounds.

Spans may nest or overlap (a cue inside a claim, a source inside a claim, a
claim straddling a noise region); :func:`highlight_html` builds the marks and
:func:`~claimtrace.highlight.render_marks` sweeps the sorted span boundaries and
re-opens tags where needed, so the output is always well nested.  :func:`esc` and
:func:`render_marks` live in :mod:`claimtrace.highlight` and are importable from here.

>>> from claimtrace.model import DocumentMeta
>>> from claimtrace.analysis import Analysis
>>> a = Analysis(text="<b>hi</b>", meta=DocumentMeta("d"), sentences=(), noise=(),
...              attributions=(), sources=(), claims=())
>>> "&lt;b&gt;hi&lt;/b&gt;" in analysis_html(a)
True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .highlight import _Mark, esc, render_marks
from .model import Source, SourceClass

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = [
    "CLASS_LABELS",
    "PALETTE",
    "analysis_html",
    "claim_class",
    "corpus_html",
    "css",
    "esc",
    "figures_html",
    "highlight_html",
    "legend_html",
    "source_html",
    "sources_table_html",
]

#: Colour of each claim/source class (Okabe-Ito palette; safe for colour-blind readers).
#: Keys are :class:`SourceClass` values plus ``"mixed"`` and ``"unattributed"``.
PALETTE: dict[str, str] = {
    "named_person": "#0072B2",  # blue
    "named_org": "#56B4E9",  # sky blue
    "media": "#CC79A7",  # reddish purple
    "document": "#009E73",  # bluish green
    "anonymous": "#D55E00",  # vermillion
    "unknown": "#7F7F7F",  # grey
    "mixed": "#E69F00",  # orange
    "unattributed": "#BBBBBB",  # light grey
}

#: Human labels of the :data:`PALETTE` keys, in legend order.
CLASS_LABELS: dict[str, str] = {
    "named_person": "named person",
    "named_org": "named organisation",
    "media": "media",
    "document": "document",
    "anonymous": "anonymous",
    "unknown": "unknown",
    "mixed": "mixed sources",
    "unattributed": "unattributed (outlet's voice)",
}

_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


def claim_class(key: str | SourceClass | None) -> str:
    """The :data:`PALETTE` key of a claim class (``"none"`` from the metrics is unattributed).

    >>> claim_class("none"), claim_class(SourceClass.MEDIA)
    ('unattributed', 'media')
    """
    if key is None:
        return "unattributed"
    value = key.value if isinstance(key, SourceClass) else str(key)
    if value in ("none", ""):
        return "unattributed"
    return value if value in PALETTE else "unknown"


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


@lru_cache(maxsize=1)
def css() -> str:
    """The stylesheet (static template plus palette rules), scoped under ``.ct-root``.

    >>> sheet = css()
    >>> sheet.count(".ct-root .ct-src.ct-"), len(PALETTE)
    (8, 8)
    """
    base = resources.files("claimtrace").joinpath("templates", "claimtrace.css")
    rules = [base.read_text(encoding="utf-8")]
    for key, colour in PALETTE.items():
        rules.append(
            f".ct-root .ct-src.ct-{key} {{ background: {_rgba(colour, .28)}; "
            f"box-shadow: inset 0 -2px 0 {colour}; }}\n"
            f".ct-root .ct-claim.ct-{key} {{ text-decoration-color: {colour}; }}\n"
            f".ct-root .ct-content.ct-{key} {{ background: {_rgba(colour, .10)}; }}\n"
            f".ct-root .ct-chip.ct-{key} {{ background: {colour}; }}\n"
            f".ct-root .ct-figure.ct-{key} {{ border-color: {colour}; }}"
        )
    rules.append(f".ct-root .ct-reason {{ border-bottom-color: {PALETTE['anonymous']}; }}")
    return "\n".join(rules)


def anchor_prefix(doc_id: str) -> str:
    """A page-safe id prefix for one article's anchors.

    >>> anchor_prefix("a/1 b")
    'ct-a-1-b-527124'
    """
    digest = hashlib.sha1(doc_id.encode("utf-8", "replace")).hexdigest()[:6]
    return f"ct-{_SLUG.sub('-', doc_id)[:40].strip('-')}-{digest}"


# --------------------------------------------------------------------------- highlighting


def _marks(analysis: Analysis, prefix: str) -> list[_Mark]:
    from .metrics import claim_facts

    marks: list[_Mark] = []
    for n in analysis.noise:
        marks.append(_Mark(n.span.start, n.span.end, 0, "ct-noise",
                           f"noise: {n.kind.value}\n{n.evidence}".strip()))
    for s in analysis.sentences:
        marks.append(_Mark(s.start, s.end, 1, "ct-sent", "", f"{prefix}-s{s.index}"))
    facts = {f.claim.id: f for f in claim_facts(analysis)}
    atts = {a.id: a for a in analysis.attributions}
    for c in analysis.claims:
        f = facts.get(c.id)
        key = claim_class(f.source_class if f else ("none" if not c.attributed else "unknown"))
        title = [f"claim {c.id} ({CLASS_LABELS[key]})"]
        for aid in c.attribution_ids:
            if aid in atts:
                a = atts[aid]
                who = a.source.span.text if a.source else "no source"
                title.append(f"{who} / {a.cue.text} [{a.pattern.value}; rule {a.rule}]")
        if f is None:
            title.append("in noise: not counted")
        marks.append(_Mark(c.span.start, c.span.end, 2, f"ct-claim ct-{key}", "\n".join(title),
                           f"{prefix}-c{c.id}"))
    for a in analysis.attributions:
        key = claim_class(a.source_class)
        src = analysis.source_of(a)
        who = f"{src.name} ({a.source_type.value})" if src else "no source"
        if a.content is not None:
            for frag in a.content.fragments:
                marks.append(_Mark(frag.start, frag.end, 3, f"ct-content ct-{key}",
                                   f"content of attribution {a.id}: {who}"))
        marks.append(_Mark(a.cue.start, a.cue.end, 6, "ct-cue",
                           f"cue ({a.pattern.value}) of attribution {a.id}: {who}\n"
                           f"rule {a.rule}: {a.evidence}".strip()))
    for src in analysis.sources:
        key = claim_class(src.source_class)
        for m in src.mentions:
            tip = [f"{src.name}: {m.type.value} ({CLASS_LABELS[key]})"]
            tip += [f"{k}: {v}" for k, v in (("count", m.count), ("role", m.role),
                                              ("affiliation", m.affiliation)) if v]
            reason = m.anonymity_reason or src.anonymity_reason
            if src.is_anonymous:
                tip.append(f"anonymity reason: {reason.text}" if reason else
                           "no anonymity reason given")
            if m.evidence or src.evidence:
                tip.append(f"evidence: {m.evidence or src.evidence}")
            marks.append(_Mark(m.span.start, m.span.end, 5, f"ct-src ct-{key}", "\n".join(tip)))
            if m.anonymity_reason is not None:
                r = m.anonymity_reason
                marks.append(_Mark(r.start, r.end, 4, "ct-reason",
                                   f"anonymity reason for {src.name}"))
    return [m for m in marks if 0 <= m.start < m.end <= len(analysis.text)]


def highlight_html(analysis: Analysis, *, prefix: str | None = None) -> str:
    """The article text, escaped, with sources, cues, claims, contents and noise marked.

    >>> import claimtrace as ct
    >>> html = highlight_html(ct.analyze("Officials said <b>it</b> was over."))
    >>> html.count('class="ct-src'), html.count('class="ct-cue"'), "&lt;b&gt;it&lt;/b&gt;" in html
    (1, 1, True)
    """
    prefix = prefix or anchor_prefix(analysis.doc_id)
    body = render_marks(analysis.text, _marks(analysis, prefix))
    return f'<div class="ct-text">{body}</div>'


def legend_html() -> str:
    """Colour chips for every class, plus the cue, reason and noise styles.

    >>> html = legend_html()
    >>> html.count('class="ct-chip'), "unattributed (outlet&#x27;s voice)" in html
    (8, True)
    """
    chips = [f'<span><span class="ct-chip ct-{k}"></span>{esc(v)}</span>'
             for k, v in CLASS_LABELS.items()]
    chips += ['<span><span class="ct-cue">cue</span></span>',
              '<span><span class="ct-reason">anonymity reason</span></span>',
              '<span><span class="ct-claim ct-unknown">claim</span></span>',
              '<span><span class="ct-noise">noise</span></span>']
    return f'<div class="ct-legend">{"".join(chips)}</div>'


# --------------------------------------------------------------------------- figures


def _pct(value: float | None) -> str:
    return "–" if value is None or value != value else f"{100 * value:.0f}%"


def claim_link(claim: Any, prefix: str, *, words: int = 12) -> str:
    """``<a href="#...">`` to a claim, followed by its first words.

    >>> import claimtrace as ct
    >>> claim_link(ct.analyze("Officials said a deal was close.").claims[0], "p", words=2)
    '<a href="#p-c0">claim 0</a> <span class="ct-muted">Officials said…</span>'
    """
    parts = claim.span.text.split()
    snippet = " ".join(parts[:words]) + ("…" if len(parts) > words else "")
    return (f'<a href="#{esc(prefix)}-c{int(claim.id)}">claim {int(claim.id)}</a>'
            f' <span class="ct-muted">{esc(snippet)}</span>')


def _evidence_list(analysis: Analysis, name: str, unit: str, prefix: str) -> str:
    from .metrics import metric_evidence

    items = metric_evidence(analysis, name)
    if not items:
        return ""
    if unit == "claim":
        by_id = {c.id: c for c in analysis.claims}
        lis = [claim_link(by_id[cid], prefix) for cid in items if cid in by_id]
    else:  # mention spans
        import bisect

        starts = [s.start for s in analysis.sentences]
        lis = []
        for sp in items:
            k = bisect.bisect_right(starts, sp.start) - 1
            idx = analysis.sentences[k].index if k >= 0 and \
                sp.start < analysis.sentences[k].end else None
            where = (f'<a href="#{esc(prefix)}-s{idx}">sentence {idx}</a>: '
                     if idx is not None else "")
            lis.append(f"{where}{esc(sp.text)}")
    body = "".join(f"<li>{li}</li>" for li in lis)
    return (f'<details><summary>the {len(items)} counted</summary>'
            f'<ol class="ct-evidence">{body}</ol></details>')


#: Short names of the denominators shown under the figures.
_DENOMINATORS = {
    "n_attributed_claims": "attributed claims",
    "n_claims": "claims",
    "n_anonymous_mentions": "anonymous mentions",
    "n_content_words": "content words",
}

_FIGURES = (
    # (share, label, css key, unit of the numerator's evidence)
    ("anonymous_share_claims", "anonymous share", "anonymous", "claim"),
    ("unattributed_share", "unattributed share", "unattributed", "claim"),
    ("named_share", "named share", "named_person", "claim"),
    ("justified_anonymity_rate", "justified anonymity", "anonymous", "mention"),
    ("anonymous_share_words", "anonymous share (words)", "anonymous", None),
)


def figures_html(analysis: Analysis, *, prefix: str | None = None) -> str:
    """Headline figures, each with numerator/denominator and the items it counts.

    >>> import claimtrace as ct
    >>> a = ct.analyze("Pompeo said the talks had stalled. Officials said a deal was close.")
    >>> html = figures_html(a)
    >>> html.count('<div class="ct-value">50%</div>'), "1 of 2 attributed claims" in html
    (3, True)
    """
    from .metrics import COUNTS, SHARES, article_metrics

    prefix = prefix or anchor_prefix(analysis.doc_id)
    m = article_metrics(analysis)
    shares = {s.name: s for s in SHARES}
    boxes = []
    for i, (name, label, key, unit) in enumerate(_FIGURES):
        s = shares[name]
        num, den = m[s.numerator], m[s.denominator]
        den_label = _DENOMINATORS.get(s.denominator, COUNTS[s.denominator][1])
        evidence = _evidence_list(analysis, name, unit, prefix) if unit else ""
        main = " ct-main" if i == 0 else ""
        boxes.append(
            f'<div class="ct-figure ct-{key}{main}" title="{esc(s.description)}">'
            f'<div class="ct-label">{esc(label)}</div>'
            f'<div class="ct-value">{_pct(m[name])}</div>'
            f'<div class="ct-ratio">{num} of {den} {esc(den_label)}</div>{evidence}</div>')
    counts = (f'<div class="ct-meta">{m["n_claims"]} claims, {m["n_attributions"]} '
              f'attributions, {m["n_sources"]} sources, {m["n_sentences"]} sentences '
              f'(noise excluded)</div>')
    return f'<div class="ct-figures">{"".join(boxes)}</div>{counts}'


# --------------------------------------------------------------------------- sources


def _carried(analysis: Analysis) -> dict[int, list[int]]:
    from .metrics import claim_facts

    out: dict[int, list[int]] = {}
    for f in claim_facts(analysis):
        for sid in f.source_ids:
            out.setdefault(sid, []).append(f.claim.id)
    return out


def source_html(source: Source, *, analysis: Analysis | None = None,
                prefix: str | None = None) -> str:
    """A card for one resolved source: type, mentions, anonymity reason and claims carried.

    >>> import claimtrace as ct
    >>> a = ct.analyze("Officials said a deal was close.")
    >>> html = source_html(a.sources[0], analysis=a, prefix="p")
    >>> "anonymity reason: <em>none given</em>" in html, '<a href="#p-c0">claim 0</a>' in html
    (True, True)
    """
    key = claim_class(source.source_class)
    mentions = ", ".join(f"“{esc(m.span.text)}”" for m in source.mentions) or "–"
    reason = source.anonymity_reason or next(
        (m.anonymity_reason for m in source.mentions if m.anonymity_reason), None)
    rows = [f'<div><span class="ct-chip ct-{key}"></span><strong>{esc(source.name)}</strong> '
            f'<span class="ct-muted">{esc(source.type.value)} · {esc(CLASS_LABELS[key])}</span>'
            f"</div>", f"<div>mentions: {mentions}</div>"]
    if source.is_anonymous:
        rows.append(f"<div>anonymity reason: {esc(reason.text) if reason else '<em>none given</em>'}"
                    "</div>")
    if source.evidence:
        rows.append(f'<div class="ct-muted">evidence: {esc(source.evidence)}</div>')
    if analysis is not None:
        prefix = prefix or anchor_prefix(analysis.doc_id)
        carried = _carried(analysis).get(source.id, [])
        links = ", ".join(f'<a href="#{esc(prefix)}-c{c}">claim {c}</a>' for c in carried)
        rows.append(f"<div>claims carried ({len(carried)}): {links or '–'}</div>")
    return f'<div class="ct-root"><div class="ct-card">{"".join(rows)}</div></div>'


def sources_table_html(analysis: Analysis, *, prefix: str | None = None) -> str:
    """A table of the article's sources and the claims each one carries.

    >>> import claimtrace as ct
    >>> a = ct.analyze("Pompeo said the talks had stalled. Officials said a deal was close.")
    >>> sources_table_html(a, prefix="p").count('<tr id="p-src')
    2
    """
    prefix = prefix or anchor_prefix(analysis.doc_id)
    carried = _carried(analysis)
    claims = {c.id: c for c in analysis.claims}
    rows = []
    for src in sorted(analysis.sources, key=lambda s: (-len(carried.get(s.id, [])), s.id)):
        key = claim_class(src.source_class)
        reason = src.anonymity_reason or next(
            (m.anonymity_reason for m in src.mentions if m.anonymity_reason), None)
        items = "".join(
            f'<li><a href="#{esc(prefix)}-c{cid}">claim {cid}</a>: '
            f'{esc(_shorten(claims[cid].span.text, 140))}</li>'
            for cid in carried.get(src.id, []) if cid in claims)
        rows.append(
            f'<tr id="{esc(prefix)}-src{src.id}"><td><span class="ct-chip ct-{key}"></span>'
            f'{esc(src.name)}</td><td>{esc(src.type.value)}</td>'
            f'<td class="ct-num">{len(src.mentions)}</td>'
            f'<td>{esc(reason.text) if reason else ("–" if not src.is_anonymous else "<em>none</em>")}'
            f'</td><td class="ct-num">{len(carried.get(src.id, []))}</td>'
            f'<td><ol class="ct-evidence">{items}</ol></td></tr>')
    if not rows:
        return '<p class="ct-muted">No sources found.</p>'
    head = ("<tr><th>source</th><th>type</th><th>mentions</th><th>anonymity reason</th>"
            "<th>claims</th><th>the claims it carries</th></tr>")
    return (f'<div class="ct-table-wrap"><table class="ct-table"><thead>{head}</thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- public views


def analysis_html(analysis: Analysis, *, prefix: str | None = None, include_css: bool = True,
                  sources: bool = True, open_sources: bool = False) -> str:
    """One article: headline figures, legend, highlighted text, then its sources.

    This is ``Analysis._repr_html_``; the report embeds the same fragment.

    >>> import claimtrace as ct
    >>> html = analysis_html(ct.analyze("Officials said <script>alert(1)</script> was close."))
    >>> "<script>" in html, "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    (False, True)
    """
    prefix = prefix or anchor_prefix(analysis.doc_id)
    meta = analysis.meta
    title = meta.title or meta.doc_id
    sub = " · ".join(esc(x) for x in (meta.outlet, meta.published,
                                      meta.doc_id if meta.title else None) if x)
    parts = [f"<style>{css()}</style>" if include_css else "",
             f'<div class="ct-root" id="{esc(prefix)}">',
             f"<h3>{esc(title)}</h3>", f'<div class="ct-meta">{sub}</div>',
             figures_html(analysis, prefix=prefix), legend_html(),
             highlight_html(analysis, prefix=prefix)]
    if sources:
        parts.append(f"<details{' open' * open_sources}><summary>{len(analysis.sources)} sources and the claims they "
                     f"carry</summary>{sources_table_html(analysis, prefix=prefix)}</details>")
    if analysis.diagnostics:
        items = "".join(f"<li>{esc(d.level)}: {esc(d.code)}: {esc(d.message)}</li>"
                        for d in analysis.diagnostics)
        parts.append(f'<ul class="ct-diag">{items}</ul>')
    parts.append("</div>")
    return "".join(parts)


def corpus_html(analyses: Iterable[Analysis], *, by: str = "outlet", chart: bool = True,
                include_css: bool = True) -> str:
    """Corpus summary: pooled metrics per ``by`` group, and the sourcing-mix chart as SVG.

    >>> import claimtrace as ct
    >>> html = corpus_html([ct.analyze("Officials said it rained.", outlet="Daily")], chart=False)
    >>> "<td>Daily</td>" in html, '<td class="ct-num">100%</td>' in html
    (True, True)
    """
    from .report import corpus_summary_html

    return corpus_summary_html(analyses, by=by, chart=chart, include_css=include_css)
