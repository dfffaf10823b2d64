"""Reports: escaped, self-contained, traceable; HTML checked in headless Chromium when present."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_display import HOSTILE, hostile_analysis, parse

from claimtrace.cli import main
from claimtrace.report import build_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_URL_ATTRS = {"src", "href", "xlink:href", "action", "poster", "data", "srcset", "formaction"}


def _corpus(hand_analysis, hand_analysis_b):
    return [hand_analysis, hand_analysis_b, hostile_analysis()]


@pytest.fixture(scope="module")
def corpus_html():
    """The HTML report of the two hand-built articles and the hostile one (built once)."""
    from conftest import build_hand_analysis, build_hand_analysis_b

    return build_report(_corpus(build_hand_analysis(), build_hand_analysis_b())).html()


# --------------------------------------------------------------------------- HTML


def test_html_escapes_hostile_article_and_runs_nothing():
    html = build_report([hostile_analysis()]).html()
    low = html.lower()
    assert "<script" not in low and "<img" not in low and "<iframe" not in low
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    p = parse(html)
    assert p.errors == [] and p.stack == []
    assert not any(k.lower().startswith("on") for _, attrs in p.tags for k in attrs)
    classes = " ".join(attrs.get("class") or "" for _, attrs in p.tags)
    for cls in ("ct-src ct-anonymous", "ct-cue", "ct-claim ct-unattributed", "ct-noise"):
        assert cls in classes


def test_html_is_self_contained(corpus_html):
    html = corpus_html
    assert "<script" not in html.lower()
    assert "<link" not in html.lower() and "@import" not in html
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", html)
    urls = [v for _, attrs in parse(html).tags for k, v in attrs.items()
            if k.lower() in _URL_ATTRS and v is not None]
    assert urls
    for url in urls:
        assert url.startswith(("#", "data:")), url
    assert html.count("<svg") >= 5  # mix x2, timeline, justified, graph (+ strips)
    assert "Content-Security-Policy" in html


def test_every_anchor_link_has_a_target(corpus_html):
    html = corpus_html
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets, "figures should link to the claims they count"
    assert targets <= ids, sorted(targets - ids)[:5]
    html_ids = re.findall(r'\bid="(ct-a\d+-[^"]+)"', html)
    assert len(html_ids) == len(set(html_ids)), "article anchors must be unique"


def test_corpus_report_has_pooled_figure_outlet_and_article_tables(hand_analysis,
                                                                   hand_analysis_b):
    html = build_report(_corpus(hand_analysis, hand_analysis_b), title="T <x>").html()
    assert "<title>T &lt;x&gt;</title>" in html
    assert "By outlet" in html and "By article" in html
    # pooled anonymous share: hand 2/7, hand_b 1/3, hostile 1/2 -> 4 of 12
    assert "4 of 12 attributed claims" in html and "33%" in html
    for i in range(3):
        assert f'id="ct-article-{i}"' in html and f'href="#ct-article-{i}"' in html
    assert "Daily Planet" in html and "Morning Star" in html


def test_single_article_report_of_a_real_analysis(seed_analysis):
    html = build_report([seed_analysis]).html()
    p = parse(html)
    assert p.errors == [] and p.stack == []
    assert "anonymous share" in html and html.count("<svg") == 2  # strip + graph


def test_empty_report_renders():
    html = build_report([]).html()
    assert "No articles" in html and "<script" not in html


# --------------------------------------------------------------------------- Markdown


def test_markdown_report_escapes_and_traces(hand_analysis, hand_analysis_b):
    md = build_report(_corpus(hand_analysis, hand_analysis_b)).markdown()
    assert md.startswith("# Sourcing report: 3 articles\n")
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;" in md
    assert "### By outlet" in md and "### By article" in md
    assert "| source | type | mentions | anonymity reason | claims carried |" in md
    # the pooled figure with its numerator and denominator
    assert "**anonymous share claims**: 33% (4 of 12 attributed" in md
    # the claims counted are listed
    assert "Claims resting only on anonymous sources:" in md


def test_save_by_suffix(tmp_path, hand_analysis):
    r = build_report([hand_analysis], charts=False)
    assert r.save(tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert r.save(tmp_path / "r.md").read_text(encoding="utf-8").startswith("# ")
    with pytest.raises(ValueError, match=".html or .md"):
        r.save(tmp_path / "r.pdf")


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def inputs(tmp_path, small_text):
    txt = tmp_path / "small.txt"
    txt.write_text(small_text, encoding="utf-8")
    rows = [{"doc_id": "h1", "text": HOSTILE, "outlet": "Daily <b>", "published": "2020-02-03",
             "title": "X <img src=x onerror=alert(1)>"},
            {"doc_id": "h2", "text": "Sources said the plan was ready. Markets fell.",
             "outlet": "Other", "published": "2020-03-03"}]
    jl = tmp_path / "in.jsonl"
    jl.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return [str(txt), str(jl)]


def test_cli_report_html_and_md(tmp_path, inputs, capsys):
    out = tmp_path / "r.html"
    assert main(["report", *inputs, "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "3 articles" in html
    assert main(["report", *inputs, "-o", str(tmp_path / "r.md"), "--no-charts"]) == 0
    assert "&lt;img" in (tmp_path / "r.md").read_text(encoding="utf-8")
    assert main(["report", *inputs, "-o", str(tmp_path / "r.txt")]) == 2
    assert main(["report", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert "skipped" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json", ".png", ".svg"])
def test_cli_graph(tmp_path, inputs, suffix):
    out = tmp_path / f"g{suffix}"
    assert main(["graph", *inputs, "-o", str(out)]) == 0
    assert out.stat().st_size > 500


@pytest.mark.parametrize("kind", ["mix", "timeline", "strip", "graph", "justified"])
def test_cli_plot(tmp_path, inputs, kind):
    out = tmp_path / f"{kind}.png"
    assert main(["plot", *inputs, "--kind", kind, "-o", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_plot_rejects_unknown_suffix_and_doc(tmp_path, inputs):
    assert main(["plot", *inputs, "--kind", "mix", "-o", str(tmp_path / "x.txt")]) == 2
    assert main(["plot", *inputs, "--kind", "strip", "--doc", "nope",
                 "-o", str(tmp_path / "x.png")]) == 1


# --------------------------------------------------------------------------- Chromium


def _chromium(tmp_path: Path, page: Path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    profile.mkdir()
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={profile}", *extra,
           page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_chromium_screenshot_is_not_blank(tmp_path, corpus_html):
    import numpy as np
    from matplotlib.image import imread

    page = tmp_path / "report.html"
    page.write_text(corpus_html, encoding="utf-8")
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1200,1600")
    assert shot.exists(), "chromium wrote no screenshot"
    img = imread(shot)
    pixels = (img[..., :3].reshape(-1, 3) * 255).astype(np.uint8)
    colours = np.unique(pixels, axis=0)
    assert len(colours) > 200, f"only {len(colours)} colours: blank page?"


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_chromium_runs_no_injected_script(tmp_path):
    # control: the same markup, unescaped, does run in this browser set-up
    # (alert() would block a headless browser, so the control leaves it out)
    raw = tmp_path / "raw.html"
    body = HOSTILE.replace("alert(1)", "void 0")
    raw.write_text(f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}"
                   "</body></html>", encoding="utf-8")
    dom = _chromium(tmp_path, raw, "--dump-dom").stdout
    assert "<title>pwned</title>" in dom and "<marquee" in dom, "control did not run"
    assert 'data-pwned="1"' in dom, "control onerror did not run"
    page = tmp_path / "report.html"
    build_report([hostile_analysis()]).save(page)
    dom = _chromium(tmp_path, page, "--dump-dom").stdout
    assert "ct-root" in dom, "report did not load"
    assert "<title>pwned</title>" not in dom
    assert "<marquee" not in dom
    assert "data-pwned" not in dom
    # and the markup never became elements (the page's CSP would block them anyway)
    assert "<script" not in dom.lower() and "<img" not in dom.lower()


def test_markdown_escaping_keeps_text_inert():
    from claimtrace.report import _md

    assert _md("1. first") == r"1\. first"
    assert _md("# not a heading") == r"\# not a heading"
    assert _md("a|b *c* [x](javascript:y) <b>") == r"a\|b \*c\* \[x\](javascript:y) &lt;b&gt;"
    assert _md("line\nbreak") == "line break"
