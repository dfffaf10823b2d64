"""Rightward walks over the normalised text: the phrase after a cue and what may follow it,
and the subject that opens a sentence.

"said *Pompeo*", "according to *a source on the call*", "said Ann Lee*, a pollster*",
"*Mayor Ortiz* toured the site, saying ...". They build on the word primitives of ``span_words``.

>>> t = "It will pass, said a person close to the mayor."
>>> s, e = right_np(t, t.index("said") + 4, len(t), any_first=True); t[s:e]
'a person close to the mayor'
"""

from __future__ import annotations

import re

from .cues import WORD_RE
from .lexicons import noun_categories, reporting_verbs, weak_verb_forms
from .span_words import (
    DETERMINERS,
    IRREGULAR_PAST,
    NP_PREPOSITIONS,
    NP_WINDOW,
    PRONOUNS,
    SAYING_VERBS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
    boundary_between,
    has_word,
    is_source_noun,
    lower_word,
    pronoun_part,
    strip_trailing_punct,
    strip_ws,
    words,
)

# Words that can open an adverbial after a cue ("said *on Tuesday*", "told CNN *in an interview*").
_ADVERBIAL_STARTERS = frozenset(
    "on in at during after before from to with via over through while when last this next "
    "earlier later recently previously again too also then afterward afterwards privately "
    "publicly repeatedly frequently often late early by monday tuesday wednesday thursday "
    "friday saturday sunday yesterday today tonight".split()
)


_WORD_CHAR_RE = re.compile(r"[A-Za-z0-9]")
_DEMONSTRATIVES = frozenset("this that these those".split())
_CLAUSE_PRONOUN_RE = re.compile(r"\s(?:he|she|they|we|I)(?:['\u2019]\w+)?\s")
# a finite verb right after the adverbial: "said Monday the plan *would fail*" (not in a clause of
# its own: "on condition of anonymity *because* the plan has not been announced")
_CLAUSE_VERB_RE = re.compile(r"\s(?:would|will|could|should|might|must|is|are|was|were|has|have|had)"
                             r"(?:\s+not)?\s+[a-z]+")
_SUBORDINATE_RE = re.compile(r"\b(?:because|as|since|after|before|when|while|if|until|although|"
                             r"though|where|who|which|whom)\b", re.IGNORECASE)
_TIME_DETERMINERS = frozenset("this last next".split())
_TIME_AFTER_DETERMINER = frozenset(
    "week month year morning afternoon evening night weekend time season spring summer fall "
    "autumn winter monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december".split())


_TO_VERB_RE = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|"
                         r"him|them|us|me|reporters|supporters|voters|[A-Z0-9])\b)[a-z]+\b")


def is_adverbial_tail(text: str) -> bool:
    """True when what follows a cue is only time/place/manner adverbials and punctuation.

    >>> is_adverbial_tail(" on Tuesday in an interview.")
    True
    >>> is_adverbial_tail(" in the interview that the onus is on Trump.")
    False
    >>> is_adverbial_tail(" to reporters on Tuesday."), is_adverbial_tail(" to expect delays.")
    (True, False)
    >>> is_adverbial_tail(" this week."), is_adverbial_tail(" this is a rough patch.")
    (True, False)
    >>> is_adverbial_tail(" Thursday he would leave the board.")
    False
    """
    body = text.strip().rstrip(".!?").strip()
    if not body or not (_WORD_CHAR_RE.search(body) or ":" in body or ";" in body):
        return True  # nothing, or only marks: 'Henry said. "' (a quotation opens next)
    if len(body) >= 120 or ";" in body or ":" in body or '"' in body:
        return False
    for part in body.split(","):
        part = part.strip()
        if not part:
            continue
        lead = part.split(None, 2)
        if len(part) > 75 or lead[0].lower() not in _ADVERBIAL_STARTERS:
            return False
        if lead[0].lower() in _TIME_DETERMINERS and (len(lead) < 2 or lead[1].lower().strip(".,")
                                                       not in _TIME_AFTER_DETERMINER):
            return False  # "say this is a rough patch": "this" opens a clause, not "this week"
        if " that " in f" {part.lower()} " or _TO_VERB_RE.match(part) or _CLAUSE_PRONOUN_RE.search(part):
            return False  # "... that the onus is on Trump", "to expect more delays", "Thursday he would"
        verb = _CLAUSE_VERB_RE.search(part)
        if verb is not None and not _SUBORDINATE_RE.search(part, 0, verb.start()):
            return False  # "Monday the plan would fail"
    return True


def extend_appositive(text: str, np_end: int, sent_end: int) -> int:
    """"said Brian Baker, a political adviser to the family." : the appositive belongs to the
    source; returns the new end (``np_end`` when nothing follows but the sentence end).

    A quotation that resumes after the appositive ends it: 'said Ann Lee, a pollster, "it ...'.

    >>> t = 'said Ann Lee, a pollster at Gallup, "is that it works."'
    >>> t[:extend_appositive(t, t.index(","), len(t))]
    'said Ann Lee, a pollster at Gallup,'
    """
    if text[np_end:np_end + 1] != ",":
        return np_end
    rest_end = sent_end
    quote = _QUOTE_RESUMES_RE.search(text, np_end + 1, sent_end)
    while quote and text.count('"', np_end, quote.start()) % 2:  # 'of "Big Pill," a ...': a title
        quote = _QUOTE_RESUMES_RE.search(text, quote.end(), sent_end)
    if quote:
        rest_end = quote.start() + 1  # keep the comma before the quotation
    first = WORD_RE.search(text, np_end, rest_end)
    # a verb opens a clause of its own ("said X, referring to ..."), but a capital is a name
    # ("said a spokeswoman, Hope Hicks" is no verb "hope")
    if first and (first.group().endswith("ing") and first.group().lower() not in _ING_MODIFIERS
                  or first.group()[0].islower() and first.group().lower() in reporting_verbs()):
        return np_end
    clause = _PARTICIPLE_CLAUSE_RE.search(text, np_end + 1, rest_end)
    if clause is not None:
        rest_end = clause.start() + 1  # "said X, an aide, adding ...": the aside ends at the comma
    clause = _CLAUSE_AFTER_RE.search(text, np_end + 1, rest_end)
    if clause is not None and (clause.group(1) is None or _reports(text, clause.end(), rest_end)):
        rest_end = clause.start() + 1  # "said X, a doctor, *who said* ...", "said X*, but* ..."
    while rest_end > np_end and text[rest_end - 1] in ' .!?"\n':
        rest_end -= 1
    if not _only_titles(text, np_end, rest_end) or len(words(text, np_end, rest_end)) > 30:
        return np_end
    return rest_end if rest_end > np_end + 1 else np_end


_QUOTED_RE = re.compile(r'"([^"]*)"')
_CLOSE_QUOTE_RE = re.compile(r'[.,!?]?"')


def _only_titles(text: str, start: int, end: int) -> bool:
    """Is every quotation between ``start`` and ``end`` a title ("Big Book: Inside the World of
    Tea"), not a statement ("we will win")? A title may close right after ``end``.

    >>> t = 'an author of "Big Book: Inside the World of Tea," who'
    >>> _only_titles(t, 0, len(t)), _only_titles(t, 0, t.index(","))
    (True, True)
    >>> _only_titles('who said "we will win"', 0, 22)
    False
    """
    quoted = [m.group(1) for m in _QUOTED_RE.finditer(text, start, end)]
    if text.count('"', start, end) % 2:  # the last title closes after the span
        if not _CLOSE_QUOTE_RE.match(text, end):
            return False
        quoted.append(text[text.rfind('"', start, end) + 1:end])
    for part in quoted:
        toks = WORD_RE.findall(part)
        capital = sum(1 for w in toks if w[0].isupper() or w[0].isdigit())
        if not toks or len(toks) > 12 or capital * 2 < len(toks):
            return False
    return True


# "-ing" words that open a title, not a clause: "said X, *managing* director of ..."
_ING_TITLE_WORDS = "managing founding acting leading ranking".split()
_ING_MODIFIERS = frozenset(_ING_TITLE_WORDS + "outgoing incoming visiting consulting presiding "
                                              "governing supervising reigning".split())


# a comma and a participle that opens a clause of its own ("..., *referring to* ...")
_PARTICIPLE_CLAUSE_RE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?!(?:during|morning|evening|"
                                   + "|".join(_ING_TITLE_WORDS) + r")\b)[a-z]{2,}ing\b")


_QUOTE_RESUMES_RE = re.compile(r"[,.]\s*(?:\"|\u201c|'')")
# a relative clause or a new clause after the appositive: "said Ann Lee, a doctor*, who* ...",
# "said Mr. Vale*, but* she ..." (session 6, train: 3 appositives, all right, were dropped whole
# before, for the length of the clause after them)
_CLAUSE_AFTER_RE = re.compile(r",\s+(?:(who|which)|but|and\s+(?:he|she|they|it)|so|yet)\b")


def _reports(text: str, start: int, end: int) -> bool:
    """Does a reporting verb follow within three words of ``start`` ("who *said* ...", "who
    also *noted* ...")? A relative clause that reports is no part of the appositive (PolNeAR
    keeps one that describes, "said X, a pilot, who sails the bay": on train, gold leaves out
    12 of 12 reporting relative clauses after an appositive, and keeps 40 of 56 others)."""
    return any(text[s:e] in SAYING_VERBS for s, e in words(text, start, end)[:3])




def right_np(text: str, start: int, end: int, *, max_words: int = 12,
             any_first: bool = False) -> tuple[int, int] | None:
    """The noun phrase right after a cue ("said *Pompeo*, ..."), up to a boundary.

    ``any_first`` accepts a lower-case first word ("by *representatives of* ...").

    >>> t = "The talks will resume, said Pompeo, who met the envoy."
    >>> t[slice(*right_np(t, t.index("said") + 4, len(t)))]
    'Pompeo'
    >>> t = "It was backed by representatives of the union."
    >>> by = t.index("by") + 2
    >>> right_np(t, by, len(t)), t[slice(*right_np(t, by, len(t), any_first=True))]
    (None, 'representatives of the union')
    """
    toks = words(text, start, min(end, start + NP_WINDOW))
    if not toks:
        return None
    if boundary_between(text, start, toks[0][0]):
        return None
    first = text[toks[0][0]:toks[0][1]]
    if first.lower() in STOP_WORDS or first.lower() in NP_PREPOSITIONS \
            or first.lower() in _ADVERBIAL_STARTERS:
        return None
    if not (any_first or first[0].isupper() or first.lower() in DETERMINERS | PRONOUNS
            or first[0].isdigit()):
        return None
    pronoun = pronoun_part(text, *toks[0])
    if pronoun is not None:
        return pronoun  # "said he" ends there; "said he didn't know" opens a clause
    stop_after = frozenset("on in at during last this yesterday today earlier later when while "
                           "after before as adding who which that".split())
    out_end = toks[0][1]
    for i in range(1, min(len(toks), max_words)):
        s, e = toks[i]
        if boundary_between(text, toks[i - 1][1], s) or "(" in text[toks[i - 1][1]:s]:
            break
        lw = text[s:e].lower()
        if lw in _PLACE_PREPOSITIONS and _attached_pp(text, toks, i):
            continue  # "a source on the call", "an adviser to the campaign"
        if lw in ("who", "whose"):
            rel_end = relative_clause_end(text, s, end)
            if rel_end == s or _ANONYMITY_RE.search(text, s, rel_end):
                break  # "an aide who asked not to be named": a reason, not the source
            return toks[0][0], rel_end
        if lw in _DEMONSTRATIVES and lower_word(text, toks[i - 1]) == "of":
            out_end = e  # "one of *those* advisers": a determiner, not a clause
            continue
        if lw in stop_after or (lw in STOP_WORDS and lw not in ("of",)) \
                or _finite_verb(text, toks, i):
            break
        out_end = e
    return toks[0][0], out_end


def relative_clause_end(text: str, start: int, end: int, *, max_words: int = 30) -> int:
    """End of the relative clause opening at ``start`` ("who spoke on condition of anonymity"):
    the next comma, dash or quote, or ``end``; ``start`` when it runs past ``max_words`` or
    goes on with a reporting verb of its own.

    >>> t = "said an aide who asked not to be named, adding"
    >>> t[:relative_clause_end(t, t.index("who"), len(t))]
    'said an aide who asked not to be named'
    """
    toks = words(text, start, min(end, start + 400))
    out = start
    for k, (s, e) in enumerate(toks):
        if k > max_words or (k and boundary_between(text, toks[k - 1][1], s)):
            return out if k <= max_words else start
        if k and _new_report(text, toks, k):
            return start  # "who ran it *and described* it as ...": the clause goes on
        out = e
    return out


def _new_report(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """Does "and"/"but" at ``toks[k]`` join a reporting verb ("and said", "but argued")?"""
    if lower_word(text, toks[k]) not in ("and", "but") or k + 1 >= len(toks):
        return False
    verb = text[toks[k + 1][0]:toks[k + 1][1]]
    return verb.islower() and verb in reporting_verbs() and verb not in weak_verb_forms()


_ANONYMITY_RE = re.compile(r"anonym|condition|authori[sz]ed|be named|be identified", re.IGNORECASE)


def _finite_verb(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Is ``toks[i]`` the verb of a new clause ("said her count *showed* ...", "the board
    *approved* a levy")? A reporting verb, or an "-ed" word before a determiner or pronoun."""
    w = text[toks[i][0]:toks[i][1]]
    if not w.isalpha() or not w.islower() or w in _NAMING or i + 1 >= len(toks):
        return False
    prev = lower_word(text, toks[i - 1])
    if prev in DETERMINERS or prev in _NUMBERS:
        return False  # "one unaligned Dover landlord", "the printed card": an adjective
    verb = w.endswith("ed") or (w in reporting_verbs() and w not in weak_verb_forms())
    nxt = text[toks[i + 1][0]:toks[i + 1][1]]
    return verb and (nxt.lower() in DETERMINERS or nxt.lower() in PRONOUNS or (
        nxt[0].isupper() and nxt.lower() not in _NOT_ATTACHED))


_NAMING = frozenset("named called dubbed titled nicknamed known".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten several many".split())


_PLACE_PREPOSITIONS = frozenset("in on at to".split())
_OWNER_WORDS = frozenset("both his her their its two three several top senior".split())
_NOT_ATTACHED = frozenset(
    "statement interview speech email e-mail tweet letter post conference call rally debate "
    "remarks release appearance video time january february march april may june july august "
    "september october november december monday tuesday wednesday thursday friday saturday "
    "sunday morning afternoon evening night week month year weekend past".split())


def _attached_pp(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Does the preposition ``toks[i]`` open a phrase that modifies the source ("a source *on the
    call*", "a poll *in the Register*") rather than an adverbial ("*in an interview*", "*on
    Tuesday*")? It must lead to a determiner or a name, and no time or medium noun follows."""
    if i + 1 >= len(toks):
        return False
    nxt = text[toks[i + 1][0]:toks[i + 1][1]]
    owner = lower_word(text, toks[i]) == "to" and nxt.lower() in _OWNER_WORDS  # "an aide to both men"
    if not (nxt.lower() in ("the", "a", "an") or nxt[0].isupper() or owner) \
            or nxt.lower() in _NOT_ATTACHED:
        return False
    ahead = {lower_word(text, t) for t in toks[i + 1:i + 4]}
    return not ahead & _NOT_ATTACHED


_SUBJECT_RE = re.compile(
    r"(?:(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}|[A-Z][a-z]+ [A-Z][a-z]+),\s+)?"  # "Even so, " / "On Tuesday, "
    r"((?:he|she|they|it|we|i|He|She|They|It|We|I)\b|"
    r"(?:(?:The|A|An)\s+)?(?:[A-Z][\w.'\-]*\s+){0,4}[A-Z][\w'\-]*)(?=\s+[a-z])"
)


CLAUSE_INTRO = frozenset("in on at as once after when while since although though if because "
                          "during before until despite with without for from by over under "
                          "two three four five six several days weeks months years throughout amid amidst "
                          "along alongside among across following unlike beyond behind against "
                          "through within outside inside absent near".split())
NOT_SUBJECTS = frozenset("The A An It That This There Here What More Most Many Some".split())
SUBJECT_LEAD = frozenset("but and so yet still then now meanwhile however instead even".split()) | frozenset(
    # session 7, Reuters-21578 sample (seed 9137): "Nevertheless, the group, which ..., said"
    "nevertheless nonetheless moreover furthermore additionally previously".split())


def subject_np(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The sentence-initial subject when it is a pronoun or a capitalised name.

    Leading conjunctions are skipped; an opening adverbial clause ("On Thursday, ...",
    "As the votes came in, ...") is skipped to its comma, and without a comma there is no
    reliable subject.

    >>> t = "As results came in, Mr. Obama gave a speech, predicting a win."
    >>> s, e = subject_np(t, 0, len(t)); t[s:e]
    'Mr. Obama'
    """
    toks = words(text, start, min(end, start + NP_WINDOW))
    while toks and text[toks[0][0]:toks[0][1]].lower() in SUBJECT_LEAD:
        start = toks[0][1]
        toks = toks[1:]
    first = text[toks[0][0]:toks[0][1]].lower() if toks else ""
    if first in CLAUSE_INTRO or first.endswith("ing") or first in ("shortly", "just", "even"):
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
    if subject in NOT_SUBJECTS or subject.endswith(("'s", "'m", "'re", "n't")):
        return None  # "It's another ...", "That's partly why ...": no speaker
    if subject.lower() in SUBJECT_PRONOUNS:
        return s, e
    return (s, _noun_words_after(text, e, end)) if e > s else None


def _noun_words_after(text: str, pos: int, end: int, *, max_words: int = 6) -> int:
    """Extend a capitalised subject over title and role nouns and the name they lead to:
    "Rubio *press secretary Brooke Sammon*", "The Florida *senator*"; a lower-case run counts
    only once a source noun closes it ("Clinton leads Trump" stays "Clinton"), and a common
    irregular past ends it: "Mr. Lee *met* with donors" had the source noun "donors" close
    the run (session 7 review of the opening-gerund frame; no PolNeAR train source changes).

    >>> t = "Rubio press secretary Brooke Sammon sent a note."
    >>> t[:_noun_words_after(t, 5, len(t))]
    'Rubio press secretary Brooke Sammon'
    """
    out, pending = pos, False
    toks = words(text, pos, min(end, pos + 120))
    for i, (s, e) in enumerate(toks[:max_words]):
        w = text[s:e]
        if boundary_between(text, out, s) or w in IRREGULAR_PAST:
            break  # "Mr. Lee *met* with donors": the finite verb ends the phrase
        if w[0].isupper() and not pending:
            out = e
        elif not pending and w in _SUBJECT_JOINS and _name_at(text, toks, i + 1):
            return _noun_words_after(text, toks[i + 1][1], end)  # "Lamb *and Leo Pryce*"
        elif is_source_noun(w):
            out, pending = e, False
        elif w.islower() and w not in STOP_WORDS and w not in DETERMINERS \
                and w not in reporting_verbs() and not w.endswith(("ed", "ly")) \
                and (w.endswith("ss") or not w.endswith("s")):  # "leads", "wins": a verb
            pending = True
            if w not in _ADVERBS and _verb_follows(text, toks, i):
                out, pending = e, False  # "The Green *candidate* visited"
        else:
            break
    return out


_SUBJECT_JOINS = frozenset("and of for inside".split())
_ADVERBS = frozenset("instead later long further also still both all then now even just already "
                     "again once soon never often first together alone too".split())
_AUX_AFTER = frozenset("is are was were has have had will would can could did does".split())


def _verb_follows(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Is the word after ``toks[i]`` an auxiliary or an "-ed" verb ("candidate *appeared*")?"""
    if i + 1 >= len(toks) or boundary_between(text, toks[i][1], toks[i + 1][0]):
        return False
    nxt = text[toks[i + 1][0]:toks[i + 1][1]]
    return nxt in _AUX_AFTER or (nxt.islower() and nxt.endswith("ed"))


def _name_at(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Does a capitalised name (not a day or month) start at ``toks[i]``?"""
    if i >= len(toks):
        return False
    w = text[toks[i][0]:toks[i][1]]
    return w[0].isupper() and w.lower() not in _NOT_NAMES


_NOT_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                       "march april may june july august september october november december "
                       "the a an this that these those it i".split())


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


_QUOTE_MARK_RE = re.compile(r"[\"\u201c\u201d]|''")
# where a closing "according to" phrase stops: a new clause ("..., but ..."), a dash, a bracket
_ACCORDING_STOP_RE = re.compile(r",\s+(?:but|and|or|so|because|while|although|though|even|as|yet)\b"
                                r"|\s[-\u2014\u2013]+\s|--|[()\[\];:]")
# a later comma that opens a comparison or the main verb, not more of the source
_ACCORDING_LATER_CLAUSE_RE = re.compile(
    r",\s+(?:was|is|were|are|has|have|had|will|would|higher|lower|more|less|larger|smaller|"
    r"greater|fewer|better|worse|up|down|the\s+(?:most|least|highest|lowest|largest|biggest|best|"
    r"worst))\b")
# what may follow the comma after the source: an appositive or a relative clause
_ACCORDING_APPOSITIVE_RE = re.compile(r",\s+(?:a|an|the(?!\s+(?:most|least|best|worst|largest|biggest|"
                                      r"highest|lowest)\b)|who|whom|which|whose|one|another|"
                                      r"including|[RDI]-[A-Z])\b")  # not ", the most of any ..."


def according_tail(text: str, src: tuple[int, int], end: int) -> tuple[int, int]:
    """Run a closing "according to" source on to the end of its sentence.

    >>> t = "Turnout fell, according to a Gallup poll taken last week."
    >>> s = t.index("a Gallup")
    >>> t[slice(*according_tail(t, (s, s + 14), len(t)))]
    'a Gallup poll taken last week'

    The appositive too ("..., according to *John Doe, a Republican strategist*."), but not a
    clause that follows ("..., according to the poll, but ...", "..., according to X, is ...").
    """
    if text.startswith(",", src[1]) and not _ACCORDING_APPOSITIVE_RE.match(text, src[1]):
        return src
    stop = _ACCORDING_STOP_RE.search(text, src[1], end)
    stop_at = stop.start() if stop else end
    later = _ACCORDING_LATER_CLAUSE_RE.search(text, src[1] + 1, stop_at)
    if later is not None:  # "..., a crowdfunding site, higher than ...", "X, the critic, was ..."
        stop_at = later.start()
    s, e = strip_trailing_punct(text, src[1], stop_at)
    if e <= s or not has_word(text, s, e) or _QUOTE_MARK_RE.search(text, s, e):
        return src
    return src[0], e
