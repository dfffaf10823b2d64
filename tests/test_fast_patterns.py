"""The faster patterns find exactly what the plain ones they replace find."""

from __future__ import annotations

import random
import re

from claimtrace.anonymity import _anchor_re, _anonymity_re, anonymity_reason_span
from claimtrace.cues import WORD_RE
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
    from claimtrace.cues import (
        _matches,
        _spans,
        _special_lead,
        _special_re,
        _verb_capture,
        _verb_re,
    )

    text = ("According to aides, it was reported that he said so. \u017fays: WAS \u212aNOWN; "
            "\u0130s reportedly-said, x-said, said- was first to report as asked about it. "
            "He asked if. When asked whether, she appeared to say; seems likely.")
    rx, lead = _special_re(), _special_lead()
    for a in range(0, len(text), 7):
        for b in (len(text), len(text) - 11, a + 40):
            expected = [(m.span(), m.lastgroup) for m in rx.finditer(text, a, b)]
            assert [(m.span(), m.lastgroup) for m in _matches(rx, lead, text, a, b)] == expected
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
