"""The faster patterns find exactly what the plain ones they replace find."""

from __future__ import annotations

import random
import re

import pytest

from claimtrace import anonymity, cues, names, source_repairs
from claimtrace.anonymity import _anchor_re, _anonymity_re, anonymity_reason_span
from claimtrace.cues import WORD_RE
from claimtrace.lead_scan import NOT_AFTER_WORD, first_match, lead_of, scan_matches
from claimtrace.lexicons import phrase_list
from claimtrace.names import _TOKEN_RE

# WORD_RE as first written: one alternation tried character by character
_PLAIN_WORD_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f](?:[\w\u00c0-\u024f&]|['.\-](?=[\w\u00c0-\u024f])"
                            r"|(?<=\d),(?=\d{3}(?!\d)))*")
_PLAIN_TOKEN_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f](?:[\w\u00c0-\u024f&]|['.\-](?=[\w\u00c0-\u024f]))*")
_ALPHABET = list("aZ09_&',.- \n") + ["\u00c0", "\u00d7", "\u00f7", "\u024f", "\u0250", "\u2019",
                                        "\u0660", "\u00b2", "\u017f"]


def test_word_patterns_find_the_plain_words() -> None:
    rng = random.Random(7)
    for _ in range(20000):
        s = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 16)))
        a, b = sorted(rng.randint(0, len(s)) for _ in range(2))
        assert [m.span() for m in WORD_RE.finditer(s, a, b)] == \
            [m.span() for m in _PLAIN_WORD_RE.finditer(s, a, b)], (s, a, b)
        assert _TOKEN_RE.findall(s, a, b) == _PLAIN_TOKEN_RE.findall(s, a, b), (s, a, b)


def test_anonymity_anchor_passes_every_phrase_in_any_case() -> None:
    anchor = _anchor_re()
    assert anchor is not None
    for phrase in phrase_list("anonymity.txt"):
        for written in (phrase, phrase.upper(), phrase.title(), phrase.replace("s", "\u017f")):
            text = f"Two aides said so, {written}."
            if _anonymity_re().search(text):
                assert anchor.search(text.lower()), written
                assert anonymity_reason_span(text, 0, len(text)) is not None


def test_cue_scans_find_what_finditer_finds() -> None:
    from claimtrace.cues import _spans, _special_lead, _special_re, _verb_capture, _verb_re

    text = ("According to aides, it was reported that he said so. \u017fays: WAS \u212aNOWN; "
            "\u0130s reportedly-said, x-said, said- was first to report as asked about it. "
            "He asked if. When asked whether, she appeared to say; seems likely.")
    rx, lead = _special_re(), _special_lead()
    for a in range(0, len(text), 7):
        for b in (len(text), len(text) - 11, a + 40):
            expected = [(m.span(), m.lastgroup) for m in rx.finditer(text, a, b)]
            assert [(m.span(), m.lastgroup) for m in scan_matches(rx, lead, text, a, b)] == expected
            expected_verbs = [m.span() for m in _verb_re().finditer(text, a, b)]
            assert list(_spans(_verb_re(), _verb_capture(), text, a, b)) == expected_verbs


def test_has_words_counts_the_plain_words() -> None:
    from itertools import islice

    from claimtrace.claims import _WORD_RE as CLAIM_WORD_RE
    from claimtrace.claims import _has_words

    rng = random.Random(11)
    for _ in range(5000):
        s = "".join(rng.choice("ab_ 1.,-\n\u00e9\u0660\u00b2") for _ in range(rng.randint(0, 12)))
        for n in (1, 2, 3):
            assert _has_words(s, n) == (next(islice(CLAIM_WORD_RE.finditer(s), n - 1, None), None)
                                        is not None), (s, n)


def test_sentence_ends_match_nltk_span_tokenize() -> None:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from claimtrace.sentences import tokenizer

    tok = tokenizer()
    rng = random.Random(5)
    pieces = list("ab A B.?!\"')]} \n\n-:;,\t") + ["Mr.", "U.S.", "...", '."', '!"', ") ", "Sen.",
                                                  "1.5", "no.", "(", "\u201d", "\u2003"]
    texts = ['"We will win!" she said. Sen. Warren met U.S. officials.\n\nHe left.',
             "(He left.) Then? \"Yes.\" No!"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        # nltk's own generators over the plain Punkt decision (no cache, no fast paths)
        slices = PunktSentenceTokenizer._slices_from_text(tok, text)
        expected = [s.stop for s in PunktSentenceTokenizer._realign_boundaries(tok, text, slices)]
        assert tok.sentence_ends(text) == expected, text


def test_sentence_break_decisions_match_nltk_patterns() -> None:
    """Punkt's decision with the ``re`` word pattern and tokens is nltk's own (``regex``)."""
    from nltk.tokenize.punkt import PunktLanguageVars, PunktToken

    from claimtrace.sentences import _lexicon, _NewsPunkt, tokenizer

    ours = tokenizer()
    plain = _NewsPunkt(*_lexicon())
    plain._lang_vars, plain._Token = PunktLanguageVars(), PunktToken  # nltk's own patterns
    rng = random.Random(13)
    words = ["Mr", "U.S", "Co", "no", "5", "1,5", "-3.2", "Sen", "e.g", "a", "Jr", "..", "A",
             "x--y", "\u0660", "\u00e9t\u00e9", "I", "(He", "\"The", "'s", "Inc", "\u1e9e", "ok"]
    gaps = [" ", "  ", "\n", "\n\n", "\x1c", "\u2003", "\t"]
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice([".", ". ", "", ",", "?", "!"])
                       + rng.choice(gaps) for _ in range(rng.randint(1, 4)))
        assert ours.text_contains_sentbreak(text) == plain.text_contains_sentbreak(text), text


# Lead scans (claimtrace.lead_scan): each pattern scanned through a lead is checked on random
# texts built from its own words, letters that case-blind matching folds, punctuation and
# spaces, at random ranges (the lookbehind must see the character before the range's start, as
# re does).
_NOISE = ["x", "_", " ", "  ", "-", "'", ".", ",", "\n", "1", "\u017f", "\u212a", "\u0130", "\u0131",
          "A", "As", "said", "the ", "The ", "\u00e9"]


def _texts(words: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words + _NOISE) + rng.choice(_JOINS) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


_JOINS = [" ", " ", " ", "", ", ", "\n", "-"]


def _cases():
    special = ["According to", "according to", "was said", "were told", "is expected", "as expected",
               "has been reported", "seemed to", "appears likely", "reportedly", "Asked about",
               "was asked whether", "was the first to report", "ACCORDING TO"]
    yield "special", cues._special_re(), cues._special_lead(), special
    yield "anonymity", anonymity._anonymity_re(), anonymity._anonymity_lead(), \
        list(phrase_list("anonymity.txt"))[:40]
    yield "outlet", names._outlet_re(), names._outlet_lead(), list(phrase_list("outlets.txt"))[:60]
    yield "object verbs", source_repairs._OBJECT_VERB_HINT_RE, source_repairs._OBJECT_VERB_LEAD_RE, \
        sorted(source_repairs._OBJECT_VERBS)


@pytest.mark.parametrize("name,rx,lead,words", list(_cases()), ids=lambda v: v if isinstance(v, str) else "")
def test_lead_scan_equals_finditer_and_search(name: str, rx: re.Pattern[str], lead: re.Pattern[str],
                                              words: list[str]) -> None:
    found = 0
    for k, text in enumerate(_texts(words, 1500, seed=len(name))):
        rng = random.Random(k)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in rx.finditer(text, start, end)]
        assert [m.span() for m in scan_matches(rx, lead, text, start, end)] == expected, text
        first = first_match(rx, lead, text, start, end)
        assert (first.span() if first else None) == (expected[0] if expected else None), text
        found += len(expected)
    assert found > 100  # the texts do hold matches


def test_lead_of_refuses_a_pattern_without_the_lookbehind() -> None:
    with pytest.raises(ValueError, match="does not open with"):
        lead_of(re.compile(r"\bsaid"), NOT_AFTER_WORD, r"\W")


def test_split_conjuncts_quick_test_changes_nothing() -> None:
    """split_conjuncts skips its patterns when no separator can be there (conjuncts._may_join);
    on random mentions it splits as the patterns alone do."""
    from claimtrace import conjuncts as c

    def plain(text: str) -> list[str]:
        if " and " in text and (c._one_title_case_name(text) or c._body_title_name(text)
                                or c._PREPOSITION_OBJECTS_RE.search(text)):
            return [text]
        return c._CONJUNCT_RE.split(c._BOTH_RE.sub("", text))

    words = ["both", "Both", "either", "neither", "and", "AND", "or", "nor", "including", "as", "well",
             "such", "along", "with", "like", "among", "them", ",", "--", "\u2014", "the", "Mayor",
             "aides", "Jane", "Doe", "in", "particular", "x-y"]
    rng = random.Random(3)
    split = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "  ", "\n", ""])
                       for _ in range(rng.randint(1, 7))).strip(" ")
        assert c.split_conjuncts(text) == plain(text), text
        split += len(plain(text)) > 1
    assert split > 1000
