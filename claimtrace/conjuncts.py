"""Coordinated source mentions: where "X and Y" splits, and when the conjuncts are not two
sources ("current and former officials": two modifiers of one head; "the Florida senator and
Republican presidential candidate": one person described twice).

>>> split_conjuncts("both Trump and his allies")
['Trump', 'his allies']
>>> modifier_conjunct(split_conjuncts("current and former officials"))
True
"""

from __future__ import annotations

import re

from .head_nouns import COUNT_RE, IRREGULAR_PLURALS, mention_core, people_noun
from .lexicons import noun_categories, phrase_set
from .names import DETS, is_cap, is_word_boundary, tokens

__all__ = ["after_lower_word", "first_conjunction", "modifier_conjunct", "one_described",
           "only_opens_sentences", "split_conjuncts"]

# "both X and Y", "either X or Y": the conjuncts without the correlative word
_BOTH_RE = re.compile(r"^(?:both\s+(?=\S.*\sand\s)|either\s+(?=\S.*\sor\s)|neither\s+(?=\S.*\snor\s))",
                      re.IGNORECASE)
_CONJUNCT_RE = re.compile(r"(?:,|\s[\u2014\u2013]|\s--)\s+(?:and,?\s+)?(?:in\s+particular|especially|notably|"
                          r"particularly),?\s+|,?\s+(?:including|and|along\s+with|as\s+well\s+as|or|nor|"
                          # session 7, train error analysis: "Republicans, like Mr. Ryan," and
                          # "experts such as Jane Doe" name members as "including" does
                          r"such\s+as)\s+|,\s+like\s+(?=[A-Z])|"
                          # session 11, TAXONOMY battery: "Several Republicans, among them Sen.
                          # Jo Hale," names a member as "including" does
                          r",\s+among\s+them\s+")


def split_conjuncts(text: str) -> list[str]:
    """The conjuncts of a mention, without a correlative "both"/"either"/"neither"; a body's
    name with "and" in it is one conjunct ("the Department of Health and Human Services").

    >>> split_conjuncts("the mayor and two aides")
    ['the mayor', 'two aides']
    >>> split_conjuncts("the Department of Health and Human Services")
    ['the Department of Health and Human Services']
    """
    if " and " in text and (_one_title_case_name(text) or _body_title_name(text)
                            or _PREPOSITION_OBJECTS_RE.search(text)):
        return [text]
    if text[:1] not in "bBeEnN" and not _may_join(text):
        return [text]  # most mentions: no correlative word, no separator for the patterns
    return _CONJUNCT_RE.split(_BOTH_RE.sub("", text))


# the words that _CONJUNCT_RE finds between spaces (or that open its phrases)
_JOINING_WORDS = frozenset("including and along as or nor such".split())


def _may_join(text: str) -> bool:
    """Could ``_CONJUNCT_RE`` match in ``text``? Each of its separators holds a comma or a dash,
    or one of ``_JOINING_WORDS`` with space on both sides: a quick test that it passes.

    >>> _may_join("the mayor and aides"), _may_join("the Anderson campaign")
    (True, False)
    """
    return "," in text or "-" in text or "\u2014" in text or "\u2013" in text \
        or not _JOINING_WORDS.isdisjoint(text.split())


# two names that are the objects of one preposition in a post-modifier: "allies *in Europe and
# Asia*", "aides *to Clinton and Sanders*" (the aides speak, not the names)
_PREPOSITION_OBJECTS_RE = re.compile(
    r"^(?!(?:the\s+)?(?:cities|states|towns|countries|nations|city|state)\b)"  # "the cities of X and Y"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)*\s+(?:in|from|across|throughout|to|of|for|with|close\s+to)\s+"
    r"(?:[A-Z][\w\-.]*\s+){0,2}[A-Z][\w\-]*\s+and\s+(?:[A-Z][\w\-.]*\s+){0,2}[A-Z][\w\-]*$")


# a body named with "and", its office and the holder's name: "Securities and Exchange Commission
# Chairman John Shad", "Health and Human Services Secretary Jane Roe" (session 11, Reuters: the
# one word before "and" had been a second person, "Health")
_BODY_AND_RE = re.compile(r"^[A-Z][\w\-]*\s+and\s+[A-Z]")


def _body_title_name(text: str) -> bool:
    """Is ``text`` a body's name with "and" in it, then an office and a person's name?

    >>> _body_title_name("Securities and Exchange Commission Chairman John Shad")
    True
    >>> _body_title_name("Trump and Senator Jo Hale"), _body_title_name("Smith and Jones")
    (False, False)
    """
    if not _BODY_AND_RE.match(text):
        return False
    rest = text.split(None, 2)[2].split()  # the words after "and"
    if not all(is_cap(w) for w in rest):
        return False
    titles = phrase_set("titles.txt")
    # the body's head noun, its office, then one to three name words ("... Commission Chairman
    # John Shad"; not "Clinton and Senate Majority Leader Harry Reid", two people)
    return any(rest[k - 1].lower() in _BODY_HEADS and rest[k].lower().rstrip(".") in titles
               and 1 <= len(rest) - k - 1 <= 3 for k in range(1, len(rest) - 1))


_BODY_HEADS = frozenset("commission committee subcommittee services department board agency "
                        "bureau council corporation authority association institute foundation "
                        "office means".split())


_NAME_JOINERS = frozenset("of for on and the & in".split())


def _one_title_case_name(text: str) -> bool:
    """"(the) Organization for Economic Cooperation and Development": capitalised words and
    joiners only, with "of"/"for"/"on" before the first "and"."""
    toks = tokens(text)
    if toks and toks[0].lower() == "the":
        toks = toks[1:]
    if "and" not in toks or not toks or not is_cap(toks[0]):
        return False
    before_and = toks[:toks.index("and")]
    return any(t in ("of", "for", "on") for t in before_and) \
        and all(is_cap(t) or t in _NAME_JOINERS for t in toks)


def first_conjunction(text: str) -> int | None:
    """Offset of the first coordinating word or comma list in ``text``; None when there is none.

    >>> t = "the mayor and two aides"
    >>> t[:first_conjunction(t)], first_conjunction("the mayor")
    ('the mayor', None)
    """
    m = _CONJUNCT_RE.search(text)
    return m.start() if m else None


def modifier_conjunct(parts: list[str], context: str = "") -> bool:
    """"Current and former officials", "Republican and Democratic lawmakers": a one-word first
    conjunct that modifies the head of the second ("current officials"), not a name. The word
    is a party adjective or is capitalised only at a sentence start (never after a lower-case
    word in the article), and the second conjunct is modifier(s) + a lower-case head noun.

    >>> modifier_conjunct(["Current", "former officials"]), modifier_conjunct(["Trump", "his aides"])
    (True, False)
    """
    first, second = tokens(parts[0]), tokens(parts[1])
    if [w.lower() for w in first] in _PERSONAL_PRONOUNS:  # "she and other Democrats"
        return False
    if second and second[0].lower() in ("other", "fellow"):  # "Mattis and other officials":
        return False  # the first conjunct is one of them, no modifier of their head
    if first and COUNT_RE.match(first[0]) and len(first) > 1:  # "Three current and former
        first = [first[0].lower(), *first[1:]]  # officials": a count opening the sentence
    if first and all(w.isalpha() and w.islower() for w in first) and len(second) >= 2 \
            and not (noun_categories().get(first[-1]) or first[-1].endswith("s")):
        return second[0].islower()  # "(three) current and former employees"
    if len(first) != 1 or len(second) < 2 or not first[0].isalpha() or not is_cap(first[0]):
        return False
    head = tokens(mention_core(parts[1]) or parts[1])[-1:]
    if not head or is_cap(head[0]) or second[0].lower() in DETS or not second[0].isalpha() \
            or not (noun_categories().get(head[0].lower()) or people_noun(head[0])):
        return False
    word = first[0]
    if word.lower() in _PARTY_ADJECTIVES:
        return True
    return second[0].islower() and not (context and after_lower_word(context, word))


_PERSONAL_PRONOUNS = [["he"], ["she"], ["i"], ["we"], ["they"], ["you"]]
_PARTY_ADJECTIVES = frozenset("republican democratic democrat conservative liberal progressive "
                              "independent".split())


def one_described(parts: list[str]) -> bool:
    """"the Florida senator and Republican presidential candidate": two singular role
    descriptions under one article, no determiner on the second, describe one person.

    >>> one_described(["the Florida senator", "Republican presidential candidate"])
    True
    >>> one_described(["the senator", "his aides"])
    False
    """
    first, second = (tokens(p) for p in parts)
    if not first or not second or first[0].lower() != "the" or second[0].lower() in DETS:
        return False
    heads = [tokens(mention_core(p) or p)[-1:] for p in parts]
    return all(h and _singular_person_head(h[0]) for h in heads)


# heads that name one office holder or public figure ("the former secretary of state", "the
# Democratic front-runner"), besides the role and vague nouns of the lexicon
_OFFICE_HEADS = frozenset("president secretary governor mayor nominee front-runner frontrunner "
                          "candidate chairman chairwoman leader speaker billionaire businessman "
                          "mogul host star".split())


_COLLECTIVE_WORDS = frozenset(("couple", "crowd"))  # one word for several people


def _singular_person_head(word: str) -> bool:
    """Is ``word`` a lower-case singular noun for one person ("senator", "front-runner")?

    >>> [_singular_person_head(w) for w in ("front-runner", "officials", "women", "Clinton")]
    [True, False, False, False]
    """
    low = word.lower()
    if is_cap(word) or low.endswith("s") and not low.endswith("ss") or low.endswith("men") \
            or low in IRREGULAR_PLURALS:
        return False
    cats = noun_categories()
    cat = cats.get(low)
    # (or one member of a group noun: "conservative activist", "economist"; session 18)
    return cat in ("role", "vague") or low in _OFFICE_HEADS \
        or cat == "group" and cats.get(low + "s") == "group" and low not in _COLLECTIVE_WORDS


def after_lower_word(context: str, word: str) -> bool:
    """Does ``re.search(r"[a-z,;] " + re.escape(word) + r"\\b", context)`` find ``word`` (after a
    lower-case letter or a comma and a space)? Done without compiling a regex per word.

    >>> after_lower_word("Then Developers met; the Developers said", "Developers")
    True
    """
    at = context.find(word, 2)
    while at >= 0:
        if context[at - 1] == " " and context[at - 2] in _LOWER_OR_COMMA \
                and is_word_boundary(context, at + len(word)):
            return True
        at = context.find(word, at + 1)
    return False


_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,;")
_SENTENCE_OPENERS = frozenset(".!?:\n\"\u201c\u2018'(\u201d\u2019")


def only_opens_sentences(context: str, word: str) -> bool:
    """Does ``word`` occur in ``context`` and only where a sentence or quotation opens? A name
    also appears after a first name or title ("Bernie Sanders"); a common noun capitalised
    because it opens a sentence does not.

    >>> only_opens_sentences("The plan stalled. Developers said so.", "Developers")
    True
    >>> only_opens_sentences("Bernie Sanders spoke. Sanders said so.", "Sanders")
    False
    """
    at = context.find(word)
    if at < 0:
        return False
    while at >= 0:
        if is_word_boundary(context, at + len(word)) and (at == 0 or context[at - 1] != "-") \
                and not _opens(context[max(0, at - 12):at].rstrip(" \t\u00a0")):
            return False
        at = context.find(word, at + 1)
    return True


def _opens(before: str) -> bool:
    """Do the characters ``before`` a word end where a sentence or quotation opens? Not after
    an initial or title ("Marc E.", "Mr.") nor after a closing quotation mark that follows a
    comma ('"...," Doe said').

    >>> _opens("said."), _opens("Marc E."), _opens('slow,"'), _opens('said: "')
    (True, False, False, True)
    """
    if not before:
        return True
    last = before[-1]
    if last == "." and _INITIAL_OR_TITLE_RE.search(before):
        return False
    if last in _QUOTES and len(before) > 1 and before[-2] not in " \n\t(":
        return before[-2] in ".!?"  # a quotation closed a sentence, or only a clause
    return last in _SENTENCE_OPENERS


_QUOTES = frozenset("\"\u201c\u201d\u2018\u2019'")
_INITIAL_OR_TITLE_RE = re.compile(r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Sens?|Reps?|Gov|Gen|Lt|Col|Sgt|St|"
                                  r"Jr|Sr|Capt|Prof|Rev|Hon|Mt|Ft)\.$")
