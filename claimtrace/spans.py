"""Small span helpers over the normalised text: trimming, noun-phrase walks, tails.

These are the shared building blocks of the attribution frames (``attributions.py``).

>>> text = 'The economy is strong, one official said on Tuesday.'
>>> s, e = left_np(text, 0, text.index('said'))
>>> text[s:e]
'one official'
"""

from __future__ import annotations

import re

from .cues import WORD_RE
from .lexicons import noun_categories, phrase_set, reporting_verbs, weak_verb_forms

STOP_WORDS = frozenset(
    "and or but nor that because although though while whereas if when whenever where after "
    "before since until unless as so than then yet however is are was were be been being am "
    "has have had do does did will would can could may might must should shall not to there "
    "here what whether how why also this these those it's i'm whom whose which who".split()
)
NP_PREPOSITIONS = frozenset("of for at in from with on close familiar including near within "
                            "among across by inside outside around".split())
DETERMINERS = frozenset("a an the this that these those his her their its our my your some "
                        "any each every another other no".split())
PRONOUNS = frozenset("he she they it we i you who which that him them us me".split())
_LEAD_ADVERBS = frozenset("meanwhile however still now but and also indeed instead later earlier "
                          "separately similarly yet so then thus even recently "
                          "ultimately naturally despite let".split())
_BOUNDARY_RE = re.compile(r'[,;:"\u2014\u2013\[\]]|\s-\s|\s--\s')
_INTERJECTED = frozenset("however also meanwhile then later previously now still too "
                         "instead once recently earlier again both all each themselves "
                         "himself herself".split())
TRAIL_PUNCT = ".!?;:,"
_NP_WINDOW = 250  # characters either side of a cue in which a source phrase is looked for


def strip_ws(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink (s, e) past surrounding whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def strip_trailing_punct(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop trailing whitespace and sentence punctuation, but keep a closing quote."""
    s, e = strip_ws(text, s, e)
    while e > s and text[e - 1] in TRAIL_PUNCT + " ":
        e -= 1
    return s, e


def has_word(text: str, s: int, e: int) -> bool:
    """Is there at least one word between ``s`` and ``e``?"""
    return WORD_RE.search(text, s, e) is not None


def words(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD_RE.finditer(text, s, e)]


def _boundary_between(text: str, a: int, b: int) -> bool:
    return _BOUNDARY_RE.search(text, a, b) is not None


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
_OBJECT_PRONOUNS = frozenset("him her them us me".split())
# Auxiliaries between a source and its cue ("has said"); a modal ("would say") is left alone:
# it makes the cue hypothetical, and the frames decide what to do with that.
_AUXILIARIES = frozenset("has have had did does do not never".split())
_CONTRACTED = frozenset("t ve re d ll m".split())  # after a curly apostrophe, a word of its own
_CONTRACTIONS = ("n't", "'ve", "'re", "'d", "'ll")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_NOUNS = frozenset("week month year weekend night morning afternoon evening".split())
_TIME_LEADS = frozenset("on last this next early late earlier later".split())
_DAY_WORDS = _WEEKDAYS | frozenset("yesterday today tonight".split())
_COMPARATIVES = frozenset("more less fewer".split())
_GOVERNORS = NP_PREPOSITIONS | frozenset("of to and or against about than".split())


def _lower(text: str, tok: tuple[int, int]) -> str:
    """The word at ``tok``, lower-cased."""
    return text[tok[0]:tok[1]].lower()


def _drop_tail(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pop what sits between a source and its cue: adverbs, auxiliaries, a day or time.

    "Trump on Friday didn't say" keeps "Trump"; "Carter however said" keeps "Carter".
    """
    toks = list(toks)
    while len(toks) > 1:
        low = _lower(text, toks[-1])
        prev = _lower(text, toks[-2])
        if low == "s" and prev in PRONOUNS and text[toks[-1][0] - 1] in "'\u2019":
            toks.pop()  # "She\u2019s said": a contracted "has" or "is"
            continue
        if low in _CONTRACTED and text[toks[-1][0] - 1] in "'\u2019":
            toks.pop()
            if prev.endswith("n") and prev not in PRONOUNS:
                toks.pop()  # "didn't", "wouldn't"
            continue
        if prev in _TIME_LEADS and (low in _DAY_WORDS or low in _TIME_NOUNS) \
                and not _reduced_relative(text, toks[-8:-2]):
            toks.pop()
            if len(toks) > 1 and _lower(text, toks[-1]) in _TIME_LEADS:
                toks.pop()
            continue
        if low == "past" and prev == "the" and len(toks) > 2 and _lower(text, toks[-3]) == "in":
            del toks[-3:]  # "has in the past said"
            continue
        if low in _QUANTIFIERS and _opens_clause(text, toks[-2], toks[-1][0]):
            break  # "..., and both said": the quantifier is the subject
        if low in _INTERJECTED or low in _AUXILIARIES or low.endswith(_CONTRACTIONS) or (low.endswith("ly") and low not in
                                                           _NOT_ADVERBS and text[toks[-1][0]].islower()):
            toks.pop()
            continue
        break
    return toks


# Quantifiers that stand for a group of people when nothing follows them ("Some argue").
_QUANTIFIERS = frozenset("another some many most both all few several each none".split())
_CLAUSE_OPENERS = frozenset("and but or yet so while whereas because although though as if when "
                             "where that".split())


def _opens_clause(text: str, prev: tuple[int, int], start: int) -> bool:
    """Does the word ``prev`` (or punctuation after it) end a clause before ``start``?"""
    return _lower(text, prev) in _CLAUSE_OPENERS or _boundary_between(text, prev[1], start)


_NOT_ADVERBS = frozenset("ally family assembly rally italy july".split())


def _reduced_relative(text: str, toks: list[tuple[int, int]]) -> bool:
    """Is there a participle with a phrase of its own ("voters *polled by* Reuters last week")?
    A time phrase after it belongs to the participle, and so to the source."""
    for (s, e), nxt in zip(toks, toks[1:], strict=False):
        w = text[s:e]
        if w.islower() and w.endswith(("ed", "ing")) and _lower(text, nxt) in _GOVERNORS | {"by"}:
            return True
    return False


def left_np(text: str, floor: int, cue_start: int, *, max_words: int = 12) -> tuple[int, int] | None:
    """The noun phrase that ends right before ``cue_start`` (the source of "X said").

    Walks left over words until a clause boundary (punctuation, a stop word, a verb cue) or
    ``floor``. Returns None when no plausible phrase is there.

    >>> t = "Those Democrats on Tuesday said"
    >>> s, e = left_np(t, 0, t.index("said")); t[s:e]
    'Those Democrats'
    """
    toks = _drop_tail(text, words(text, max(floor, cue_start - _NP_WINDOW), cue_start))
    if not toks:
        return None
    last_s, last_e = toks[-1]
    if _boundary_between(text, last_e, cue_start) and text[last_e:cue_start].strip() != ")":
        return None
    head = text[last_s:last_e].lower()
    pronoun = _pronoun_part(text, last_s, last_e)
    if pronoun is not None and pronoun[1] < last_e:
        return pronoun  # "He's said", "They've argued"
    if head in ("who", "which", "that") or head in _SUBJECT_PRONOUNS:
        return last_s, last_e  # a subject pronoun takes no modifiers: "the extent she said"
    if head in _QUANTIFIERS and (len(toks) < 2 or _opens_clause(text, toks[-2], last_s)):
        return last_s, last_e  # "Another said", "Some argue", "Both said"
    if not _plausible_head(text, last_s, last_e):
        return None
    if head in _OBJECT_PRONOUNS and (len(toks) < 2 or _lower(text, toks[-2]) not in _GOVERNORS):
        return last_s, last_e
    start = _walk_left(text, toks, max_words)
    # drop leading prepositions / sentence adverbs the walk swept in
    toks = words(text, start, last_e)
    while toks and (text[toks[0][0]:toks[0][1]].lower() in NP_PREPOSITIONS | _LEAD_ADVERBS):
        toks = toks[1:]
    if not toks:
        return None
    return _relative_antecedent(text, floor, toks[0][0]), last_e


def _relative_antecedent(text: str, floor: int, start: int, *, max_words: int = 12) -> int:
    """Where a phrase starts when it closes a restrictive relative clause: "advisers *who have
    run the numbers* argue" reaches back to "advisers". Only a subject relative ("who" + a
    lower-case verb) counts: in "the bill who Democrats ..." the walk stays put.

    >>> t = "Advisers who have run the numbers argue"
    >>> t[_relative_antecedent(t, 0, t.index("run")):]
    'Advisers who have run the numbers argue'
    """
    toks = words(text, max(floor, start - _NP_WINDOW), start)[-max_words:]
    for i in range(len(toks) - 1, 0, -1):
        if _boundary_between(text, toks[i][1], toks[i + 1][0] if i + 1 < len(toks) else start):
            return start
        if _lower(text, toks[i]) != "who":
            continue
        nxt = text[toks[i + 1][0]:toks[i + 1][1]] if i + 1 < len(toks) else text[start:start + 1]
        if not nxt.islower() or nxt in DETERMINERS or nxt in PRONOUNS:
            return start
        np = left_np(text, floor, toks[i][0], max_words=8)
        return np[0] if np and text[np[0]:np[1]].lower() not in PRONOUNS else start
    return start


def _walk_left(text: str, toks: list[tuple[int, int]], max_words: int) -> int:
    """Start of the phrase that ends with ``toks[-1]``: left over modifiers, "of"/"to" phrases,
    demonstratives and comparatives ("those Democrats", "more than half of voters")."""
    verbs = reporting_verbs()
    weak = weak_verb_forms()
    start = toks[-1][0]
    for i in range(len(toks) - 2, max(-1, len(toks) - 1 - max_words), -1):
        s, e = toks[i]
        w = text[s:e]
        lw = w.lower()
        if _boundary_between(text, e, toks[i + 1][0]):
            break
        prev_word = text[toks[i - 1][0]:toks[i - 1][1]] if i else ""
        if lw in ("and", "or") and (prev_word[:1].isupper() or prev_word.lower() in PRONOUNS
                                    or _is_source_noun(prev_word)) \
                and not _boundary_between(text, toks[i - 1][1], s):
            start = s  # "Mr. Xi and other leaders said"
            continue
        if lw == "than" and prev_word.lower() in _COMPARATIVES:
            start = s  # "more than half of voters"
            continue
        if lw in ("this", "these", "those", "whose"):
            start = s
            if lw == "whose":
                break
            continue
        if lw in STOP_WORDS and not (lw == "to" and _prepositional_to(text, toks, i)):
            break
        if lw in verbs and not w[0].isupper() and lw not in weak:
            break
        start = s
    return start


def _is_source_noun(word: str) -> bool:
    """A lower-case noun that names speakers or their titles ("experts", "members", "governor").

    >>> _is_source_noun("attorneys"), _is_source_noun("slowed")
    (True, False)
    """
    low = word.lower().rstrip(".")
    return word.islower() and (low in noun_categories() or low in phrase_set("titles.txt"))


def _prepositional_to(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Is ``toks[i]`` ("to") a preposition ("adviser to the mayor") rather than an infinitive?"""
    prev = _lower(text, toks[i - 1]) if i else ""
    if prev in ("close", "next", "loyal", "according"):
        return True
    nxt = text[toks[i + 1][0]:toks[i + 1][1]]
    return nxt.lower() in DETERMINERS or nxt.lower() == "both" or nxt[0].isupper() or nxt[0].isdigit()


_APPOSITIVE_OPENERS = frozenset("a an the his her their its one former who which whose "
                                "now then both also chief head senior".split())
_NAME_START_RE = re.compile(r"(?:[A-Z][a-z]+\.?\s+){1,3}[A-Z][\w'\-]+\s*$|[A-Z][a-z]+\s+[A-Z]")
_RELATIVE_RE = re.compile(r"\s*(?:who|which|whose)\b", re.IGNORECASE)
_SUBJECT_RE = re.compile(
    r"(?:(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}|[A-Z][a-z]+ [A-Z][a-z]+),\s+)?"  # "Even so, " / "On Tuesday, "
    r"((?:he|she|they|it|we|i|He|She|They|It|We|I)\b|"
    r"(?:(?:The|A|An)\s+)?(?:[A-Z][\w.'\-]*\s+){0,4}[A-Z][\w'\-]*)(?=\s+[a-z])"
)


def appositive_np(text: str, floor: int, comma: int) -> tuple[int, int] | None:
    """"X, a spokesman for Y, said": the phrase and its appositive, through ``comma``.

    A relative clause belongs to the phrase, as PolNeAR marks it more often than not:
    "Barkley, who votes Democratic, said" gives "Barkley, who votes Democratic,".
    """
    opening = text.rfind(",", floor, comma)
    limit = 30 if opening >= 0 and _RELATIVE_RE.match(text, opening + 1) else 15
    if opening < 0 or len(words(text, opening, comma)) > limit or '"' in text[opening:comma]:
        return None
    inner = words(text, opening, comma)
    first = text[inner[0][0]:inner[0][1]] if inner else ""
    if not first or (first.lower() in STOP_WORDS and first.lower() not in _APPOSITIVE_OPENERS) \
            or first.lower() == "according":
        return None
    if _is_parenthetical(first):
        return left_np(text, floor, opening)  # "Trump, speaking in Ohio, said": not an appositive
    verbs, weak = reporting_verbs(), weak_verb_forms()
    if limit == 15 and any(text[s:e].lower() in verbs and text[s:e].lower() not in weak
                           for s, e in inner[1:] if not text[s].isupper()):
        return None  # a clause with its own cue, not an appositive (relative clauses may have one)
    np = left_np(text, floor, opening)
    if np is None or '"' in text[np[0]:np[1]]:
        return None
    return _name_before(text, floor, np[0]), comma + 1


_PARENTHETICAL_OPENERS = frozenset("for in on during speaking meanwhile however though".split())


def _is_parenthetical(first: str) -> bool:
    """Does a comma segment opening with ``first`` interrupt the clause rather than describe
    the source? ("Trump, *speaking in Ohio*, said", "Curbelo, *in particular*, has slammed")"""
    low = first.lower()
    return low in _PARENTHETICAL_OPENERS


def _name_before(text: str, floor: int, start: int, *, max_segments: int = 3) -> int:
    """"Carole Bower, 75, a retiree in Carthage, Ill., said": walk back over comma-separated
    segments to the name that opens the phrase; ``start`` when no name is found."""
    pos = start
    for _ in range(max_segments):
        comma = pos - 1
        while comma > floor and text[comma] == " ":
            comma -= 1
        if comma <= floor or text[comma] != ",":
            return start
        seg = left_np(text, floor, comma, max_words=8)
        if seg is None or '"' in text[seg[0]:comma]:
            return start
        first = text[seg[0]:seg[0] + 1]
        if first.isupper() and _NAME_START_RE.match(text, seg[0]):
            return seg[0]
        pos = seg[0]
    return start


_CLAUSE_INTRO = frozenset("in on at as once after when while since although though if because "
                          "during before until despite with without for from by over under "
                          "two three four five six several days weeks months years".split())
_NOT_SUBJECTS = frozenset("The A An It That This There Here What More Most Many Some".split())
_SUBJECT_LEAD = frozenset("but and so yet still then now meanwhile however instead".split())


def subject_np(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The sentence-initial subject when it is a pronoun or a capitalised name.

    Leading conjunctions are skipped; an opening adverbial clause ("On Thursday, ...",
    "As the votes came in, ...") is skipped to its comma, and without a comma there is no
    reliable subject.

    >>> t = "As results came in, Mr. Obama gave a speech, predicting a win."
    >>> s, e = subject_np(t, 0, len(t)); t[s:e]
    'Mr. Obama'
    """
    toks = words(text, start, min(end, start + _NP_WINDOW))
    while toks and text[toks[0][0]:toks[0][1]].lower() in _SUBJECT_LEAD:
        start = toks[0][1]
        toks = toks[1:]
    first = text[toks[0][0]:toks[0][1]].lower() if toks else ""
    if first in _CLAUSE_INTRO or first.endswith("ing") or first in ("shortly", "just", "even"):
        comma = text.find(",", toks[0][1], end)
        if comma < 0 or len(words(text, toks[0][1], comma)) > 14:
            return None
        start = comma + 1
    start = strip_ws(text, start, end)[0]
    m = _SUBJECT_RE.match(text, start, end)
    if not m:
        return None
    s, e = m.span(1)
    subject = text[s:e]
    if subject in ("The", "A", "An"):
        return _described_subject(text, s, end)
    if subject in _NOT_SUBJECTS or subject.endswith(("'s", "'m", "'re", "n't")):
        return None  # "It's another ...", "That's partly why ...": no speaker
    if subject.lower() in _SUBJECT_PRONOUNS:
        return s, e
    return (s, _noun_words_after(text, e, end)) if e > s else None


def _noun_words_after(text: str, pos: int, end: int, *, max_words: int = 6) -> int:
    """Extend a capitalised subject over title and role nouns and the name they lead to:
    "Rubio *press secretary Brooke Sammon*", "The Florida *senator*"; a lower-case run counts
    only once a source noun closes it ("Clinton leads Trump" stays "Clinton").

    >>> t = "Rubio press secretary Brooke Sammon sent a note."
    >>> t[:_noun_words_after(t, 5, len(t))]
    'Rubio press secretary Brooke Sammon'
    """
    out, pending = pos, False
    for s, e in words(text, pos, min(end, pos + 80))[:max_words]:
        w = text[s:e]
        if _boundary_between(text, out, s):
            break
        if w[0].isupper() and not pending:
            out = e
        elif _is_source_noun(w):
            out, pending = e, False
        elif w.islower() and w not in STOP_WORDS and w not in DETERMINERS \
                and w not in reporting_verbs() and not w.endswith(("ed", "ly")) \
                and (w.endswith("ss") or not w.endswith("s")):  # "leads", "wins": a verb
            pending = True
        else:
            break
    return out


def _described_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """"The senator angered ...": a determiner and up to three words ending in a source noun."""
    nouns = noun_categories()
    toks = words(text, start, min(end, start + 60))[:4]
    for s, e in toks[1:]:
        word = text[s:e]
        if not word.islower():
            return None
        if word in nouns:
            return start, e
    return None


_CONTRACTED_PRONOUN_RE = re.compile(r"(he|she|they|we|i|you|it|who)(?:['\u2019](?:s|ve|d|ll|re|m))?$",
                                    re.IGNORECASE)


def _pronoun_part(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The subject pronoun in the word at (s, e), a contracted auxiliary cut off; else None.

    >>> t = "He's said"; _pronoun_part(t, 0, 4)
    (0, 2)
    """
    m = _CONTRACTED_PRONOUN_RE.match(text, s, e)
    return None if m is None else (s, m.end(1))


def _plausible_head(text: str, s: int, e: int) -> bool:
    """Can this word end a noun phrase that speaks? (a pronoun, a name, a noun)."""
    w = text[s:e]
    lw = w.lower()
    if lw in PRONOUNS:
        return True
    if lw in STOP_WORDS or lw in DETERMINERS or lw in NP_PREPOSITIONS:
        return False
    if lw.endswith("ly") and not w[0].isupper() and lw not in _NOT_ADVERBS:
        return False
    if lw.endswith(("'s", "\u2019s")):
        return False  # a possessor: "Trump's remarks" makes the cue a noun
    return not (lw.isdigit() and len(lw) == 4)


__all__ = ["DETERMINERS", "NP_PREPOSITIONS", "PRONOUNS", "STOP_WORDS", "appositive_np",
           "has_word", "left_np", "strip_trailing_punct", "strip_ws", "subject_np", "words"]
