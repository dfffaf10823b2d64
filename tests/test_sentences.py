"""Tests for claimtrace.sentences: Punkt with news abbreviations, paragraphs, quotes, noise."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrace.model import NoiseKind, NoiseRegion, Sentence, Span
from claimtrace.sentences import split_sentences
from claimtrace.text import find_noise, normalise

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED_HEADLINE = "US and Iraqi military resumed fighting IS in Iraq"


def split(raw: str, noise: list[NoiseRegion] | None = None) -> list[Sentence]:
    work = normalise(raw)
    if noise is None:
        noise = find_noise(work, original=raw)
    return split_sentences(work, noise, original=raw)


def texts(raw: str) -> list[str]:
    return [s.text for s in split(raw)]


def check_invariants(raw: str, sentences: list[Sentence]) -> None:
    """Spans are valid, trimmed, in order, disjoint; every visible character is covered."""
    work = normalise(raw)
    covered = [False] * len(raw)
    last_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert raw[s.start:s.end] == s.text and s.text
        assert not raw[s.start].isspace() and not raw[s.end - 1].isspace()
        assert s.start >= last_end
        last_end = s.end
        covered[s.start:s.end] = [True] * (s.end - s.start)
    assert all(covered[i] for i, c in enumerate(work) if not c.isspace())
    assert [s.paragraph for s in sentences] == sorted(s.paragraph for s in sentences)


# --------------------------------------------------------------------------- abbreviations

@pytest.mark.parametrize("raw, expected", [
    ("U.S. officials said the talks would go on.", 1),
    ("Sen. Warren spoke. Rep. Jim Jordan (R-Ohio) replied.", 2),
    ("Mr. and Mrs. Smith met Dr. Jones and Gov. Brown.", 1),
    ("Lt. Col. Smith and Sgt. Maj. Brown met Gen. Mattis.", 1),
    ("George W. Bush met John F. Kennedy Jr. in the dream.", 1),
    ("Rep. G.K. Butterfield (D-N.C.) said it was wrong.", 1),
    ("E.F. Hutton Group Inc said the offer stood.", 1),
    ("The vote is on Jan. 5 and the count on Sept. 12.", 1),
    ("They met at 9 a.m. Eastern time and at 5 p.m. on Friday.", 1),
    ("The Los Angeles, Calif. office and the Springfield, Ill. office closed.", 1),
    ("Sen. Claire McCaskill (D-Mo.) and Rep. John Shimkus (R-Ill.) agreed.", 1),
    ("It was No. 1 on the list, ahead of Vol. 3 and the Feb. issue.", 1),
    ("Apples, pears, etc. were on sale at St. Mary's.", 1),
    ("The U.N. Security Council and the U.K. government agreed.", 1),
    ("Smith Bros. and Acme Corp. said Standard Oil Co. would buy them.", 1),
])
def test_abbreviations_do_not_split(raw: str, expected: int) -> None:
    assert len(texts(raw)) == expected


@pytest.mark.parametrize("raw, expected", [
    ("He moved to the U.S. The family followed.", ["He moved to the U.S.", "The family followed."]),
    ("The man fell ill. Doctors said so.", ["The man fell ill.", "Doctors said so."]),
    ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ("It was bought by Acme Inc. The deal closed.",
     ["It was bought by Acme Inc.", "The deal closed."]),
    ("It rained. It poured! Why? Nobody knew.",
     ["It rained.", "It poured!", "Why?", "Nobody knew."]),
    ("Prices rose 5 pct in 1987. Analysts were surprised.",
     ["Prices rose 5 pct in 1987.", "Analysts were surprised."]),
    ("It is over... The end.", ["It is over...", "The end."]),
])
def test_real_sentence_ends_split(raw: str, expected: list[str]) -> None:
    assert texts(raw) == expected


# --------------------------------------------------------------------------- quotes

@pytest.mark.parametrize("raw, expected", [
    ('"We won." He left.', ['"We won."', "He left."]),
    ("\u201cWe won.\u201d He left.", ["\u201cWe won.\u201d", "He left."]),
    ('"We will win," he said.', ['"We will win," he said.']),
    ('"We will win!" she said.', ['"We will win!" she said.']),
    ('"Why?" he asked. "Because."', ['"Why?" he asked.', '"Because."']),
    ("\u2018Why not?\u2019 she asked.", ["\u2018Why not?\u2019 she asked."]),
    ('The ad, titled "Unifier?", concludes he is wrong.',
     ['The ad, titled "Unifier?", concludes he is wrong.']),
    ('"It is a lie."\u2015 Jane Doe', ['"It is a lie."', "\u2015 Jane Doe"]),
    ("(He left.) Then she came.", ["(He left.)", "Then she came."]),
    ("''It's anti-reform,'' said Mr. Holtz-Eakin.",
     ["''It's anti-reform,'' said Mr. Holtz-Eakin."]),
    ("He left.'' ''Why?'' she asked.", ["He left.''", "''Why?'' she asked."]),
    ("It ended..\n\nNext one..", ["It ended..", "Next one.."]),
    ("A\x07 control. Then more.", ["A\x07 control.", "Then more."]),
])
def test_quotes(raw: str, expected: list[str]) -> None:
    assert texts(raw) == expected


# --------------------------------------------------------------------------- paragraphs

def test_blank_line_is_a_paragraph_break() -> None:
    sents = split("Headline without a stop\n\nFirst sentence. Second one.\n\n\nThird.")
    assert [(s.text, s.paragraph) for s in sents] == [
        ("Headline without a stop", 0), ("First sentence.", 1), ("Second one.", 1), ("Third.", 2)]


@pytest.mark.parametrize("raw, expected", [
    # one paragraph per line (PolNeAR style)
    ("He spoke.\n\u201cWe won,\u201d he said.\nThat is a lie.",
     ["He spoke.", "\u201cWe won,\u201d he said.", "That is a lie."]),
    ("Stop lying\nShow humility\nFill the gaps.",
     ["Stop lying", "Show humility", "Fill the gaps."]),
    # a line that goes on in lower case is the same sentence
    ("Donald Trump regularly\nincites\npolitical violence.",
     ["Donald Trump regularly\nincites\npolitical violence."]),
    # a single newline never hides a sentence end
    ("He said no.\nShe said yes.", ["He said no.", "She said yes."]),
])
def test_single_newlines(raw: str, expected: list[str]) -> None:
    assert texts(raw) == expected


WIRE = (
    "ACME CORP <ACM> TO BUY PLANT\n\n"
    "NEW YORK, March 3 - Acme Corp said it agreed to buy the\n"
    "Springfield plant of Widget Co for ten mln dlrs, adding that\n"
    "Widget Co shareholders still have to approve the sale.\n"
    "    The company said the plant would help it expand in the\n"
    "Midwest. It gave no other details.\n"
)


def test_hard_wrapped_newswire() -> None:
    sents = split(WIRE)
    assert [(s.text.replace("\n", " "), s.paragraph) for s in sents] == [
        ("ACME CORP <ACM> TO BUY PLANT", 0),
        ("NEW YORK, March 3 - Acme Corp said it agreed to buy the Springfield plant of Widget Co "
         "for ten mln dlrs, adding that Widget Co shareholders still have to approve the sale.", 1),
        ("The company said the plant would help it expand in the Midwest.", 2),
        ("It gave no other details.", 2),
    ]
    check_invariants(WIRE, sents)


def test_all_lower_case_text_still_splits() -> None:
    assert texts("cattle steady, the usda said. sales were slow. week to date 2,700 head.") == [
        "cattle steady, the usda said.", "sales were slow.", "week to date 2,700 head."]


# --------------------------------------------------------------------------- noise

def test_noise_lines_are_their_own_sentences() -> None:
    raw = "Big news today\n\nThe mayor resigned.\nBig news today\nShe left.\n\nFacebook Twitter"
    sents = split(raw)
    assert [(s.text, s.is_noise) for s in sents] == [
        ("Big news today", True), ("The mayor resigned.", False), ("Big news today", True),
        ("She left.", False), ("Facebook Twitter", True)]


def test_noise_region_inside_a_line_is_cut_out() -> None:
    raw = "He said it was over and then he left the room."
    start = raw.index("and then")
    region = NoiseRegion(Span.of(raw, start, start + 8), NoiseKind.BOILERPLATE, "test")
    sents = split(raw, [region])
    assert [(s.text, s.is_noise) for s in sents] == [
        ("He said it was over", False), ("and then", True), ("he left the room.", False)]


def test_seed_article(seed_text: str) -> None:
    sents = split(seed_text)
    check_invariants(seed_text, sents)
    noise = [s.text for s in sents if s.is_noise]
    assert noise == [SEED_HEADLINE] * 5 + ["Similar articles"]
    assert all(s.text != SEED_HEADLINE for s in sents if not s.is_noise)
    # sentences end with ".." in the source: no stray "." sentence, no ". ." inside one
    assert all(re.search(r"\w", s.text) for s in sents)
    assert not any(". ." in s.text for s in sents)
    real = [s for s in sents if not s.is_noise]
    assert real[-1].text == ("The New York Times was the first to report on the resumption of "
                             "the joint military operation in Iraq..")
    assert "This was announced on Wednesday by representatives of the US administration.." in [
        s.text for s in real]
    quote = [s.text for s in real if s.text.startswith("\u201cWe are delighted")]
    assert quote and quote[0].endswith("Pompeo said last week at the White House..")


# --------------------------------------------------------------------------- invariants

WORDS = ["He", "said", "U.S.", "Sen.", "no.", "\u201cWe", "won.\u201d", "Why?", "\u2019s",
         "..", "...", "a.m.", "Mr.", "W.", "Bush", "(R-Ill.)", "!", ",", "\n", "\n\n", "\r\n",
         "\u00a0", "  ", "iPhone", "1.", "etc.", '"', "Read more", "Facebook"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_invariants_on_word_soup(raw: str) -> None:
    check_invariants(raw, split(raw))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_invariants_on_any_text(raw: str) -> None:
    check_invariants(raw, split(raw))


def test_needs_same_length_texts() -> None:
    with pytest.raises(ValueError):
        split_sentences("abc", [], original="ab")


def test_empty_text() -> None:
    assert split("") == [] and split(" \n\n ") == []


# --------------------------------------------------------------------------- real articles

TITLE_END = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Gov|Gen|Lt|Col|Rev|St)\.$")


def test_polnear_dev_articles() -> None:
    path = DATA / "polnear" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("PolNeAR dev data not present")
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        raw = doc["text"]
        sents = split(raw)
        check_invariants(raw, sents)
        total += len(sents)
        for a, b in zip(sents, sents[1:], strict=False):
            if a.paragraph == b.paragraph:
                assert not TITLE_END.search(a.text), (a.text, b.text)  # no split after "Sen."
                assert not b.text[0].islower(), (a.text, b.text)  # '"Why?" he asked.'
    assert 3000 < total < 3800
