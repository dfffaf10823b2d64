"""Charts: every one renders under Agg to PNG and SVG, into a new or a given Axes."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from claimtrace import plot  # noqa: E402
from claimtrace.display import PALETTE  # noqa: E402
from claimtrace.graph import build_graph  # noqa: E402
from claimtrace.metrics import article_table  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n"


def _charts(analyses):
    one = analyses[0]
    return {
        "mix": lambda ax=None: plot.sourcing_mix(analyses, ax=ax),
        "mix_outlet": lambda ax=None: plot.sourcing_mix(analyses, by="outlet", ax=ax,
                                                        share=False),
        "timeline": lambda ax=None: plot.anonymous_timeline(analyses, ax=ax),
        "timeline_outlet": lambda ax=None: plot.anonymous_timeline(analyses, by="outlet", ax=ax),
        "strip": lambda ax=None: plot.sourcing_strip(one, ax=ax),
        "graph": lambda ax=None: plot.source_graph(analyses, ax=ax),
        "justified": lambda ax=None: plot.justified_anonymity(analyses, ax=ax),
        "justified_article": lambda ax=None: plot.justified_anonymity(analyses, by="doc_id",
                                                                      ax=ax),
    }


@pytest.mark.parametrize("name", list(_charts([None])))
def test_chart_renders_png_and_svg(tmp_path, name, hand_analysis, hand_analysis_b):
    ax = _charts([hand_analysis, hand_analysis_b])[name]()
    assert ax.figure is not None and ax.get_title()
    png = plot.save_axes(ax, tmp_path / f"{name}.png")
    assert png.read_bytes()[:8] == PNG
    svg = plot.save_axes(ax, tmp_path / f"{name}.svg").read_text(encoding="utf-8")
    assert "<svg" in svg


@pytest.mark.parametrize("name", list(_charts([None])))
def test_chart_draws_into_a_given_axes(name, hand_analysis, hand_analysis_b):
    fig = Figure(figsize=(12, 8))
    ax = fig.add_subplot(2, 1, 2)
    assert _charts([hand_analysis, hand_analysis_b])[name](ax=ax) is ax


@pytest.mark.parametrize("name", list(_charts([None])))
def test_chart_of_an_empty_article_says_so(tmp_path, name, empty_analysis):
    ax = _charts([empty_analysis])[name]()
    assert plot.save_axes(ax, tmp_path / "e.png").read_bytes()[:8] == PNG


def test_charts_use_the_shared_palette(hand_analysis, hand_analysis_b):
    from matplotlib.colors import to_hex

    ax = plot.sourcing_mix([hand_analysis, hand_analysis_b])
    used = {to_hex(p.get_facecolor()) for p in ax.patches}
    assert PALETTE["anonymous"].lower() in used and PALETTE["named_person"].lower() in used
    ax = plot.sourcing_strip(hand_analysis)
    used = {to_hex(p.get_facecolor()) for p in ax.patches}
    assert PALETTE["anonymous"].lower() in used and PALETTE["unattributed"].lower() in used


def test_mix_bars_sum_to_one_and_follow_the_metrics(hand_analysis):
    ax = plot.sourcing_mix([hand_analysis])
    total = sum(p.get_width() for p in ax.patches)
    assert total == pytest.approx(1.0)
    row = article_table([hand_analysis]).iloc[0]
    anon = [p for p in ax.patches if p.get_label() == "anonymous"
            or p.get_facecolor() and _hex(p) == PALETTE["anonymous"].lower()]
    assert sum(p.get_width() for p in anon) == pytest.approx(
        row["claims_class_anonymous"] / row["n_claims"])


def _hex(patch):
    from matplotlib.colors import to_hex

    return to_hex(patch.get_facecolor())


def test_graph_chart_accepts_a_graph_and_labels_sources(hand_analysis, hand_analysis_b):
    G = build_graph([hand_analysis, hand_analysis_b])
    ax = plot.source_graph(G)
    labels = [t.get_text() for t in ax.texts]
    assert any(t.startswith("Mike Pompeo (") for t in labels)
    assert any(t == "Daily Planet" for t in labels)


def test_graph_chart_spreads_nodes(hand_analysis, hand_analysis_b):
    """No two nodes of the drawn graph sit on top of each other."""
    import numpy as np

    G = build_graph([hand_analysis, hand_analysis_b])
    H = plot._fold_claims(G)
    pos = plot._layout(H, 0)
    xy = np.array(list(pos.values()))
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(d, np.inf)
    span = np.ptp(xy, axis=0).max()
    assert d.min() > span / 40


def test_shorten_escapes_mathtext_and_cuts():
    assert plot.shorten("cost $5 billion", 40) == r"cost \$5 billion"
    s = plot.shorten("word " * 20, 24)
    assert len(s) <= 24 and s.endswith("…")


def test_figure_svg_is_inline_and_local(hand_analysis):
    svg = plot.figure_svg(plot.sourcing_strip(hand_analysis).figure)
    assert svg.startswith("<svg") and "<?xml" not in svg and "<script" not in svg
    assert "http://purl.org" not in svg


def test_real_analysis_charts(tmp_path, seed_analysis, small_analysis):
    for ax in (plot.sourcing_strip(seed_analysis), plot.source_graph([seed_analysis,
                                                                      small_analysis]),
               plot.sourcing_mix([seed_analysis, small_analysis])):
        assert plot.save_axes(ax, tmp_path / "x.png").read_bytes()[:8] == PNG
