"""Claim tracking: groups across articles, first report, re-reports, source matching."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import ArticleBuilder

from claimtrace.model import Pattern, SourceType
from claimtrace.tracking import (
    NUM_PERM,
    group_signatures,
    outlet_key,
    signature,
    similarity,
    track,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "tracking" / "articles.jsonl"

CLOSURE_A = "The city council plans to close the Harbor Bridge for six months starting in June"
CLOSURE_B = "the city council plans to close the Harbor Bridge for six months from June"


def _planet() -> object:
    """The first report: anonymous officials, published first (but listed last below)."""
    b = ArticleBuilder([f"{CLOSURE_A}, two council officials said.",
                        "Mayor Jane Ortiz said the city would publish a repair timetable soon.",
                        "The weather was mild."])
    off = b.source("two council officials", SourceType.ANONYMOUS_SPECIFIC, key="officials")
    ortiz = b.source("Jane Ortiz", SourceType.NAMED_PERSON, key="person:jane-ortiz")
    a0 = b.attribution(0, "said", b.mention(0, "two council officials", off), CLOSURE_A)
    a1 = b.attribution(1, "said", b.mention(1, "Mayor Jane Ortiz", ortiz),
                       "the city would publish a repair timetable soon")
    b.claim(0, (a0,))
    b.claim(1, (a1,))
    b.claim(2)
    return b.build("planet-1", outlet="Daily Planet", published="2021-03-01")


def _star() -> object:
    """A re-report citing the Daily Planet (a media source), plus the mayor's quote."""
    b = ArticleBuilder([f"According to the Daily Planet, {CLOSURE_B}.",
                        "Ortiz said the city would publish a repair timetable soon.",
                        "Commuters were unhappy about it."])
    dp = b.source("the Daily Planet", SourceType.MEDIA, key="media:daily-planet")
    ortiz = b.source("Ortiz", SourceType.NAMED_PERSON, key="person:jane-ortiz")
    a0 = b.attribution(0, "According to", b.mention(0, "the Daily Planet", dp), CLOSURE_B,
                       pattern=Pattern.ACCORDING_TO)
    a1 = b.attribution(1, "said", b.mention(1, "Ortiz", ortiz),
                       "the city would publish a repair timetable soon")
    b.claim(0, (a0,))
    b.claim(1, (a1,))
    b.claim(2)
    return b.build("star-1", outlet="Morning Star", published="2021-03-02")


def _post() -> object:
    """A rewording backed only by anonymous sources of its own."""
    b = ArticleBuilder([f"{CLOSURE_A}, sources said.", "Ferries will run more often."])
    src = b.source("sources", SourceType.ANONYMOUS_BARE, key="officials")
    a0 = b.attribution(0, "said", b.mention(0, "sources", src), CLOSURE_A)
    b.claim(0, (a0,))
    b.claim(1)
    return b.build("post-1", outlet="Evening Post", published="2021-03-03")


def test_signatures_tell_rewording_from_other_claims() -> None:
    a, b = signature(CLOSURE_A), signature(CLOSURE_B)
    other = signature("The city council plans to reopen the Harbor Bridge after repairs in May")
    assert a is not None and a.dtype == np.uint32 and a.shape == (NUM_PERM,)
    assert similarity(a, b) >= 0.5
    assert similarity(a, other) < 0.5
    assert signature("Markets fell sharply.") is None  # too short to track


def test_group_signatures_needs_two_documents() -> None:
    rng = np.random.default_rng(0)
    sigs = rng.integers(0, 2**32, size=(6, NUM_PERM), dtype=np.uint64).astype(np.uint32)
    sigs[1] = sigs[0]          # same doc: not a group
    sigs[3] = sigs[2]          # other doc: a group
    sigs[4] = sigs[2]
    sigs[4, :10] = 7           # a near-duplicate of 2 (54/64 equal)
    labels = group_signatures(sigs, [0, 0, 1, 2, 3, 4])
    assert labels[0] == labels[1] == -1
    assert labels[2] == labels[3] == labels[4] >= 0
    assert labels[5] == -1


def test_groups_first_report_and_sources() -> None:
    planet, star, post = _planet(), _star(), _post()
    t = track([post, star, planet])  # input order is not publication order
    groups = {tuple(sorted(g.doc_ids)): g for g in t.groups}
    closure = groups[("planet-1", "post-1", "star-1")]
    assert closure.first_doc == "planet-1"
    assert closure.first_outlet == "Daily Planet"
    assert closure.first_published == "2021-03-01"
    assert closure.outlets == ("Daily Planet", "Morning Star", "Evening Post")
    assert closure.claims == (("planet-1", 0), ("star-1", 0), ("post-1", 0))
    # the anonymous "officials" of two articles share a key but are never merged
    assert closure.sources == {"planet-1": ("planet-1:officials",),
                               "star-1": ("media:daily-planet",),
                               "post-1": ("post-1:officials",)}
    assert closure.anonymous_only is False  # the Star's version rests on a newspaper
    quote = groups[("planet-1", "star-1")]
    assert {s for srcs in quote.sources.values() for s in srcs} == {"person:jane-ortiz"}
    assert len(t.groups) == 2  # short or unrelated sentences are not grouped
    edges = t.re_reports  # the cited outlet spelled as the corpus spells it
    assert edges[["doc_id", "from_outlet", "to_outlet"]].values.tolist() == [
        ["star-1", "Morning Star", "Daily Planet"]]
    alone = track([star]).re_reports  # not a corpus outlet: spelled as cited
    assert alone["to_outlet"].tolist() == ["the Daily Planet"]


def test_anonymous_only_group() -> None:
    t = track([_planet(), _post()])
    (group,) = [g for g in t.groups if len(g.doc_ids) == 2 and "post-1" in g.doc_ids]
    assert group.anonymous_only is True
    row = t.frame[t.frame["doc_id"] == "post-1"].iloc[0]
    assert bool(row["group_anonymous_only"]) and not bool(row["is_first"])


def test_outlet_key() -> None:
    assert outlet_key("The New York Times") == outlet_key("new york times.") == "new york times"
    assert outlet_key(None) == ""


@pytest.fixture(scope="module")
def written_corpus():
    """The four articles of data/tracking, run through the real analyser."""
    from claimtrace.runner import analyze_corpus

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return analyze_corpus(rows, engine="serial")


def test_written_articles_end_to_end(written_corpus) -> None:
    groups = {tuple(sorted(g.doc_ids)): g for g in written_corpus.claim_groups}
    closure = groups[("planet-1", "post-1", "star-1")]
    assert (closure.first_doc, closure.first_outlet) == ("planet-1", "Daily Planet")
    assert closure.first_published.startswith("2021-03-01")
    corrosion = groups[("planet-1", "post-1")]
    assert "corrosion" in corrosion.members[0].text
    quote = groups[("gazette-1", "star-1")]
    assert quote.first_doc == "gazette-1"  # published earlier the same week
    assert any("ortiz" in s for srcs in quote.sources.values() for s in srcs)
    edges = written_corpus.frame("re_reports")
    pairs = set(zip(edges["from_outlet"], edges["to_outlet"], strict=True))
    assert {("Morning Star", "Daily Planet"), ("Evening Post", "Daily Planet")} <= pairs
    assert not any(a == b for a, b in pairs)


def test_graph_has_same_claim_and_re_reports(written_corpus) -> None:
    G = written_corpus.graph()
    kinds = {d["kind"] for _, _, d in G.edges(data=True)}
    assert {"same_claim", "re_reports", "published"} <= kinds
    assert G.has_edge("outlet:Morning Star", "outlet:Daily Planet")
