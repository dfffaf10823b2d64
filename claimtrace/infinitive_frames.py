"""Infinitive frames: a speech verb after "to", whose speaker is the subject of the clause
("Sanders took the stage *to assail* Clinton's record") or the object of a verb of causing
("the ruling led Democrats *to say* a recount was needed"); a hedge before a speech infinitive,
whose subject speaks ("Ann *seemed to confirm* it"); and a verb of aspect before an action,
which reports nothing ("Ann *went on to win*").

>>> from claimtrace.model import Sentence, Span
>>> from claimtrace.cues import find_cues
>>> t = "The ruling led local Democrats to say a recount was needed."
>>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
>>> raw = infinitive(ctx, next(c for c in find_cues(t, 0, len(t), []) if c.lemma == "say"))
>>> t[raw.source[0]:raw.source[1]], raw.rule
('local Democrats', 'object_infinitive')
"""

from __future__ import annotations

import re

from .clause_frames import sentence_subject
from .cues import Cue
from .frame_context import Ctx, RawAttribution, content_after, span_text
from .lexicons import reporting_verbs
from .model import Pattern
from .span_words import lower_word
from .spans import left_np, words
from .spans_right import is_adverbial_tail

__all__ = ["aspect_without_speech", "evidential_speaker", "infinitive"]

# Speech verbs whose purpose infinitive is an action more than a statement ("to defend his
# record", "to nominate a judge"): measured on PolNeAR train, mostly not annotated.
_NOT_PURPOSE_SPEECH = frozenset("defend ask recommend describe nominate disclose mention "
                                "acknowledge reject confirm reveal deny admit recall promise "
                                "write".split())
# Words that take a "to + verb" as their object rather than a purpose: "able to say",
# "refused to comment" (the cue is the governing verb, or nothing is said).
_INFINITIVE_GOVERNORS = frozenset(
    "able unable want wants need needs going likely unlikely expected ready willing reluctant "
    "eager set due about have has had used ought try tries tried trying attempt seem seems "
    "appear appears allowed forced asked told urged refuse refuses declined decline plan plans "
    "hope hopes chance time way right effort efforts order opportunity decision bid pressure "
    "would could will may might must should can safe fair hard easy needless difficult".split())
# verbs of aspect or likelihood before a speech infinitive, whose subject is the speaker's
# ("went on to say", "continued to criticize", "is likely to argue", "refused to condemn")
_ASPECT_GOVERNORS = frozenset("on continued continue continues continuing likely seemed seems "
                              "appeared refused refuses failed".split())
# verbs that make their object speak ("led Democrats to demand", "prompted the mayor to
# say"): the object, not the subject, is the speaker of the infinitive
_CAUSING_VERBS = frozenset("led lead leads leading prompted prompt prompts prompting drove drive "
                           "drives driving allow allows allowed allowing enable enables enabled "
                           "enabling caused cause causes causing spurred spur spurs inspired "
                           "inspire inspires".split())
_MAX_OBJECT_WORDS = 8
# Cues of aspect ("continued", "went on") that report nothing when an action follows "to"
_ASPECT_CUES = frozenset({"continue", "went on"})
_ACTION_VERBS = frozenset("win lose be become serve lead work build run grow rise fall receive raise "
                          "deliver hold play make take get have defeat hurt live spend earn".split())
_EVIDENTIAL_KINDS = frozenset({"speech", "evidence", "told"})
_NOT_SPEAKERS = frozenset({"it", "there", "that", "which", "this"})
_TO_VERB_RE = re.compile(r"\s+to\s+(?:[a-z]+ly\s+)?([a-z]+)")


def _causee(text: str, floor: int, to_start: int) -> tuple[int, int] | None:
    """The object of a verb of causing that ends right before "to" ("led *some Republicans* to
    say"), else None.

    >>> t = "The vote led some Republicans to say so."
    >>> s, e = _causee(t, 0, t.index("to say")); t[s:e]
    'some Republicans'
    """
    toks = words(text, max(floor, to_start - 80), to_start)[-(_MAX_OBJECT_WORDS + 1):]
    for i in range(len(toks) - 2, -1, -1):
        if lower_word(text, toks[i]) in _CAUSING_VERBS:
            np = left_np(text, toks[i][1], to_start)
            return np if np is not None and np[0] == toks[i + 1][0] else None
    return None


def infinitive(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"Sanders took the stage to assail Clinton's record": a purpose infinitive of a speech verb
    whose subject is the sentence's. Not after a verb that is itself a cue or takes the
    infinitive as its object ("declined to say", "wants to discuss", "is expected to say").

    >>> from claimtrace.model import Sentence, Span
    >>> from claimtrace.cues import find_cues
    >>> t = "Sanders took the stage to assail Clinton's record."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> raw = infinitive(ctx, find_cues(t, 0, len(t), [])[0])
    >>> span_text(t, raw.source), span_text(t, raw.cue), t[slice(*raw.content[0])], raw.rule
    ('Sanders', 'assail', "Clinton's record", 'purpose_infinitive')
    """
    text, sent = ctx.text, ctx.sent
    # phrasal cues count too ("came on the program to talk about ...", "chose not to respond
    # to ..."; PolNeAR train: 15 of 24 new ones annotated)
    if cue.weak or cue.kind != "speech" or cue.lemma in _NOT_PURPOSE_SPEECH:
        return None
    before = words(text, max(sent.start, cue.verb_start - 40), cue.verb_start)
    if len(before) < 2:
        return None
    governor = text[before[-2][0]:before[-2][1]].lower()
    if len(before) >= 3 and text[before[-3][0]:before[-3][1]].lower() == "too":
        return None  # "too low to justify more service": a degree, not a purpose
    aspect = governor in _ASPECT_GOVERNORS  # "went on to say", "continued to criticize"
    if not aspect and (governor in reporting_verbs() or governor in _INFINITIVE_GOVERNORS
                       or governor.endswith(("ed", "ing"))) \
            or any(a.cue[1] >= before[-2][0] for a in ctx.found):
        return None
    causee = _causee(text, sent.start, before[-1][0])
    src = causee or sentence_subject(ctx, cue.verb_start)
    content = content_after(ctx, cue.end)
    if src is None or content is None or (
            causee is None and src[1] > cue.verb_start - 1 - len(governor)):
        return None
    if is_adverbial_tail(text[cue.end:sent.end]):
        return None
    return RawAttribution((cue.verb_start, cue.end), src, [content], Pattern.SOURCE_VERB_CONTENT,
                          sent.index, "object_infinitive" if causee else "purpose_infinitive",
                          f"infinitive {text[cue.verb_start:cue.end]!r} of the subject "
                          f"{span_text(text, src)!r}")


def aspect_without_speech(text: str, cue: Cue) -> bool:
    """Is ``cue`` a verb of aspect whose infinitive is an action ("went on to win")?

    >>> from claimtrace.cues import find_cues
    >>> t = "Ann went on to win the race."
    >>> aspect_without_speech(t, find_cues(t, 0, len(t), [])[0])
    True
    """
    if cue.lemma not in _ASPECT_CUES:
        return False
    m = _TO_VERB_RE.match(text, cue.end)
    return m is not None and m.group(1) in _ACTION_VERBS


def evidential_speaker(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"Ann seemed to confirm the report": a hedge on a speech verb, whose subject speaks.

    >>> from claimtrace.model import Sentence, Span
    >>> from claimtrace.cues import find_cues
    >>> t = "Ann seemed to confirm the report."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> raw = evidential_speaker(ctx, find_cues(t, 0, len(t), [])[0])
    >>> t[raw.source[0]:raw.source[1]], raw.rule
    ('Ann', 'evidential_subject')
    """
    text, sent = ctx.text, ctx.sent
    m = _TO_VERB_RE.match(text, cue.end)
    if m is None or reporting_verbs().get(m.group(1), ("", ""))[1] not in _EVIDENTIAL_KINDS:
        return None
    src = left_np(text, sent.start, cue.start)
    content = content_after(ctx, cue.end)
    if src is None or content is None or text[src[0]:src[1]].lower() in _NOT_SPEAKERS:
        return None
    return RawAttribution((cue.start, cue.end), src, [content], Pattern.SOURCE_VERB_CONTENT,
                          sent.index, "evidential_subject",
                          f"{text[cue.start:cue.end]!r} + speech verb {m.group(1)!r} of "
                          f"{span_text(text, src)!r}")
