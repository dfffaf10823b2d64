"""Sourcing metrics against figures worked out by hand on hand-built analyses.

The hand article (tests/conftest.py, HAND_SENTENCES) has 9 sentences, one of them noise (6):

  claim  sentence                         rests on                  content words
  0      Pompeo said ...                  named_person              "the talks would go on" 5
  1      Sources said ... anonymity.      anonymous (justified)     "the deal had stalled" 4
  2      The weather was cold.            unattributed              whole sentence 4
  3      According to The NYT, ...        media                     "troops will stay" 3
  4      Two officials and Pompeo said    anonymous + named: mixed  "the base was hit" 4
  5      He added that the officials ...  named + anonymous: mixed  7 (union, nested)
  6      (noise) Sources said ...         excluded everywhere
  7      A statement said ...             document                  "no one was hurt" 4
  8      One official said ... because    anonymous (justified)     "the plan was ready" 4
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from conftest import (
    ArticleBuilder,
    build_hand_analysis,
    build_hand_analysis_b,
)

from claimtrace.metrics import (
    COUNTS,
    SHARES,
    article_metrics,
    article_table,
    claim_facts,
    corpus_metrics,
    metric_evidence,
    ratio,
    word_count,
)
from claimtrace.model import Pattern, SourceType, Span

HAND_FIGURES = {
    "n_sentences": 8,
    "n_claims": 8,
    "n_attributed_claims": 7,
    "n_unattributed_claims": 1,
    "n_attributions": 9,
    "n_sources": 6,
    "n_anonymous_claims": 2,
    "n_named_claims": 1,
    "n_media_claims": 1,
    "n_document_claims": 1,
    "n_single_source_claims": 5,
    "n_content_words": 35,
    "n_anonymous_words": 8,
    "n_anonymous_mentions": 4,
    "n_justified_anonymous_mentions": 2,
    "anonymous_share_claims": 2 / 7,
    "anonymous_share_words": 8 / 35,
    "unattributed_share": 1 / 8,
    "named_share": 1 / 7,
    "media_share": 1 / 7,
    "document_share": 1 / 7,
    "single_source_share": 5 / 7,
    "justified_anonymity_rate": 2 / 4,
    "sources_class_named_person": 1,
    "sources_class_anonymous": 3,
    "sources_class_media": 1,
    "sources_class_document": 1,
    "sources_class_named_org": 0,
    "sources_type_anonymous_specific": 2,
    "sources_type_anonymous_bare": 1,
    "claims_class_mixed": 2,
    "claims_class_anonymous": 2,
    "claims_class_named_person": 1,
}


@pytest.mark.parametrize("name,expected", sorted(HAND_FIGURES.items()))
def test_hand_article_figures(hand_analysis, name, expected):
    value = article_metrics(hand_analysis)[name]
    assert value == pytest.approx(expected), name


def test_every_share_is_its_numerator_over_its_denominator(hand_analysis):
    m = article_metrics(hand_analysis)
    for share in SHARES:
        assert m[share.name] == pytest.approx(m[share.numerator] / m[share.denominator])


def test_summary_is_article_metrics_and_scalar(hand_analysis):
    m = hand_analysis.summary()
    assert m == article_metrics(hand_analysis)
    assert all(v is None or isinstance(v, (int, float)) for v in m.values())
    assert set(COUNTS) <= set(m)


@pytest.mark.parametrize("name,expected", [
    ("n_anonymous_claims", [1, 8]),
    ("anonymous_share_claims", [1, 8]),
    ("n_unattributed_claims", [2]),
    ("n_single_source_claims", [0, 1, 3, 7, 8]),
    ("claims_class_mixed", [4, 5]),
    ("n_attributions", [0, 1, 2, 3, 4, 5, 6, 8, 9]),
    ("n_sentences", [0, 1, 2, 3, 4, 5, 7, 8]),
    ("n_sources", [0, 1, 2, 3, 4, 5]),
    ("sources_class_anonymous", [1, 3, 5]),
    ("sources_type_anonymous_specific", [3, 5]),
])
def test_evidence_lists_what_is_counted(hand_analysis, name, expected):
    assert metric_evidence(hand_analysis, name) == expected


def test_evidence_length_matches_every_claim_count(hand_analysis):
    m = article_metrics(hand_analysis)
    for name, (unit, _) in COUNTS.items():
        if unit in ("claim", "sentence", "attribution", "source", "mention") and \
                name not in ("n_words", "n_content_words", "n_anonymous_words"):
            assert len(metric_evidence(hand_analysis, name)) == m[name], name


def test_mention_evidence_is_spans_into_the_text(hand_analysis):
    spans = metric_evidence(hand_analysis, "justified_anonymity_rate")
    assert [s.text for s in spans] == ["Sources", "One official"]
    assert all(isinstance(s, Span) and hand_analysis.text[s.start:s.end] == s.text for s in spans)
    everything = metric_evidence(hand_analysis, "n_anonymous_mentions")
    assert [s.text for s in everything] == ["Sources", "Two officials", "the officials",
                                            "One official"]


def test_unknown_metric_raises_keyerror(hand_analysis):
    with pytest.raises(KeyError, match="unknown metric"):
        metric_evidence(hand_analysis, "n_bananas")


def test_noise_counts_toward_nothing(hand_analysis):
    facts = claim_facts(hand_analysis)
    assert 6 not in [f.claim.id for f in facts]
    assert 7 not in metric_evidence(hand_analysis, "n_attributions")  # noise attribution


def test_empty_article_gives_none_shares_and_zero_counts(empty_analysis):
    m = article_metrics(empty_analysis)
    assert all(m[name] == 0 for name in COUNTS)
    assert all(m[s.name] is None for s in SHARES)
    assert metric_evidence(empty_analysis, "anonymous_share_words") == []


def test_unattributed_only_article_has_no_attributed_shares():
    b = ArticleBuilder(["Markets rose.", "Oil fell sharply."])
    b.claim(0)
    b.claim(1)
    m = article_metrics(b.build("plain"))
    assert m["unattributed_share"] == 1.0
    assert m["anonymous_share_claims"] is None and m["justified_anonymity_rate"] is None
    assert m["anonymous_share_words"] == 0.0 and m["n_content_words"] == 5


def test_sourceless_attribution_is_unknown_not_anonymous():
    b = ArticleBuilder(["It was reported that the base was hit."])
    a = b.attribution(0, "was reported", None, "the base was hit", pattern=Pattern.NO_SOURCE)
    b.claim(0, (a,))
    m = article_metrics(b.build("nosrc"))
    assert m["n_attributed_claims"] == 1 and m["n_anonymous_claims"] == 0
    assert m["claims_class_unknown"] == 1 and m["n_sources"] == 0
    assert m["n_single_source_claims"] == 0


def test_corroboration_in_article_removes_single_source():
    b = ArticleBuilder(["Pompeo said troops stay.", "Officials said troops stay."])
    p = b.source("Pompeo", SourceType.NAMED_PERSON)
    o = b.source("officials", SourceType.ANONYMOUS_SPECIFIC)
    a0 = b.attribution(0, "said", b.mention(0, "Pompeo", p), "troops stay")
    a1 = b.attribution(1, "said", b.mention(1, "Officials", o), "troops stay")
    b.claim(0, (a0,), fingerprint="troops-stay")
    b.claim(1, (a1,), fingerprint="troops-stay")
    assert article_metrics(b.build("c"))["n_single_source_claims"] == 0


def test_word_count_and_ratio():
    assert word_count("") == 0
    assert word_count("Pompeo's aides didn’t say — 5 times.") == 6
    assert ratio(0, 0) is None and ratio(2, 4) == 0.5


# --------------------------------------------------------------------------- many articles


def test_article_table_one_row_per_article(hand_analysis, hand_analysis_b, empty_analysis):
    df = article_table([hand_analysis, hand_analysis_b, empty_analysis])
    assert list(df["doc_id"]) == ["hand", "hand_b", "empty"]
    assert list(df["month"][:2]) == ["2020-01", "2020-02"]
    assert df.loc[0, "n_claims"] == 8 and df.loc[1, "n_claims"] == 4
    assert math.isnan(df.loc[2, "anonymous_share_claims"])
    assert df["anonymous_share_claims"].dtype == "float64"


def test_article_table_of_nothing_has_columns():
    df = article_table([])
    assert len(df) == 0 and {"doc_id", "month", "n_claims", "anonymous_share_claims"} <= set(df)


def test_corpus_metrics_by_outlet_pools_counts():
    analyses = [build_hand_analysis("h1", outlet="A"), build_hand_analysis_b("b1", outlet="A"),
                build_hand_analysis_b("b2", outlet="B")]
    df = corpus_metrics(analyses, by=("outlet",)).set_index("outlet")
    assert df.loc["A", "n_articles"] == 2 and df.loc["B", "n_articles"] == 1
    assert df.loc["A", "n_claims"] == 12 and df.loc["A", "n_attributed_claims"] == 10
    # pooled: (2 + 1) / (7 + 3), not the mean of 2/7 and 1/3
    assert df.loc["A", "anonymous_share_claims"] == pytest.approx(3 / 10)
    assert df.loc["B", "anonymous_share_claims"] == pytest.approx(1 / 3)
    for share in SHARES:
        assert df[share.name].dtype == "float64"


def test_corpus_metrics_by_month_and_outlet_month():
    analyses = [build_hand_analysis("h1", outlet="A", published="2020-01-02"),
                build_hand_analysis("h2", outlet="B", published="2020-01-30T12:00:00Z"),
                build_hand_analysis_b("b1", outlet="A", published="2020-02-03")]
    by_month = corpus_metrics(analyses, by="month")
    assert list(by_month["month"]) == ["2020-01", "2020-02"]
    assert list(by_month["n_articles"]) == [2, 1]
    both = corpus_metrics(analyses, by=("outlet", "month"))
    assert len(both) == 3 and list(both.columns[:3]) == ["outlet", "month", "n_articles"]
    whole = corpus_metrics(analyses, by=())
    assert len(whole) == 1 and whole.loc[0, "n_claims"] == 20


def test_corpus_metrics_zero_denominator_is_nan_and_missing_keys_kept():
    plain = ArticleBuilder(["Markets rose."])
    plain.claim(0)
    analyses = [plain.build("p1"), build_hand_analysis("h1", outlet="A")]  # p1 has no outlet
    df = corpus_metrics(analyses, by="outlet")
    assert len(df) == 2
    missing = df[df["outlet"].isna()].iloc[0]
    assert missing["n_articles"] == 1 and math.isnan(missing["anonymous_share_claims"])


def test_corpus_metrics_accepts_article_table_and_empty_input(hand_analysis):
    table = article_table([hand_analysis])
    assert corpus_metrics(table, by="outlet").loc[0, "n_claims"] == 8
    empty = corpus_metrics([], by="outlet")
    assert len(empty) == 0 and "anonymous_share_claims" in empty


def test_corpus_metrics_streams_a_generator():
    gen = (build_hand_analysis(f"h{i}", outlet="A") for i in range(3))
    df = corpus_metrics(gen, by="outlet")
    assert isinstance(df, pd.DataFrame) and df.loc[0, "n_claims"] == 24


def test_seed_article_metrics_are_consistent(seed_analysis):
    m = article_metrics(seed_analysis)
    assert m["n_claims"] == m["n_attributed_claims"] + m["n_unattributed_claims"]
    assert m["n_anonymous_claims"] + m["n_named_claims"] <= m["n_attributed_claims"]
    assert m["n_claims"] <= m["n_sentences"]
    for share in SHARES:
        assert m[share.name] is None or 0.0 <= m[share.name] <= 1.0


def test_noise_region_must_cover_most_of_a_sentence():
    from claimtrace.analysis import Analysis
    from claimtrace.metrics import in_noise
    from claimtrace.model import NoiseKind, NoiseRegion

    b = ArticleBuilder(["Markets rose sharply on Monday.", "Share this article"])
    b.claim(0)
    a = b.build("n")
    tail = NoiseRegion(Span.of(a.text, a.text.index("Monday"), len(a.text)),
                       NoiseKind.BOILERPLATE, "hand")
    a = Analysis(text=a.text, meta=a.meta, sentences=a.sentences, noise=(tail,),
                 attributions=(), sources=(), claims=a.claims)
    assert not in_noise(a, a.sentences[0].span) and in_noise(a, a.sentences[1].span)
    m = article_metrics(a)
    assert m["n_claims"] == 1 and m["n_sentences"] == 1
