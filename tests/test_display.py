"""HTML views: escaping, highlighting by source class, well-nested output, traceable figures."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from claimtrace.analysis import Analysis
from claimtrace.display import (
    PALETTE,
    analysis_html,
    corpus_html,
    css,
    highlight_html,
    render_marks,
    source_html,
)
from claimtrace.model import (
    Attribution,
    Claim,
    Content,
    DocumentMeta,
    NoiseKind,
    NoiseRegion,
    Pattern,
    Sentence,
    Source,
    SourceMention,
    SourceType,
    Span,
)

# An article written for these tests: injected markup in the body, in a quote, in the
# title and in an outlet name; a repeated headline (noise); anonymous, named and
# unattributed claims; a cue inside a claim inside a content span.
HOSTILE = (
    "Talks stall <script>document.title='pwned'</script>\n\n"
    "Sources said the talks had stalled, speaking on condition of anonymity because they "
    "were not authorized to discuss them. "
    "Pompeo said \"<img src=x onerror=alert(1)> we will stay\" at the White House "
    "<img src=x onerror=\"document.body.dataset.pwned=1\">. "
    "The army advanced <script>document.body.appendChild(document.createElement('marquee'))"
    "</script> on Tuesday.\n\n"
    "Talks stall <script>document.title='pwned'</script>"
)


def find(text: str, needle: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a Span."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Span.of(text, pos, pos + len(needle))


def hostile_analysis(text: str = HOSTILE, *, doc_id: str = "hostile<1>",
                  outlet: str = "Daily <b>Bugle</b>", published: str = "2020-01-15",
                  title: str | None = "<script>document.title='pwned'</script>") -> Analysis:
    """A hand-built Analysis of :data:`HOSTILE` (independent of the analyser's accuracy)."""
    sent_re = re.compile(r"[^\n]+?(?:[.!?](?=\s|$)|$)", re.M)
    sents = []
    for m in sent_re.finditer(text):
        sp = Span.of(text, m.start(), m.end())
        noise = sp.text.startswith("Talks stall")
        sents.append(Sentence(len(sents), sp, text.count("\n\n", 0, m.start()), noise))
    noise = tuple(NoiseRegion(s.span, NoiseKind.REPEATED_HEADLINE, "headline repeated <2> times")
                  for s in sents if s.is_noise)
    reason = find(text, "because they were not authorized to discuss them")
    m_src = SourceMention(find(text, "Sources"), SourceType.ANONYMOUS_BARE, 0, head="Sources",
                          anonymity_reason=reason, evidence="bare plural 'sources'")
    m_pom = SourceMention(find(text, "Pompeo"), SourceType.NAMED_PERSON, 1, head="Pompeo",
                          evidence="capitalised name <x>")
    sources = (
        Source(0, "anon:sources", "Sources", SourceType.ANONYMOUS_BARE, (m_src,), reason),
        Source(1, "person:pompeo", "Pompeo <img src=x onerror=alert(2)>",
               SourceType.NAMED_PERSON, (m_pom,)),
    )
    s1, s2, s3 = (s for s in sents if not s.is_noise)
    content1 = Content((Span.of(text, s1.start + len("Sources said "), s1.end - 1),))
    quote = find(text, "\"<img src=x onerror=alert(1)> we will stay\"")
    atts = (
        Attribution(0, find(text, "said"), m_src, content1, Pattern.SOURCE_VERB_CONTENT,
                    s1.index, "svc<rule>", "verb 'said' after subject \"Sources\""),
        Attribution(1, find(text, "said", 1), m_pom, Content((quote,)),
                    Pattern.SOURCE_VERB_CONTENT, s2.index, "svc", "quote & cue"),
    )
    claims = (
        Claim(0, s1.index, s1.span, (0,), (0,), "fp0"),
        Claim(1, s2.index, s2.span, (1,), (1,), "fp1"),
        Claim(2, s3.index, s3.span, (), (), "fp2"),
    )
    return Analysis(text=text, meta=DocumentMeta(doc_id, outlet, published, title),
                    sentences=tuple(sents), noise=noise, attributions=atts, sources=sources,
                    claims=claims)


class _Nesting(HTMLParser):
    """Checks that tags are well nested and collects text, classes, ids and attributes."""

    VOID = {"br", "img", "meta", "link", "hr", "input"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Nesting:
    p = _Nesting()
    p.feed(markup)
    p.close()
    return p


def test_hostile_markup_is_escaped_everywhere():
    a = hostile_analysis()
    out = analysis_html(a)
    p = parse(out)
    tags = {t for t, _ in p.tags}
    assert "script" not in tags and "img" not in tags and "b" not in tags
    assert "<script" not in out.lower() and "<img" not in out.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    # no attribute starting with "on" anywhere, and hostile text only inside quoted values
    assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)
    assert p.errors == [] and p.stack == []


def test_highlighted_text_round_trips_to_the_original():
    a = hostile_analysis()
    p = parse(highlight_html(a))
    assert "".join(p.text) == a.text
    assert p.errors == []


def test_classes_mark_sources_cues_claims_noise_and_reasons():
    a = hostile_analysis()
    out = highlight_html(a, prefix="p")
    p = parse(out)
    classes = [attrs.get("class") or "" for _, attrs in p.tags]
    assert "ct-src ct-anonymous" in classes
    assert "ct-src ct-named_person" in classes
    assert "ct-cue" in classes
    assert "ct-claim ct-unattributed" in classes
    assert "ct-claim ct-anonymous" in classes
    assert "ct-noise" in classes and "ct-reason" in classes
    ids = [attrs["id"] for _, attrs in p.tags if "id" in attrs]
    assert len(ids) == len(set(ids)), "anchors must be unique"
    assert {"p-c0", "p-c1", "p-c2", "p-s1"} <= set(ids)
    # the tooltip explains the rule and evidence, escaped
    titles = [attrs.get("title") or "" for _, attrs in p.tags]
    assert any("rule svc<rule>" in t and "\"Sources\"" in t for t in titles)
    assert any("no anonymity reason" in t or "anonymity reason: because" in t for t in titles)


def test_overlapping_marks_are_split_into_well_nested_tags():
    from claimtrace.display import _Mark

    text = "abcdefghij"
    marks = [_Mark(0, 6, 2, "outer", anchor="o"), _Mark(4, 9, 5, "cross", "t<i>t"),
             _Mark(2, 3, 6, "inner"), _Mark(4, 9, 5, "cross", "t<i>t")]
    out = render_marks(text, marks)
    p = parse(out)
    assert p.errors == [] and p.stack == []
    assert "".join(p.text) == text
    assert out.count('id="o"') == 1
    assert out.count('class="cross"') == 2  # re-opened after "outer" closes
    assert 'title="t&lt;i&gt;t"' in out


def test_figures_show_numerator_denominator_and_link_the_claims():
    a = hostile_analysis()
    out = analysis_html(a, prefix="p")
    # 1 anonymous-only claim of 2 attributed; the linked claim is the anonymous one
    assert "50%" in out and "1 of 2" in out
    assert 'href="#p-c0"' in out
    assert 'id="p-c0"' in out
    # justified anonymity: the one anonymous mention has a reason
    assert "100%" in out


def test_source_card_and_css():
    a = hostile_analysis()
    card = source_html(a.sources[1], analysis=a, prefix="p")
    assert "&lt;img src=x onerror=alert(2)&gt;" in card and "<img" not in card
    assert 'href="#p-c1"' in card
    sheet = css()
    for colour in PALETTE.values():
        assert colour in sheet
    assert "http" not in sheet and "@import" not in sheet


def test_repr_html_uses_display():
    a = hostile_analysis()
    assert a._repr_html_() == analysis_html(a)


def test_corpus_html_has_table_and_inline_svg():
    pytest.importorskip("matplotlib")
    a = hostile_analysis()
    b = hostile_analysis(doc_id="b", outlet="Other")
    out = corpus_html([a, b], by="outlet")
    assert "Daily &lt;b&gt;Bugle&lt;/b&gt;" in out
    assert "<svg" in out and "<script" not in out.lower()
    assert parse(out).errors == []


def test_real_analysis_renders():
    import claimtrace as ct

    a = ct.analyze("Sources said the talks had stalled. <b>Pompeo</b> said: \"fine\".",
                   doc_id="real")
    out = analysis_html(a)
    assert "&lt;b&gt;Pompeo&lt;/b&gt;" in out
    assert "".join(parse(highlight_html(a)).text) == a.text
