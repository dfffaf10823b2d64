"""Jupyter views: Analysis, Source and CorpusResult render escaped HTML with the shared classes."""

from __future__ import annotations

import claimtrace as ct

HOSTILE = ('Officials said the <script>alert("x")</script> plan <img src=x onerror=alert(1)> '
           'was ready. "We agree," said Mayor Ann <b>Cole</b>.')
RECORDS = [
    {"doc_id": "h1", "text": HOSTILE, "outlet": "The <i>Daily</i>", "published": "2024-01-02"},
    {"doc_id": "h2", "text": "Sources said the deal was off. The mayor said nothing.",
     "outlet": "Ledger", "published": "2024-02-03"},
]


def _assert_escaped(html: str) -> None:
    assert "<script>" not in html and "<img" not in html and "<b>Cole" not in html


def test_analysis_repr_html_is_escaped_and_classed() -> None:
    html = ct.analyze(HOSTILE)._repr_html_()
    _assert_escaped(html)
    assert "&lt;script&gt;" in html
    assert 'class="ct-src ct-anonymous"' in html or "ct-src ct-anonymous" in html
    assert "ct-cue" in html and "ct-claim" in html


def test_source_repr_html_is_a_card() -> None:
    a = ct.analyze(HOSTILE)
    html = a.sources[0]._repr_html_()
    assert html.startswith("<style>") and "ct-card" in html
    _assert_escaped(html)


def test_corpus_result_repr_html_in_memory_and_on_disk(tmp_path) -> None:
    res = ct.analyze_corpus(RECORDS, engine="serial")
    html = res._repr_html_()
    _assert_escaped(html)
    assert "&lt;i&gt;Daily" in html  # the outlet name is escaped too
    on_disk = ct.analyze_corpus(RECORDS, engine="serial", out_dir=tmp_path / "out",
                                output_format="jsonl", keep_analyses=False)
    html = ct.CorpusResult.open(on_disk.out_dir)._repr_html_()
    _assert_escaped(html)
    assert "Ledger" in html and "2 documents" in html
