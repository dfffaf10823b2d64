"""False senses: a reporting-verb form used in a sense that reports nothing.

``find_cues`` matches word forms; some uses of those forms are no cue at all, and a grammatical
signal right next to the form tells them apart:

- a noun after a determiner or possessive: "his own promise", "the reality show", "their home
  state" (the verb reading needs a subject, which a determiner never is);
- a phrasal verb with another sense: "showed up", "called off the deal", "wrote off the debt",
  "did not back down", "the numbers added up";
- "add to" before a noun phrase: "adding to her delegate lead" (an increase, not a remark);
- a gerund after "since" or "without": "since announcing his bid", "without naming a
  site" (a time or a manner, told by the writer).

PolNeAR train (cue overlap with a gold cue): the attributions these uses gave were right 4
times out of 50.

>>> from claimtrace.cues import find_cues
>>> t = "Thousands showed up at the rally."
>>> false_sense(t, find_cues(t, 0, len(t), [])[0])
True
"""

from __future__ import annotations

import re

from .cues import Cue

__all__ = ["false_sense"]

# a word before the form that makes it a noun; "this", "that", "each" and "another" are left out
# ("This seems fair", "a hat that says ...", "Each said ...", "another said")
_NOUN_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|these|those|own|recent|new|"
    r"empty|home|reality|weekly|popular|harsh|tough))\s+$",
    re.IGNORECASE)

_NOUN_FORM_RE = re.compile(r"[A-Za-z]+(?<!ed)(?<!ing)")

# lemma -> particles that turn it into a verb of another sense
_PHRASAL: dict[str, tuple[str, ...]] = {
    "show": ("up", "off"),
    "call": ("off",),
    "write": ("off",),
    "back": ("down", "up", "away", "off"),
    "add": ("up",),
}
_PARTICLE_RE = re.compile(r"\s+(up|off|down|away)\b(?!-)")
_BE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\b", re.IGNORECASE)

_ADD_TO_RE = re.compile(r"\s+to\s+(?:his|her|their|its|our|the|an?|this|that|what)\b")

_GERUND_AFTER_RE = re.compile(r"\b(?:since|without)\s+$")  # not "Since announcing ...", "upon saying"


def _noun_use(text: str, cue: Cue) -> bool:
    """"his own promise", "the reality show": a one-word form after a determiner."""
    form = text[cue.start:cue.end]
    return cue.start == cue.verb_start and bool(_NOUN_FORM_RE.fullmatch(form)) \
        and bool(_NOUN_BEFORE_RE.search(text, max(0, cue.start - 20), cue.start))


def _phrasal(text: str, cue: Cue) -> bool:
    """"showed up", "called off the deal" (active voice; "was written off as" is a report)."""
    particle = _PARTICLE_RE.match(text, cue.end)
    if particle is None or particle.group(1) not in _PHRASAL.get(cue.lemma, ()):
        return False
    return _BE_RE.search(text, cue.start, cue.end) is None


def _adds_to(text: str, cue: Cue) -> bool:
    """"adding to her lead": an increase."""
    return cue.lemma == "add" and _ADD_TO_RE.match(text, cue.end) is not None


def _gerund_adjunct(text: str, cue: Cue) -> bool:
    """"since announcing his bid", "without naming a site"."""
    return text[cue.start:cue.end].endswith("ing") \
        and _GERUND_AFTER_RE.search(text, max(0, cue.start - 10), cue.start) is not None


def false_sense(text: str, cue: Cue) -> bool:
    """True when the cue's form is used in a sense that attributes nothing."""
    return _noun_use(text, cue) or _phrasal(text, cue) or _adds_to(text, cue) \
        or _gerund_adjunct(text, cue)
