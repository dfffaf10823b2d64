"""Flat frames: schema, dtypes, values on the hand-built article, concatenation, file output."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import build_hand_analysis_b

from claimtrace.frames import (
    ATTRIBUTION_COLUMNS,
    CLAIM_COLUMNS,
    SOURCE_COLUMNS,
    attributions_frame,
    claims_frame,
    sources_frame,
)
from claimtrace.metrics import article_metrics

TEXT_DTYPE = "str" if int(pd.__version__.split(".")[0]) >= 3 else "object"
FRAMES = [(claims_frame, CLAIM_COLUMNS), (attributions_frame, ATTRIBUTION_COLUMNS),
          (sources_frame, SOURCE_COLUMNS)]


def _check_schema(df: pd.DataFrame, schema: dict) -> None:
    assert list(df.columns) == list(schema)
    for col, spec in schema.items():
        dtype = df[col].dtype
        if isinstance(spec, tuple):
            assert isinstance(dtype, pd.CategoricalDtype), col
            assert list(dtype.categories) == spec[1], col
        else:
            expected = {"str": TEXT_DTYPE, "int": "int64", "bool": "bool", "Int64": "Int64",
                        "float": "float64"}[spec]
            assert str(dtype) == expected, col
        if spec == "str":
            assert all(pd.isna(v) or isinstance(v, str) for v in df[col]), col


@pytest.mark.parametrize("fn,schema", FRAMES)
def test_schema_on_hand_and_empty_articles(fn, schema, hand_analysis, empty_analysis):
    _check_schema(fn(hand_analysis), schema)
    empty = fn(empty_analysis)
    assert len(empty) == 0
    _check_schema(empty, schema)


def test_claims_frame_rows_match_metrics(hand_analysis):
    df = claims_frame(hand_analysis)
    m = article_metrics(hand_analysis)
    assert len(df) == m["n_claims"] == 8
    assert 6 not in set(df["claim_id"])  # the noise claim
    assert df["attributed"].sum() == m["n_attributed_claims"]
    assert df["anonymous_only"].sum() == m["n_anonymous_claims"]
    assert df["single_source"].sum() == m["n_single_source_claims"]
    assert df["content_words"].sum() == m["n_content_words"]
    assert hand_analysis.to_frame().equals(df)


def test_claims_frame_values(hand_analysis):
    df = claims_frame(hand_analysis).set_index("claim_id")
    assert df.loc[4, "source_class"] == "mixed"
    assert df.loc[4, "source_names"] == "two officials; Mike Pompeo"
    assert df.loc[4, "source_types"] == "anonymous_specific; named_person"
    assert df.loc[2, "source_class"] == "none" and not df.loc[2, "attributed"]
    assert pd.isna(df.loc[2, "pattern"]) and df.loc[2, "cues"] == ""
    assert df.loc[3, "pattern"] == "according_to" and df.loc[3, "cues"] == "According to"
    assert df.loc[5, "patterns"] == "source_verb_content; told"
    assert df.loc[5, "content_words"] == 7
    assert df.loc[1, "anonymity_reason"] == "on condition of anonymity"
    assert df.loc[8, "anonymity_reason"] == "because he was not authorized to speak"
    assert df.loc[0, "rule"] == "hand.source_verb_content"
    for row in df.itertuples():
        assert hand_analysis.text[row.start:row.end] == row.text


def test_attributions_frame_values(hand_analysis):
    df = attributions_frame(hand_analysis).set_index("attribution_id")
    assert len(df) == 10
    assert df.loc[6, "parent"] == 5 and pd.isna(df.loc[0, "parent"])
    assert df.loc[5, "source_text"] == "He" and df.loc[5, "source_name"] == "Mike Pompeo"
    assert df.loc[5, "source_class"] == "named_person"
    assert df.loc[3, "count"] == "Two"
    assert bool(df.loc[7, "in_noise"]) and not df["in_noise"].drop(7).any()
    for row in df.itertuples():
        assert hand_analysis.text[row.cue_start:row.cue_end] == row.cue
        assert hand_analysis.text[row.source_start:row.source_end] == row.source_text


def test_sources_frame_values(hand_analysis):
    df = sources_frame(hand_analysis).set_index("key")
    assert df.loc["mike pompeo", "n_claims"] == 3
    assert df.loc["mike pompeo", "mentions"] == "Pompeo; Pompeo; He"
    assert df.loc["sources", "n_mentions"] == 1  # the noise mention is left out
    assert df.loc["sources", "n_attributions"] == 1
    assert bool(df.loc["sources", "justified"]) and not df.loc["two officials", "justified"]
    assert df["counted"].sum() == article_metrics(hand_analysis)["n_sources"]
    assert list(df["anonymous"]) == [False, True, False, True, False, True]


@pytest.mark.parametrize("fn,schema", FRAMES)
def test_frames_of_many_articles_concatenate_keeping_dtypes(fn, schema, hand_analysis):
    other = build_hand_analysis_b()
    df = pd.concat([fn(hand_analysis), fn(other)], ignore_index=True)
    _check_schema(df, schema)
    assert set(df["doc_id"]) == {"hand", "hand_b"}


@pytest.mark.parametrize("fn", [f for f, _ in FRAMES])
def test_frames_round_trip_through_csv(fn, hand_analysis, tmp_path):
    df = fn(hand_analysis)
    path = tmp_path / "f.csv"
    df.to_csv(path, index=False)
    back = pd.read_csv(path, keep_default_na=False)
    assert len(back) == len(df) and list(back.columns) == list(df.columns)


@pytest.mark.parametrize("fn", [f for f, _ in FRAMES])
def test_frames_round_trip_through_parquet(fn, hand_analysis, tmp_path):
    pytest.importorskip("pyarrow")
    df = fn(hand_analysis)
    path = tmp_path / "f.parquet"
    df.to_parquet(path, index=False)
    back = pd.read_parquet(path)
    assert list(back.columns) == list(df.columns) and len(back) == len(df)
    cats = [c for c, s in FRAMES_SCHEMAS[fn].items() if isinstance(s, tuple)]
    assert all(isinstance(back[c].dtype, pd.CategoricalDtype) for c in cats)


FRAMES_SCHEMAS = dict(FRAMES)


def test_seed_frames_hold_the_span_invariant(seed_analysis):
    claims = claims_frame(seed_analysis)
    assert len(claims) == seed_analysis.summary()["n_claims"]
    for row in claims.itertuples():
        assert seed_analysis.text[row.start:row.end] == row.text
    atts = attributions_frame(seed_analysis)
    for row in atts.itertuples():
        assert seed_analysis.text[row.cue_start:row.cue_end] == row.cue
    srcs = sources_frame(seed_analysis)
    assert set(srcs["source_class"].dropna()) <= set(SOURCE_COLUMNS["source_class"][1])
