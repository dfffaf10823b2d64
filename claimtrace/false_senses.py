"""False senses: a reporting-verb form used in a sense that reports nothing.

``find_cues`` matches word forms; some uses of those forms are no cue at all, and a grammatical
signal right next to the form tells them apart:

- a noun after a determiner or possessive: "his own promise", "the reality show", "their home
  state" (the verb reading needs a subject, which a determiner never is);
- a phrasal verb with another sense: "showed up", "called off the deal", "wrote off the debt",
  "did not back down", "the numbers added up";
- "add to" before a noun phrase: "adding to her delegate lead" (an increase, not a remark);
- a gerund after "since" or "without": "since announcing his bid", "without naming a
  site" (a time or a manner, told by the writer);
- a noun that ends its clause after a modifier: "with 38 percent support.", "a roundabout
  answer.", "the 9/11 attacks." (a verb there would need a plural subject or an object);
- a participle that modifies the noun before it: "a report issued this month", "the deal
  negotiated by the president" (a document made, not a claim);
- an adjective after a degree word: "the most telling promise", "more demanding";
- "add" before a number: "the economy added 151,000 jobs" (an increase).

PolNeAR train (cue overlap with a gold cue): the attributions the first four uses gave were
right 4 times out of 50; the last four, 1 time out of 33 (session 6, train error analysis:
clause-final nouns 0 of 10, made things 0 of 13, degree adjectives 1 of 6, amounts 0 of 4).

>>> from claimtrace.cues import find_cues
>>> t = "Thousands showed up at the rally."
>>> false_sense(t, find_cues(t, 0, len(t), [])[0])
True
"""

from __future__ import annotations

import re

from .cues import Cue
from .lexicons import noun_categories
from .span_words import OBJECT_HER_BEFORE_RE, is_source_noun

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
    """"his own promise", "the reality show": a one-word form after a determiner (not after
    "her" as the object of a preposition: "people close to her say ...")."""
    form = text[cue.start:cue.end]
    if cue.start != cue.verb_start or not _NOUN_FORM_RE.fullmatch(form) \
            or form.lower() in _PAST_FORMS:
        return False
    m = _NOUN_BEFORE_RE.search(text, max(0, cue.start - 20), cue.start)
    return m is not None and not (m.group().lower().startswith("her")
                                  and OBJECT_HER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()))


# past forms that are no nouns: after "her" or "those" they follow an object ("People who know
# *her said* ...")
_PAST_FORMS = frozenset("said told wrote thought felt knew spoke heard saw".split())


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


# lemmas whose bare and -s forms are common nouns ("support", "attacks", "answer", "state")
_NOUN_LEMMAS = frozenset("support attack answer address state project email show claim plan call "
                         "demand report hope question list offer challenge detail estimate remark "
                         "signal charge fear doubt quote label tweet note".split())
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;!?)]|$)")  # not ":" ("an honest answer: ...")
_AFTER_NUMBER_END_RE = re.compile(r"\s*(?:[.;!?)]|,\s|$)")  # "36 percent support, and ..."
_WORD_BEFORE_RE = re.compile(r"([\w%/'\u2019.,-]+)\s+$")
_NUMBER_RE = re.compile(r"\d|%$|^percent$")


def _word_before(text: str, cue: Cue) -> str:
    """The word right before ``cue``, with any comma or stop it carries ("" at the start)."""
    m = _WORD_BEFORE_RE.search(text, max(0, cue.start - 25), cue.start)
    return m.group(1) if m else ""
# words after which a bare form can be a verb: a plural subject's stand-ins, "to", auxiliaries
_VERB_BEFORE = frozenset("i you we they who that which to and or not never also still only will "
                         "would can could may might should must do did does don't didn't "
                         "doesn't".split())
_PLURAL_RE = re.compile(r"[a-z]+(?<!ss)(?<!us)(?<!is)s$")  # "voters", not "unanimous", "press"


def _clause_final_noun(text: str, cue: Cue) -> bool:
    """"38 percent support.", "a roundabout answer.", "the 9/11 attacks.": a noun that ends its
    clause after a number or a modifier; a verb there would need its object or a plural subject
    ("polls show.", "they answer.", "Bozell answers.").

    >>> t = "Cruz leads with 36 percent support, a new poll says."
    >>> from claimtrace.cues import find_cues
    >>> _clause_final_noun(t, find_cues(t, 0, len(t), [])[0])
    True
    """
    form = text[cue.start:cue.end].lower()
    if cue.lemma not in _NOUN_LEMMAS or cue.start != cue.verb_start or not form.isalpha() \
            or form.endswith(("ed", "ing")):
        return False
    before = _word_before(text, cue).lower()
    if not before:
        return False
    before = before.rstrip(",")
    if _NUMBER_RE.search(before):
        return _AFTER_NUMBER_END_RE.match(text, cue.end) is not None
    # a comma may open an aside after a verb ("Many in the party hope, aides say, that ...")
    return _CLAUSE_END_RE.match(text, cue.end) is not None and not form.endswith("s") \
        and before not in _VERB_BEFORE and not _PLURAL_RE.fullmatch(before)


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # "Monday" ... "Sunday"


# a document made or handed out; "written" is left out ("an article written by X" is often
# marked), and so is "posted" before anything but "by" ("the church posted on Facebook")
_MADE_RE = re.compile(r"(?:(?:recently|previously|first|later|jointly)\s+)?"
                      r"(?:issued|published|released|presented|negotiated|drafted|compiled|posted)")
_MADE_AFTER_RE = re.compile(
    r"\s+(?:by|in|on|at|over|last|earlier|late|recently|previously|online|"
    r"this\s+(?:week|month|year|morning|summer|spring|fall|winter)|"
    + _WEEKDAY + r")\b")
_NOT_NOUN_BEFORE = frozenset("is are was were be been being has have had he she it i we they you "
                             "who that which to and or not".split())


def _made_thing(text: str, cue: Cue) -> bool:
    """"a report issued this month", "the deal negotiated by the president": a participle that
    modifies the noun before it (no subject, no auxiliary, no object after it)."""
    form = text[cue.start:cue.end]
    if not _MADE_RE.fullmatch(form):
        return False
    before = _word_before(text, cue)
    if not before or before.lower() in _NOT_NOUN_BEFORE or before.endswith(","):
        return False  # "The senator, a Democrat, issued ...": a subject after its apposition
    if form.endswith("posted"):
        return text.startswith(" by ", cue.end)
    return _MADE_AFTER_RE.match(text, cue.end) is not None


_DEGREE_BEFORE_RE = re.compile(r"\b(?:most|more|less|least|very|so|too)\s+$", re.IGNORECASE)


def _degree_adjective(text: str, cue: Cue) -> bool:
    """"the most telling promise", "far more demanding": an -ing adjective after a degree word."""
    return cue.start == cue.verb_start and text.endswith("ing", cue.start, cue.end) \
        and _DEGREE_BEFORE_RE.search(text, max(0, cue.start - 10), cue.start) is not None


_AMOUNT_RE = re.compile(r"\s+(?:(?:about|nearly|almost|roughly|some|another|over|more\s+than|"
                        r"an\s+estimated|up\s+to)\s+)?[$\d]")


def _adds_amount(text: str, cue: Cue) -> bool:
    """"the economy added 151,000 jobs": an increase."""
    return cue.lemma == "add" and _AMOUNT_RE.match(text, cue.end) is not None


# verbs whose participle after a noun says what the source knows ("people *briefed* on", "officials
# *informed* about"); "reported on Sunday", "posted on Facebook" keep their verb reading
_INFORMED = frozenset(["brief", "inform"])
_INFORMED_AFTER_RE = re.compile(r"\s+(?:on|about)\b")
_SOURCE_NOUN_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+$")


def _describes_source(text: str, cue: Cue) -> bool:
    """"three people *briefed* on the talks said ...": a participle that describes the source noun
    before it (TAXONOMY's anonymous_vague "a person briefed on"), not a verb of its own.

    >>> from claimtrace.cues import find_cues
    >>> t = "Two people briefed on the talks said the deal was close."
    >>> [t[c.start:c.end] for c in find_cues(t, 0, len(t), []) if _describes_source(t, c)]
    ['briefed']
    """
    if cue.lemma not in _INFORMED or not text.endswith("ed", cue.verb_start, cue.end) \
            or cue.start != cue.verb_start or not _INFORMED_AFTER_RE.match(text, cue.end):
        return False
    m = _SOURCE_NOUN_BEFORE_RE.search(text, max(0, cue.start - 30), cue.start)
    return m is not None and is_source_noun(m.group(1).lower())


# "state television said", "state media reported": "state" as an adjective before a noun and
# its own reporting verb
_STATE_NOUN_RE = re.compile(r"\s+[a-z]+\s+(?:said|says|reported|reports|told|announced|added)\b")


def _state_adjective(text: str, cue: Cue) -> bool:
    """"...," state television said: "state" qualifies the noun after it.

    >>> from claimtrace.cues import find_cues
    >>> t = '"We won," state television said.'
    >>> [t[c.start:c.end] for c in find_cues(t, 0, len(t), []) if _state_adjective(t, c)]
    ['state']
    """
    return text[cue.start:cue.end].lower() == "state" and _STATE_NOUN_RE.match(text, cue.end) is not None


# Business and economic news (session 7, Reuters-21578 sample of 300 stories: 21 false cues of
# these kinds): a reporting verb in its market sense. A fall or a bid before an amount ("after
# declining 7.3 pct", "offered 34 dlrs a share", "is offering 125 mln dlrs of notes"); a figure
# that "showed a deficit"; a noun after a number ("12 points to 24.6 pct", "7.9 pct compared
# with 5.7 pct"); a dividend or split "declared"; "preferred" stock.
_SECURITIES_RE = re.compile(r"(?:[^.;,]|[.,](?=\d)){0,50}?\b(?:(?:a|per)\s+share|shares|notes|bonds|debentures|"
                            r"stock|securities|obligations|warrants|certificates|units)\b")
_CHANGE_RE = re.compile(
    r"(?:\s+(?:a|an|the|its|their))?(?:\s+[\w-]+){0,3}?\s+(?:deficits?|surplus(?:es)?|increases?|"
    r"decreases?|rises?|falls?|gains?|drops?|declines?|loss(?:es)?|profits?|growth|improvements?|"
    r"repayments?|shortfalls?|contraction|recovery)\b")
_CLAUSE_BEFORE_RE = re.compile(r"[^.;:,\n]{0,80}$")
_LETTERS_RE = re.compile(r"[A-Za-z]+")
_COMPARED_AFTER_RE = re.compile(r"\s+(?:with|to)\b")
_UNITS = frozenset("pct percent dlrs dollars stg yen marks francs lire cts cents tonnes barrels "
                   "shares points mln billion million earlier ago before".split())
# session 9 (Reuters-21578 sample of 3,000 stories; PolNeAR train: all 5 "decline(s)" cues were
# nouns or falls): what follows the verb when it is a refusal ("declined to comment", "declined
# comment", "declined requests for an interview", "declined, saying ..."; not "declined to close
# at 1.83 marks")
_REFUSAL_AFTER_RE = re.compile(r"\s*(?:,|(?:[a-z]+\s+){0,3}?to\s+(?!close|end|finish|settle|trade|stand)[a-z]|"
                               r"(?:comment|comments|requests?|"
                               r"invitations?|interviews?|offers?|repeated|repeatedly|multiple|several|"
                               r"an?|the|this|that|these|those|his|her|their|its|again|immediately|"
                               r"publicly|also)\b)", re.IGNORECASE)
# a company's results after "posted" ("posted net consolidated income", "posted record volume",
# "posted a decline in profit"; session 9, Reuters sample)
_RESULTS_RE = re.compile(
    r"(?:\s+(?:a|an|the|its|their))?(?:\s+[\w-]+){0,3}?\s+(?:income|profits?|loss(?:es)?|earnings|"
    r"revenues?|sales|volume|highs?|lows?|gains?|declines?|rises?|increases?|decreases?|deficits?|"
    r"surplus(?:es)?|growth|results|records?|margins?)\b", re.IGNORECASE)
# "raised posted prices for crude": the oil industry's list price, an adjective
_POSTED_PRICE_RE = re.compile(r"\s+prices?\b", re.IGNORECASE)
_DECLARED_RE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:dividends?|splits?|payouts?|distributions?|"
                          r"moratorium)\b", re.IGNORECASE)
_STOCK_AFTER_RE = re.compile(r"\s+(?:stocks?|shares?|dividends?|stockholders|shareholders|holders|"
                             r"issues?|offerings?|(?:and|or)\s+(?:common|debt))\b", re.IGNORECASE)
_STOCK_BEFORE = frozenset("redeemable convertible cumulative exchangeable depositary depository "
                          "participating pct percent common equity senior".split())


def _is_amount_word(word: str) -> bool:
    """A number or a unit that ends an amount ("7.9", "pct", "mln", "a year earlier")."""
    return bool(_NUMBER_RE.search(word)) or word in _UNITS


def _document_in_clause(text: str, cue: Cue) -> bool:
    """A document noun in the clause before the cue ("the survey of households showed ...")."""
    m = _CLAUSE_BEFORE_RE.search(text, max(0, cue.start - 80), cue.start)
    cats = noun_categories()
    return m is not None and any(cats.get(w.lower()) in ("document", "media")
                                 for w in _LETTERS_RE.findall(m.group(0)))


def _market_sense(text: str, cue: Cue) -> bool:
    """A reporting verb in its business-news sense: a change, a bid, a payout or a security.

    >>> from claimtrace.cues import find_cues
    >>> t = "Exports rose after declining 4.1 pct, and Brellin Corp offered 21 dlrs a share."
    >>> [t[c.start:c.end] for c in find_cues(t, 0, len(t), []) if _market_sense(t, c)]
    ['declining', 'offered']
    >>> t = "The trade balance showed a deficit, but a survey showed a rise in confidence."
    >>> [t[c.start:c.end] for c in find_cues(t, 0, len(t), []) if _market_sense(t, c)]
    ['showed']
    """
    lemma, form = cue.lemma, text[cue.verb_start:cue.end].lower()
    if lemma == "decline":  # a refusal goes on "to ...", "comment", "requests"; a fall does not
        return _REFUSAL_AFTER_RE.match(text, cue.end) is None
    if lemma == "posted":  # "posted net income of ...", "posted record volume", "raised posted prices"
        return _AMOUNT_RE.match(text, cue.end) is not None or _RESULTS_RE.match(text, cue.end) is not None \
            or _POSTED_PRICE_RE.match(text, cue.end) is not None
    if lemma == "issued":  # "issued 2.7 mln shares", "newly issued shares"
        m = _AMOUNT_RE.match(text, cue.end)
        return m is not None and _SECURITIES_RE.match(text, m.end()) is not None \
            or _STOCK_AFTER_RE.match(text, cue.end) is not None or _word_before(text, cue).lower() == "newly"
    if lemma == "offer":  # a price or an issue of securities; "offering $30 billion" in aid is a proposal
        m = _AMOUNT_RE.match(text, cue.end)
        return m is not None and _SECURITIES_RE.match(text, m.end()) is not None
    if lemma == "show":
        return _CHANGE_RE.match(text, cue.end) is not None and not _document_in_clause(text, cue)
    if lemma == "declare":
        return _DECLARED_RE.match(text, cue.end) is not None
    before = _word_before(text, cue).lower()
    if lemma == "point to":
        return form.startswith("point") and cue.start == cue.verb_start \
            and (bool(_NUMBER_RE.search(before)) or before in ("percentage", "basis"))
    if lemma == "compare":
        return form == "compared" and cue.start == cue.verb_start \
            and _COMPARED_AFTER_RE.match(text, cue.end) is not None \
            and (before.endswith(",") or _is_amount_word(before.rstrip(",")))
    if lemma == "prefer":
        return form == "preferred" and (_STOCK_AFTER_RE.match(text, cue.end) is not None
                                        or before.rstrip(",") in _STOCK_BEFORE
                                        or bool(_NUMBER_RE.search(before)))
    return False


# Other senses of "call", "name", "propose", "continue", "support", "forecast" (session 7; PolNeAR
# train: predictions removed / of them overlapping a gold cue; Reuters-21578 sample of 400
# stories, seed 4242: predictions removed, all wrong). "called a meeting", "called snap
# elections" and "what he called a ..." stay cues: PolNeAR marks them.
_CALL_FORMS = frozenset(["call", "calls", "called", "calling"])
# "called to mind", "called into question", "get called to jury duty", "the prosecutor, called
# in when ..." (5 / 1; Reuters 1)
_CALL_IDIOM_RE = re.compile(r"\s+(?:to\s+mind|into\s+question|in\b|to\s+(?:jury|testify|the\s+stand))")
# "called Sanders to congratulate him", "called her shortly after", "called both candidates Tuesday
# night" (a telephone call, active voice only; 9 / 1): an object
# that is a name, a pronoun or people, then an infinitive, a time, the end of the sentence
_PHONED_RE = re.compile(
    r"\s+(him|her|them|me|us|(?:[A-Z][\w'\u2019-]*\.?\s+){0,3}[A-Z][\w'\u2019-]*|"
    r"(?:the|a|an|his|her|their|my|both|several|half\s+a\s+dozen)(?:\s+[\w'\u2019-]+){0,3}?\s+([a-z]+))"
    r"(\s+to\s+(?!be\b|the\b|an?\b|his\b|her\b|their\b|its\b|this\b|that\b)[a-z]+\b|"
    r"\s+(?:on\s+)?" + _WEEKDAY + r"\b|"
    r"\s+(?:today|yesterday|tonight|earlier|later|shortly|again|back|repeatedly|"
    r"last\s+(?:week|month|night)|this\s+(?:week|month|morning))\b|"
    r"\s*\.(?=\s|$)|\s+and\s+(?:asked|told|said|urged|offered|left)\b|,\s+asking\b)")
_TITLE_ABBR = frozenset("gov sen rep mr mrs ms dr st jr lt gen col sgt rev".split())
_WHAT_BEFORE_RE = re.compile(r"\bwhat\s+\S+\s+$", re.IGNORECASE)
_RACE_CALLED_RE = re.compile(r"\b(?:is|are|was|were|be|been)\s+called$")
_RACE_AFTER_RE = re.compile(r"\s*[.,;]|\s+(?:on\s+)?" + _WEEKDAY + r"\b|"
                            r"\s+(?:shortly|minutes|moments|hours|just|early|late)\b")
_RACE_NOUNS = frozenset("race races state states contest contests primary primaries caucus caucuses".split())


def _phoned(text: str, cue: Cue) -> bool:
    """"Obama called Sanders to congratulate him": a telephone call, not a label."""
    if _WHAT_BEFORE_RE.search(text, max(0, cue.start - 30), cue.start):
        return False  # "what he called a disgrace" is a label
    m = _PHONED_RE.match(text, cue.end)
    if m is None:
        return False
    if m.group(2):  # "called a donor to ask", not "is calling a meeting to discuss"
        return is_source_noun(m.group(2))
    last = m.group(1).split()[-1]
    # "calling Indiana Gov. Mike Pence ...", "called Donald J. Trump's remarks": no sentence end
    return not m.group(3).lstrip().startswith(".") \
        or len(last) > 2 and last.lower() not in _TITLE_ABBR and m.group(1)[0].isupper()


def _call_sense(text: str, cue: Cue) -> bool:
    """"called to mind", "called Sanders to congratulate him", "the race was called.": no label
    and no demand.

    >>> from claimtrace.cues import find_cues
    >>> t = "Obama called both candidates Tuesday night."
    >>> [t[c.start:c.end] for c in find_cues(t, 0, len(t), []) if _call_sense(t, c)]
    ['called']
    """
    if text[cue.verb_start:cue.end].lower() not in _CALL_FORMS:
        return False
    if _CALL_IDIOM_RE.match(text, cue.end) is not None:
        return True
    if _CALL_COMPOUND_RE.search(text, max(0, cue.start - 16), cue.start):
        return True  # "told reporters on a conference call that ...": the call is a noun
    if _RACE_CALLED_RE.search(text, cue.start, cue.end):  # "the race was called." (2 / 0)
        after = _RACE_AFTER_RE.match(text, cue.end)
        return after is not None and _word_before(text, cue).lower() in _RACE_NOUNS
    return _BE_RE.search(text, cue.start, cue.verb_start) is None and _phoned(text, cue)


# the nouns that make "call" a noun after them: "a conference call", "phone calls", "a roll call"
_CALL_COMPOUND_RE = re.compile(r"\b(?:conference|phone|telephone|roll|curtain|wake-up|video|radio|"
                               r"robo|close|judgment|judgement)\s+$", re.IGNORECASE)


# "a psychology class called “Perception”", "a formula called the "chained CPI"", "another called
# i360" (6 / 0): a bare form after a common noun that is no speaker, before a name. The frame's
# own check (attribution_frames._naming) needs a source and a capital or straight quote.
_NAME_AFTER_RE = re.compile(r"\s+(?:[A-Z#\"\u201c]|''|the\s+[A-Z\"\u201c]|[a-z]*\d)")
_NOT_NAMED_NOUN = frozenset("i you he she it we they who that which what and or but then also still "
                            "now not never to is are was were be been has have had do did does will "
                            "would can could may might should must later often once just even first".split())


def _naming_sense(text: str, cue: Cue) -> bool:
    """"a beer called Swing State Ale": a name given, not a label for a claim."""
    if text[cue.start:cue.end] not in ("called", "named", "dubbed") \
            or _NAME_AFTER_RE.match(text, cue.end) is None:
        return False
    word = _word_before(text, cue)
    # no comma: "Cruz, a GOP hopeful, called the KKK ..." has its subject before the apposition
    return word.isalpha() and word.islower() and word not in _NOT_NAMED_NOUN \
        and not word.endswith("ly") and not is_source_noun(word)


# "The following proposed securities offerings" (Reuters 2), "her five proposed bills" (1 / 0),
# "despite continued losses", "and continued risks" (1 / 0): a participle before a noun
_ADJECTIVE_BEFORE = frozenset("the a an its his her their our my your this these those following any two three four five "
                              "no some several all of with despite amid for on in by "
                              # session 9, Reuters sample: "the few proposed investments"
                              "few many other more further recently newly".split())
_LOWER_NOUN_AFTER_RE = re.compile(r"\s+([a-z]+)\b")
_NOT_NOUN_AFTER = frozenset("on with by as in for at from over into to until through after that "
                            "a an the his her their its our my this these those unabated apace "
                            "here there today yesterday".split())


def _adjective_participle(text: str, cue: Cue) -> bool:
    """"the proposed merger", "despite continued losses": an adjective, no report.

    >>> from claimtrace.cues import find_cues
    >>> t = "The following proposed stock offerings were filed."
    >>> [t[c.start:c.end] for c in find_cues(t, 0, len(t), []) if _adjective_participle(t, c)]
    ['proposed']
    """
    form = text[cue.start:cue.end].lower()
    if form not in ("proposed", "continued"):
        return False
    before = _word_before(text, cue).lower()
    if not (before in _ADJECTIVE_BEFORE or before.endswith(("'s", "\u2019s"))
            or form == "proposed" and any(c.isdecimal() for c in before)
            or form == "continued" and before == "and"):  # "and proposed ceilings of ..." is a verb
        return False
    after = _LOWER_NOUN_AFTER_RE.match(text, cue.end)
    return after is not None and after.group(1) not in _NOT_NOUN_AFTER \
        and not after.group(1).endswith(("ing", "ly"))


# "the drinking continued,", "gas emissions continued unabated", "the pound has continued to gain"
# (4 / 1; Reuters 5): a thing goes on; a speaker "continued" (" ...," he continued) is a report
_CONTINUE_FORMS = frozenset(["continued", "continues", "has continued", "have continued"])


def _thing_continues(text: str, cue: Cue) -> bool:
    """"Exports continued to fall": the subject right before is a lower-case noun that names no
    speaker, organisation or document."""
    if text[cue.start:cue.end].lower() not in _CONTINUE_FORMS:
        return False
    word = _word_before(text, cue)
    if not word.isalpha() or not word.islower() or word in _NOT_NAMED_NOUN or word.endswith("ly") \
            or word in ("so", "as", "if", "when", "while", "after", "before", "since", "because") \
            or noun_categories().get(word) is not None or is_source_noun(word):
        return False
    after = _LOWER_NOUN_AFTER_RE.match(text, cue.end)  # "faces continued backlash": an adjective
    return after is None or after.group(1) in _NOT_NOUN_AFTER or after.group(1).endswith("ly")


def _header_continued(text: str, cue: Cue) -> bool:
    """"Market talk and comment (continued) - ...": a page header (Reuters 4)."""
    return cue.lemma == "continue" and text.endswith("(", 0, cue.start) and text.startswith(")", cue.end)


# "a bond issue supported by a letter of credit", "a bill supported by the entire media" (2 / 0;
# Reuters 1): a reduced passive that says who backs a thing, not who claims something
_BACKED_BEFORE_RE = re.compile(r"([A-Za-z]+),?\s+$")


def _supported_by(text: str, cue: Cue) -> bool:
    """"the loan, supported by a guarantee": backing, no report."""
    if text[cue.start:cue.end].lower() != "supported" or not text.startswith(" by ", cue.end):
        return False
    m = _BACKED_BEFORE_RE.search(text, max(0, cue.start - 25), cue.start)
    return m is not None and m.group(1).lower() not in _NOT_NAMED_NOUN


# "produced precise earnings forecasts", "analysts' forecasts" (Reuters 1; none on PolNeAR): a
# noun after a modifier; a plural subject would take "forecast", not "forecasts"
_FORECAST_MODIFIERS = frozenset("economic official earnings growth profit inflation budget crop weather "
                                "new latest previous earlier precise revised consensus sales revenue "
                                "output".split())


def _forecasts_noun(text: str, cue: Cue) -> bool:
    """"its earnings forecasts were cut": the noun."""
    if text[cue.start:cue.end].lower() != "forecasts":
        return False
    before = _word_before(text, cue).lower()
    return bool(_PLURAL_RE.fullmatch(before)) or before.endswith(("'", "'s", "\u2019s")) \
        or before in _FORECAST_MODIFIERS


_MARKET_LEMMAS = frozenset(["decline", "offer", "show", "declare", "point to", "compare", "prefer",
                            "posted", "issued"])

# the lemmas each lemma-bound check can fire on, so that most cues skip them at once
_MADE_LEMMAS = frozenset("issue publish release present negotiate draft compile post issued published "
                         "released presented negotiated drafted compiled posted".split())
_NAMING_LEMMAS = frozenset(["call", "named", "dub"])


# "All told, the group raised $2 million": the idiom "all told" means "in total" (session 10,
# hand-reading train output: 1 of 2 PolNeAR train uses annotated, as a cue with source "All")
_ALL_TOLD_BEFORE_RE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:[Aa]nd|[Bb]ut)\s+)[Aa]ll\s+$")


def _all_told(text: str, cue: Cue) -> bool:
    """"All told, ...": a sum, not a telling."""
    return text[cue.start:cue.end] == "told" and text.startswith(",", cue.end) \
        and _ALL_TOLD_BEFORE_RE.search(text, max(0, cue.start - 12), cue.start) is not None


def false_sense(text: str, cue: Cue) -> bool:
    """True when the cue's form is used in a sense that attributes nothing.

    >>> from claimtrace.cues import find_cues
    >>> t = "The economy added 151,000 jobs in May."
    >>> false_sense(t, find_cues(t, 0, len(t), [])[0])
    True
    >>> t = "The mayor added that the economy was strong."
    >>> false_sense(t, find_cues(t, 0, len(t), [])[0])
    False
    """
    lemma = cue.lemma
    return _noun_use(text, cue) or _phrasal(text, cue) or _adds_to(text, cue) \
        or _gerund_adjunct(text, cue) or _degree_adjective(text, cue) \
        or lemma in _NOUN_LEMMAS and _clause_final_noun(text, cue) \
        or lemma in _MADE_LEMMAS and _made_thing(text, cue) \
        or lemma == "add" and _adds_amount(text, cue) \
        or lemma in _MARKET_LEMMAS and _market_sense(text, cue) \
        or lemma in _INFORMED and _describes_source(text, cue) \
        or lemma == "state" and _state_adjective(text, cue) \
        or lemma == "call" and _call_sense(text, cue) \
        or lemma in _NAMING_LEMMAS and _naming_sense(text, cue) \
        or lemma in ("propose", "continue") and _adjective_participle(text, cue) \
        or lemma == "continue" and (_thing_continues(text, cue) or _header_continued(text, cue)) \
        or lemma == "support" and _supported_by(text, cue) \
        or lemma == "forecast" and _forecasts_noun(text, cue) \
        or lemma == "tell" and _all_told(text, cue) \
        or lemma in _AS_LEMMAS and not _AS_FRAME_RE.match(text, cue.end) \
        or lemma == "mock" and _mock_adjective(text, cue) \
        or lemma == "brief" and (_BRIEFING_NOUN_RE.match(text, cue.verb_start) is not None
                                 or text.startswith("briefing", cue.verb_start)
                                 and _BRIEFING_AFTER_ADJ_RE.search(text, max(0, cue.verb_start - 30),
                                                                   cue.verb_start) is not None) \
        or lemma == "ruled" and _ruling_noun(text, cue) \
        or lemma == "think" and _THINK_TANK_RE.match(text, cue.end) is not None \
        or lemma == "show" and _SHOW_NOUN_RE.search(text, max(0, cue.verb_start - 40), cue.verb_start) is not None


# "One think tank said" (found while reading blind batch output, session 16): a noun compound
_THINK_TANK_RE = re.compile(r"\s+tanks?\b", re.IGNORECASE)


# "show" as a broadcast: "said *on his radio show* that ..." (blind batch 22, session 16, had
# "his radio" show the content); "on" and a possessive, or a broadcast word, before it
_SHOW_NOUN_RE = re.compile(r"(?:\bon\s+(?:his|her|their|my|our|your)\s+(?:[\w'\-]+\s+){0,2}|"
                           r"\b(?:radio|TV|television|talk|morning|late-night|cable|game|reality)\s+)$")


# "ruling" is a verb after a comma or a conjunction ("struck down the law, *ruling* that ...",
# blind batch 21, session 16); elsewhere a noun ("a lower-court ruling that blocked ...")
_RULING_VERB_BEFORE_RE = re.compile(r"(?:,|\b(?:and|while|as\s+well\s+as|after|before|in))\s*$")


def _ruling_noun(text: str, cue: Cue) -> bool:
    """Is "ruling" the noun, not the participle?

    >>> from claimtrace.cues import find_cues
    >>> t = "It left in place a lower-court ruling that blocked the plan."
    >>> _ruling_noun(t, next(c for c in find_cues(t, 0, len(t), []) if c.lemma == "ruled"))
    True
    """
    return text[cue.verb_start:cue.end].lower() == "ruling" \
        and _RULING_VERB_BEFORE_RE.search(text, max(0, cue.verb_start - 14), cue.verb_start) is None


# "briefing" as the first word of a noun compound: "Speaking in the White House *briefing room*"
# (blind batch 8 took "briefing" for a verb of saying and the aside for its speaker)
_BRIEFING_NOUN_RE = re.compile(r"briefing\s+(?:rooms?|books?|materials?|papers?|sessions?|calls?)\b",
                               re.IGNORECASE)
# "at a regular briefing", "the daily briefing": a noun after an article and its adjectives
# (session 17, blind batch 48)
_BRIEFING_AFTER_ADJ_RE = re.compile(r"\b(?:a|an|the|his|her|its|their|this|that)\s+(?:[a-z\-]+\s+){0,2}$",
                                    re.IGNORECASE)


# "mock" before a common noun is an adjective: "formal *mock* debates", "a *mock* trial" (blind
# batch 7); not "Terrorists mock bids to ..." (a headline's verb before a bare plural)
_MOCK_NOUN_RE = re.compile(r"\s+(?:debates?|trials?|elections?|interviews?|sessions?|drills?|"
                           r"exercises?|ballots?|votes?|conventions?|hearings?|juries|jury|"
                           r"funerals?|executions?|battles?|attacks?|ups?|news)\b")


def _mock_adjective(text: str, cue: Cue) -> bool:
    """Is "mock" an adjective before a noun ("mock debates")?

    >>> from claimtrace.cues import find_cues
    >>> t = "Trump skipped mock debates."
    >>> _mock_adjective(t, find_cues(t, 0, len(t), [])[0])
    True
    """
    return text[cue.start:cue.end].lower() == "mock" and _MOCK_NOUN_RE.match(text, cue.end) is not None


# verbs that characterise only as "V X as Y" ("Cruz cast himself as an outsider", "framed the
# vote as", "positioned himself as"); not "cast a ballot", "cast doubt on", "the frame"
# (session 12, PolNeAR train: 16 of 24 "cast ... as" annotated; the verb alone added 69
# predictions, 22 of them right)
_AS_LEMMAS = frozenset(["cast", "frame", "position"])
_AS_FRAME_RE = re.compile(r"\s+(?:[\w'\u2019\-]+\s+){1,7}?as\s")
