"""Names in source mentions: tokens, personal names, outlets, and the signs in an article that
a one-word name is a company rather than a person.

>>> person_name("Secretary of State Mike Pompeo")
'Mike Pompeo'
>>> find_outlet("according to the New York Times")
'the New York Times'
>>> lone_name("Verizon said on Monday. Verizon Communications shares rose.", "Verizon")
True
>>> t = "Jane Doe, a retired teacher, said"
>>> name_before(t, t.index("a retired"), 0)
'Jane Doe'
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lead_scan import NOT_AFTER_WORD, lead_of, scan_matches
from .lexicons import noun_categories, phrase_list, phrase_set
from .model import SourceType
from .trie import trie_pattern

# runs of word characters joined by an apostrophe, full stop or hyphen (possessive runs: the
# same words as one alternation tried character by character, found much faster)
_TOKEN_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w\u00c0-\u024f&]*+"
                       r"(?:['.\-](?=[\w\u00c0-\u024f])[\w\u00c0-\u024f&]*+)*+")
_POSSESSIVE_RE = re.compile(r"['\u2019]s?$")

# lower-case particles inside personal names ("Rosa de la Cruz", "Vincent van Gogh")
NAME_PARTICLES = frozenset("de da do del della di du la le van von der al el bin".split())

FUNCTION_WORDS = frozenset("of for at in on to from with by and or the a an".split())

ORG_WORDS = frozenset(
    "department ministry committee party house senate congress council commission agency "
    "corp corporation inc co ltd llc bank university college association institute center "
    "centre foundation fund office court service administration campaign organization "
    "organisation union group company police army navy force forces guard pentagon kremlin "
    "board bureau authority authorities federation coalition alliance league club team "
    "network cabinet parliament assembly government ministry embassy consulate church "
    "hospital school council caucus secretariat directorate command command society "
    "trust partners capital holdings airlines motors systems technologies labs watch "
    "institution museum forum project initiative corps "
    # plurals that open a body's name (blind batch 7: "The Centers for Disease Control and
    # Prevention" was a person; "the National Institutes of Health")
    "centers centres institutes "
    # an abbreviation ending a department's name in headlines (blind batch 12: "Labor Dept. says")
    "dept "
    # company-name endings (PolNeAR train error analysis: "Walmart Stores", "General Electric")
    "stores pharmaceuticals industries enterprises airways ventures brands studios "
    "entertainment electric energy insurance securities investments "
    # industry nouns that end company names in business news ("Columbia Gas", "Dome Mines");
    # session 7, read on a Reuters-21578 sample. Not "power": "Samantha Power" is a person.
    "gas oil mines mining steel petroleum chemical chemicals resources bancorp financial "
    "savings utilities railroad foods metals minerals electronics "
    # session 12, project gold set: "Corvel said" after "Corvel Software" was a person;
    # general knowledge of company-name endings
    "software pharma therapeutics biosciences logistics telecom".split()
)
# the legal forms that end a company's name ("Acme Widgets Inc", "Brellin AG")
LEGAL_SUFFIXES = ("Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "PLC", "Cos", "Corporation", "Incorporated",
                  "AG", "NV", "SpA", "GmbH")
DETS = frozenset("a an the this that these those one another some his her their its our".split())
_COMPANY_SUFFIXES = ("Inc", "Corp", "Co", "Ltd", "LLC", "Group", "Holdings", "Communications",
                     "International", "Technologies",
                     # legal forms of business news abroad ("Brellin AG ... Brellin said"; session 7,
                     # Reuters-21578 sample: 5 short forms typed persons)
                     "Plc", "PLC", "AG", "NV", "SpA", "GmbH")
_COMPANY_AFTER_RE = re.compile(r"(?:['\u2019]s\s+(?:shares|stock|chief\s+executive|CEO|headquarters|board|"
                     r"customers|employees|users|website|platform|products?|parent)|\s+(?:"
                     + "|".join(_COMPANY_SUFFIXES) + r")\b|\s*<[A-Z][A-Z0-9]*(?:\.[A-Z]+)?>|,\s+(?:the|a|an)\s+(?:\w+\s+){0,3}"
                     r"(?:company|firm|maker|retailer|giant|group|chain|carrier|airline|network|"
                     r"service|platform|organization|nonprofit|website|site|startup|start-up|app|"
                     r"foundation|institute|coalition|association|pac))")  # session 10: "Crowdpac, a ... website"
_SENTENCE_OPENERS = FUNCTION_WORDS | DETS | frozenset(
    "when while but if as after before so then yet also since because though although "
    "meanwhile today still even now like how why what where".split())


def tokens(text: str) -> list[str]:
    """The words of ``text`` ("Abu-Laban's" stays whole; the full stop of "Mr." does not).

    >>> tokens("Mr. Abu-Laban's aide said no.")
    ['Mr', "Abu-Laban's", 'aide', 'said', 'no']
    """
    return _TOKEN_RE.findall(text)


def is_cap(word: str) -> bool:
    """Does ``word`` start with a capital letter?

    >>> is_cap("Pompeo"), is_cap("officials"), is_cap("")
    (True, False, False)
    """
    return word[:1].isupper()


def strip_possessive(word: str) -> str:
    """"Trump's" -> "Trump".

    >>> strip_possessive("Trump's"), strip_possessive("Davis'"), strip_possessive("Pompeo")
    ('Trump', 'Davis', 'Pompeo')
    """
    if "'" not in word and "\u2019" not in word:
        return word  # the common case, no apostrophe: nothing to strip
    return _POSSESSIVE_RE.sub("", word)


# an outlet's name at the start of an organisation's: "the Atlantic Council" (blind batch 24,
# session 16, had read it as the magazine)
_NOT_OUTLET_TAILS = (r"(?:Council|Institute|Foundation|Center|Centre|Group|Society|Association|"
                     r"Fund|Alliance|Coalition|Committee|Project|League|Forum|Trust|Partners)")


@lru_cache(maxsize=1)
def _outlet_re() -> re.Pattern[str]:
    variants = set()
    for n in phrase_list("outlets.txt"):
        variants.add(n)
        if n.lower().startswith("the "):
            variants.update(("T" + n[1:], "t" + n[1:]))
        if len(n) >= 5 and n.upper() != n:  # "POLITICO", "USA TODAY" in headline style
            variants.add(n.upper())
    letters = "".join(sorted({v[0] for v in variants}))
    # a trie of the names behind a first-letter check: most positions fail at once
    return re.compile(NOT_AFTER_WORD + r"(?=[" + re.escape(letters) + r"])" + trie_pattern(sorted(variants))
                      + r"(?!\w)(?!\s+" + _NOT_OUTLET_TAILS + r"\b)")


@lru_cache(maxsize=1)
def _outlet_lead() -> re.Pattern[str]:
    """:func:`_outlet_re` one character early: the non-word character its lookbehind allows,
    consumed (``re`` tries a pattern that opens with a lookbehind at every position)."""
    return lead_of(_outlet_re(), NOT_AFTER_WORD, r"\W")


# a local paper the lexicon lacks, by the word its name ends in ("The Canton Repository", "The
# Concord Monitor"; session 17, blind batch 44): "The", one to three capitalised words, a
# newspaper word; not the government's "Federal Register"
_PAPER_NAME_RE = re.compile(
    r"(?<!\w)[Tt]he\s+(?!Federal\s)(?:[A-Z][\w.'\-]*\s+){1,3}(?:Repository|Monitor|Register|Gazette|"
    r"Tribune|Herald|Courier|Dispatch|Chronicle|Examiner|Inquirer|Enquirer|Observer|Ledger|"
    r"Sentinel|Courant|Bee|Picayune|Times|Journal|Independent|Bulletin|Telegraph|Statesman|"
    r"Advertiser|Free\s+Press|Plain\s+Dealer|Beacon\s+Journal|"
    r"Morning\s+News|Daily\s+News)(?!\w)(?!\s+" + _NOT_OUTLET_TAILS + r"\b)")


def find_outlet(text: str) -> str | None:
    """The longest outlet name from the lexicon found in ``text`` (as written there), else a
    local paper's name by its newspaper word.

    >>> find_outlet("according to The Canton Repository")
    'The Canton Repository'
    """
    best = None
    for m in scan_matches(_outlet_re(), _outlet_lead(), text, 0, len(text)):  # finditer, faster
        if best is None or len(m.group()) > len(best):
            best = m.group()
    if best is None and ("The" in text or "the " in text):
        paper = _PAPER_NAME_RE.search(text)
        if paper is not None:
            return paper.group()
    return best


def outlet_short_name(context: str, word: str) -> bool:
    """Is ``word`` the last word of an outlet the article names ("Post" after "The Washington
    Post": "a Post review")?

    >>> outlet_short_name("The Washington Post reported it. A Post review found more.", "Post")
    True
    >>> outlet_short_name("A Post review found more.", "Post")
    False
    """
    return bool(context) and word[:1].isupper() and _outlet_short_name(context, word)


@lru_cache(maxsize=256)
def _outlet_short_name(context: str, word: str) -> bool:
    """:func:`outlet_short_name`, once per article and word."""
    if word not in context:
        return False
    return any(m.group().split()[-1] == word and m.group() != word for m in _outlet_re().finditer(context))


def person_name(text: str) -> str | None:
    """The personal name at the end of a mention ("Secretary of State Mike Pompeo" -> "Mike Pompeo").

    >>> person_name("Sen. Elizabeth Warren"), person_name("a senior official")
    ('Elizabeth Warren', None)
    """
    toks = tokens(text)
    titles = phrase_set("titles.txt")
    run: list[str] = []
    for tok in reversed(toks):
        bare = strip_possessive(tok).rstrip(".")
        if is_cap(tok) and bare.lower() not in titles and bare.lower() not in ORG_WORDS:
            run.insert(0, strip_possessive(tok))
            if len(run) == 3:
                break
        else:
            break
    if not run:
        return None
    if len(run) == 3 and len(run[1].rstrip(".")) > 1 and run[0].lower() in ("state", "defense"):
        run = run[1:]
    return " ".join(run)


def name_in_prose(core: str, context: str) -> bool:
    """"the Communications Workers", "Concerned Veterans": every word capitalised, and written
    so in the middle of a sentence, so a name (not a headline's title case).

    >>> name_in_prose("the Communications Workers", "Members of the Communications Workers struck.")
    True
    >>> name_in_prose("Communications Workers", "Communications Workers Strike")
    False
    """
    words = [t for t in tokens(core) if t.lower() not in DETS]
    if len(words) < 2 or not context or not all(
            is_cap(t) or t in FUNCTION_WORDS and 0 < i < len(words) - 1 for i, t in enumerate(words)):
        return False
    return _in_prose_re(" ".join(words)).search(context) is not None


@lru_cache(maxsize=256)
def _in_prose_re(name: str) -> re.Pattern[str]:
    """``name`` after a lower-case word: written so mid-sentence."""
    return re.compile(r"\b[a-z]+[,;]? (?:the )?" + re.escape(name) + r"\b")


def outlet_surname(context: str, word: str) -> bool:
    """Is the one-word outlet ``word`` ("Fox", "Bloomberg") the surname of a person the article
    names in full ("Vicente Fox", "Mayor Bloomberg"), and never the outlet ("Fox News")? Then
    the word alone means that person.

    >>> outlet_surname("Ex-president Vicente Fox spoke. Later, Fox said no.", "Fox")
    True
    >>> outlet_surname("The poll came out. Later Fox said no.", "Fox")
    False
    >>> outlet_surname("Ex-president Vicente Fox spoke to Fox News. Fox said no.", "Fox")
    False
    """
    return _outlet_surname(context, word)


@lru_cache(maxsize=256)
def _outlet_surname(context: str, word: str) -> bool:
    """:func:`outlet_surname`, once per article and word."""
    if not context or word.isupper() or word not in context or _company_signs(context, word):
        return False  # "CNN" is no surname; "Bloomberg's index", "Bloomberg said its ...": a firm
    titles = phrase_set("titles.txt")
    named = False
    for at in _occurrences(context, word):
        start = max(0, at - 40)
        if any(m.start() <= at < m.end() and len(m.group()) > len(word)
               for m in _outlet_re().finditer(context, start, at + len(word) + 40)):
            return False  # "Fox News", "Bloomberg Businessweek": the article uses the outlet
        m = _WORD_BEFORE_RE.search(context, max(0, at - 60), at)
        if m is None or find_outlet(m.group(1)):
            continue
        before = m.group(1)
        opens = context[:m.start(1)].rstrip()[-1:] in ("", ".", "!", "?", '"', "\u201c", ":")
        if before.lower() in titles or not (m.group(2) or opens or _common_in_text(context, before)):
            named = True  # "Mayor Bloomberg", "Vicente Fox" (not "... on Monday. Later Fox")
    return named


@lru_cache(maxsize=256)
def company_stem_in_text(context: str, name: str) -> bool:
    """Does the article write ``name`` as the start of a company's full name, with at most two
    more capitalised words before the suffix ("Shared Network *Technologies Inc* ... Shared
    Network said")? Wire stories give a company its full name once, then a short form.

    >>> company_stem_in_text("Tarlo Network Systems Inc rose. Tarlo Network said", "Tarlo Network")
    True
    >>> company_stem_in_text("Tarlo Network said", "Tarlo Network")
    False
    """
    if not name:
        return False
    at = context.find(name)
    while at >= 0:
        end = at + len(name)
        if _STEM_SUFFIX_AFTER_RE.match(context, end):
            return True
        at = context.find(name, end)
    return False


# a company suffix, right after the name or after an "and" part ("Pennsylvania Power *and Light Co*"),
# or a stock symbol right after it ("Brellin Generale <BRLG.PA>"; session 7, Reuters-21578 sample)
_SUFFIX_AFTER_RE = re.compile(r"(?:\s+(?:and|&)(?:\s+[A-Z][\w'.\-]*){1,3})?"
                              r"\s+(?:" + "|".join(LEGAL_SUFFIXES) + r")\b|\s*<[A-Z][A-Z0-9]*(?:\.[A-Z]+)?>")
# the same after up to two more capitalised words ("Shared Network *Technologies Inc*")
_STEM_SUFFIX_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w'.\-]*){0,2}(?:" + _SUFFIX_AFTER_RE.pattern + ")")


def lone_name(context: str, word: str) -> bool:
    """Is ``word`` a company's one-word name ("Nabisco", "Verizon")? Yes when the article never
    gives it a first name or a title (a person named in full once, "Mike Pompeo", "Mr. Pompeo",
    is later called by the surname alone) and treats it as a company somewhere ("Verizon
    Communications", "Nabisco's shares", "Teck, the mining company").

    >>> lone_name("Nabisco's shares fell. Nabisco said sales fell.", "Nabisco")
    True
    >>> lone_name("Mike Pompeo spoke. Pompeo said talks would resume.", "Pompeo")
    False
    """
    return _lone_name(context, word)


@lru_cache(maxsize=256)
def _lone_name(context: str, word: str) -> bool:
    """:func:`lone_name`, once per article and word (a name recurs in its article)."""
    if not context or word.isupper() or not word[:1].isupper() or not _company_signs(context, word):
        return False  # the cheap test first: most one-word names show no company signs
    titles = phrase_set("titles.txt")
    for at in _occurrences(context, word):
        after = _WORD_AFTER_RE.match(context, at + len(word))
        if after and after.group(1) in _COMPANY_SUFFIXES or _STEM_SUFFIX_AFTER_RE.match(context, at + len(word)):
            # "Eastman Kodak Co", "the Nissan Motor Co Ltd": a company's full name, so the word
            # before is part of it and the word after no surname
            continue
        m = _WORD_BEFORE_RE.search(context, max(0, at - 60), at)
        if m is not None and not m.group(1).endswith(("'s", "\u2019s")):  # "Japan's Marvik": no first name
            before = m.group(1)
            if before.lower() in titles:
                return False  # "Sen. Doe"
            if not m.group(2) and not _common_in_text(context, before) \
                    and before.lower() not in _COUNT_OPENERS:
                return False  # "Jane Doe" (not "... on Monday. Doe", not "Three Corvel employees")
        if after and not _common_in_text(context, after.group(1)) \
                and not _org_name_after(context, at + len(word)):
            return False  # "Jane Doe": the word is a first name
        role = _ROLE_APPOSITIVE_RE.match(context, at + len(word))
        if role is not None and noun_categories().get(role.group(1).lower()) in ("role", "vague") \
                or role is not None and role.group(1).lower() in _PUBLIC_ROLES:
            return False  # "Trump, the Republican presidential nominee," (session 17, blind
            # batch 50): a person, though "Trump University" names a company too
    return True


# a definite or indefinite description set off after the name, up to its head noun
_ROLE_APPOSITIVE_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?([a-z][\w\-]*)\s*[,.]")
_PUBLIC_ROLES = frozenset("nominee candidate president senator governor mayor billionaire "
                          "businessman businesswoman congressman congresswoman chairman "
                          "front-runner frontrunner".split())


# words that open a sentence before a name without being a first name ("Three Corvel employees
# said"; session 12, project gold set)
_COUNT_OPENERS = DETS | frozenset("two three four five six seven eight nine ten several many few "
                                  "all both most".split())
# the capitalised word (and any initial) right before a name, and the one right after it
_WORD_BEFORE_RE = re.compile(r"(?<![\w.'\u2019])([A-Z][\w'\-]*)(\.?)\s+(?:[A-Z]\.\s+)?$")
_WORD_AFTER_RE = re.compile(r"\s+([A-Z][a-z][\w'\-]*)")


# up to two more capitalised words and a body word: "Pew *Research Center*", "Acme *Corp*"
# (not across a line: a headline's last word and the next paragraph's first words, session 17)
_ORG_NAME_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][a-z][\w\-]*){1,3}")


def _org_name_after(context: str, end: int) -> bool:
    """Does a name that ends at ``end`` go on into a body's name ("Pew Research Center")?

    >>> _org_name_after("Pew Research Center", 3), _org_name_after("Jane Doe said", 4)
    (True, False)
    """
    m = _ORG_NAME_AFTER_RE.match(context, end)
    return m is not None and any(w.lower() in ORG_WORDS for w in m.group().split())


def _occurrences(context: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word in ``context`` (no regex compiled per word).

    >>> _occurrences("Doe met Does and Doe.", "Doe")
    [0, 17]
    """
    found, at = [], context.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (context[at - 1].isalnum() or context[at - 1] == "_")) and not (
                end < len(context) and (context[end].isalnum() or context[end] == "_")):
            found.append(at)
        at = context.find(word, end)
    return found


def contains_word(text: str, word: str) -> bool:
    """Does ``re.search(r"\\b" + re.escape(word) + r"\\b", text)`` find ``word``? The same test
    without compiling a regex per word (the words differ from article to article).

    >>> contains_word("Doe met Does.", "Doe"), contains_word("Does.", "Doe"), contains_word("U.S. aid", "U.S.")
    (True, False, False)
    """
    at = text.find(word)
    while at >= 0:
        if is_word_boundary(text, at) and is_word_boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=1024)
def shouted_name(word: str, context: str) -> bool:
    """"TAPPER:" in a transcript: a capitalised word written in capitals is the name the
    article also writes in title case ("Jake Tapper"), or a speaker label that opens two
    paragraphs or more, not an acronym.

    >>> shouted_name("DOE", "Jane Doe spoke. DOE: Thanks."), shouted_name("NATO", "NATO met.")
    (True, False)
    >>> shouted_name("ROE", "ROE: Why?\\nLEE: Because.\\nROE: I see.")
    True
    """
    if len(word) <= 2 or not word.isalpha():
        return False
    turns = context.count("\n" + word + ":") + context.startswith(word + ":")
    return turns >= 2 or contains_word(context, word.title())


def is_word_boundary(text: str, i: int) -> bool:
    """Is there a regex word boundary (``\\b``) at offset ``i`` of ``text``?

    >>> is_word_boundary("Pompeo said", 6), is_word_boundary("Pompeo said", 3)
    (True, False)
    """
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    after = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return before != after


@lru_cache(maxsize=1024)
def _common_in_text(context: str, word: str) -> bool:
    """Is ``word`` a common word ("When", "But"): a sentence opener, or in lower case in
    ``context``? Then it is no first name."""
    low = word.lower()
    return low in _SENTENCE_OPENERS or contains_word(context, low)


def _company_signs(context: str, word: str) -> bool:
    """"Verizon Communications", "Nabisco's shares", "Teck, the mining company", "Verizon
    said *its* profit rose" (the first pronoun after the name in its clause is "it")."""
    at = context.find(word)
    votes = 0.0
    while at >= 0:
        end = at + len(word)
        if _COMPANY_AFTER_RE.match(context, end) or _org_name_after(context, end):
            return True
        pron = _NEXT_PRONOUN_RE.match(context, end) if not context[end:end + 1].isalnum() else None
        if pron and pron.group(1).lower() not in ("they", "their"):
            votes += _PRONOUN_VOTES.get(pron.group(1).lower(), -1.0)
        at = context.find(word, end)
    return votes > 0


# "it"/"its" after a name is a company's, "he"/"his" a person's
_PRONOUN_VOTES = {"its": 1.0, "it": 1.0}


# the first personal pronoun within the clause after a name
_NEXT_PRONOUN_RE = re.compile(r"(?:['\u2019]s)?[^.;!?\"\u201c\u201d]{0,50}?\b(it|its|he|she|his|her|they|their)\b",
                              re.IGNORECASE)


def titled_name(toks: list[str]) -> str | None:
    """"Minister of the Armed Forces Florence Parly": a long title phrase that ends in a name.

    The trailing capitalised run must be three words or more, so that a complement such as
    "a spokesman for Mr. Castell" (two words after "for") is not taken for the speaker.

    >>> titled_name(tokens("Minister of the Armed Forces Florence Parly"))
    'Florence Parly'
    >>> titled_name(tokens("a spokesman for Mr. Castell")) is None
    True
    """
    if len(toks) < 4:
        return None  # the common case: no room for a title word and a three-word name
    i = len(toks)
    while i > 0 and is_cap(toks[i - 1]):
        i -= 1
    run = toks[i:]
    if len(run) < 3 or i == 0 or toks[i - 1].lower() not in FUNCTION_WORDS:
        return None
    lead = [t for t in toks[:i] if t.lower() not in FUNCTION_WORDS]
    if lead and not is_cap(lead[-1]):
        return None  # "a spokesman for Mayor Dana Whitcomb": the speaker is the spokesman
    name = run[-2:]
    if {t.lower().rstrip(".") for t in name} & (ORG_WORDS | phrase_set("titles.txt")):
        return None
    if find_outlet(" ".join(run)) or " ".join(run).lower() in phrase_set("places.txt"):
        return None
    titles = phrase_set("titles.txt")
    if not any(t.lower().rstrip(".") in titles for t in toks[:i] + run[:-2]):
        return None
    return " ".join(strip_possessive(t) for t in name)


# "former secretary of state Hillary Clinton", "White House chief of staff Denis McDonough":
# a lower-case title with its "of" phrase, then a personal name (session 18, hand-checked
# PolNeAR train: these had been an unnamed chief or no type at all)
_LOWER_TITLE_NAME_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w.&\-]*\s+){0,3}(?:(?:former|then|acting|deputy|assistant)[\s\-]+)?"
    r"(?P<title>[a-z]+)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){1,2}"
    r"(?P<name>[A-Z][a-z][\w'\-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'\-]*){1,2})$")


def lower_title_name(text: str) -> str | None:
    """The name after a lower-case title phrase, or None.

    >>> lower_title_name("former secretary of state Hillary Clinton")
    'Hillary Clinton'
    >>> lower_title_name("a spokesman for the state Jane Doe") is None
    True
    """
    m = _LOWER_TITLE_NAME_RE.match(text)
    if m is None or m.group("title") not in phrase_set("titles.txt"):
        return None
    name = m.group("name")
    if find_outlet(name) or name.lower() in phrase_set("places.txt") \
            or {w.lower() for w in name.split()} & ORG_WORDS:
        return None
    return name


_PARTY_MEMBERS = frozenset("republican democrat".split())
# titles that also open company names ("General Electric", "Chief Executive"): a name after
# them needs two words when the title leads the mention
_LEADING_TITLE_WORDS = frozenset("general major chief prime vice premier deputy attorney "
                                 "father sister lord lady king queen prince princess".split())


@lru_cache(maxsize=1)
def _title_stops() -> frozenset[str]:
    """Titles and party members' nouns: the words a personal name follows."""
    return phrase_set("titles.txt") | _PARTY_MEMBERS


def title_then_name(toks: list[str]) -> str | None:
    """"House Speaker Paul Ryan", "Judicial Watch President Tom Fitton", "House Republican
    Jane Doe": a title or a party member's noun right before a personal name makes the mention
    that person, whatever body the words before it name.

    >>> title_then_name(tokens("Senate Majority Leader Jane Doe"))
    'Jane Doe'
    >>> title_then_name(tokens("General Electric")) is None
    True
    """
    titles = phrase_set("titles.txt")
    stops = _title_stops()
    i = len(toks)
    while i > 0 and (is_cap(toks[i - 1]) or toks[i - 1] in NAME_PARTICLES) \
            and toks[i - 1].lower().rstrip(".") not in stops:
        i -= 1
    run = toks[i:]
    if i == 0 or not 1 <= len(run) <= 4 or not is_cap(run[0]) or not is_cap(run[-1]):
        return None
    title = toks[i - 1].lower().rstrip(".")
    if not is_cap(toks[i - 1]):
        return None  # "the company's president Doe" is the described-name rule's
    if i == 1 and (len(run) < 2 or title in _LEADING_TITLE_WORDS):
        return None
    lowered = {t.lower().rstrip(".") for t in run}
    if lowered & (ORG_WORDS | titles) or any(_OWNER_TOKEN_RE.search(t) for t in run):
        return None
    if find_outlet(" ".join(run)) or " ".join(run).lower() in phrase_set("places.txt"):
        return None
    return " ".join(run)


_NAME_BEFORE_RE = re.compile(
    r"(?:^|[,;:\"\u201c(\u2014\-]\s*)((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?[A-Z][\w'\-.]*"
    r"(?:\s+(?:[A-Z][\w'\-.]*|de|van|von|der|la|al|bin))*)\s*(?:\([^()]{1,30}\)\s*)?,\s*$")
_NOT_NAME_START = _SENTENCE_OPENERS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december here there yes no well".split())


# a full name anywhere in its clause: "a grant from *William E. Doe* (of Ohio), a ..."
_FULL_NAME_BEFORE_RE = re.compile(
    r"(?<![\w'\-.])((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+[A-Z][\w'\-.]*|[A-Z][\w'\-.]*"
    r"(?:\s+(?:[A-Z][\w'\-.]*|de|van|von|der|la|al|bin))+))(?:\s+of\s+[A-Z][\w.]*)?"
    r"\s*(?:\([^()]{1,30}\)\s*)?,\s*$")


def name_before(text: str, start: int, floor: int, *, anywhere: bool = False) -> str | None:
    """The name that an appositive at ``start`` describes: "*Jane Doe*, a retired teacher,",
    "*Sen. Roe (D-Ore.)*, a longtime critic". The name must open its clause (so not "after
    meeting Doe, an aide said") and must not be a sentence opener ("In Ohio, voters said").
    With ``anywhere``, a full name of two or more words may stand anywhere in the clause
    ("said *David Doe*, a senior analyst, who ...").

    >>> t = "The plan failed, said David Doe, a senior analyst."
    >>> at = t.index("a senior")
    >>> name_before(t, at, 0), name_before(t, at, 0, anywhere=True)
    (None, 'David Doe')
    """
    lo = max(floor, start - 80)
    m = _NAME_BEFORE_RE.search(text[lo:start])
    if m is None and anywhere:
        m = _FULL_NAME_BEFORE_RE.search(text[lo:start])
    if m is None or (m.start(1) == 0 and lo > floor):
        return None
    name = m.group(1)
    first = name.split()[0]
    if first.lower().rstrip(".") in _NOT_NAME_START or first.lower() in ("however", "last", "next"):
        return None
    if " " not in name and _common_in_text(text, name):
        return None  # "However, ...", "Instead, ...": a common word, no name
    return name


_NAME_AFTER_RE = re.compile(
    r",\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?[A-Z][\w'\-]*\.?(?:\s+[A-Z][\w'\-]*\.?){1,3})"
    r"(?:\s+\([^()]{1,30}\))?\s*,")


def name_after(text: str, end: int) -> str | None:
    """The name set off after a description that ends at ``end``: "the campaign's state
    director*, Jane Doe,* said". Two to four capitalised words between commas.

    >>> t = "the campaign's state director, Jane Doe, said"
    >>> name_after(t, t.index(","))
    'Jane Doe'
    """
    m = _NAME_AFTER_RE.match(text, end)
    if m is None or m.group(1).split()[0].lower().rstrip(".") in _NOT_NAME_START:
        return None
    return m.group(1)


PAPER_WORDS = frozenset("times news post journal sun star tribune herald examiner gazette "
                         "chronicle inquirer globe register observer telegraph dispatch "
                         "courier bulletin radio tv television magazine bee enquirer sentinel "
                         "courant press".split())


def newspaper_name(toks: list[str]) -> bool:
    """"the Las Vegas Sun", "the Global Times", "Vermont Public Radio": two or more capitalised
    words ending in a newspaper or broadcast word name an outlet; so does one hyphened word
    ending in one ("the Sun-Times", "WXYZ-TV").

    >>> newspaper_name(tokens("the Sun-Times")), newspaper_name(tokens("Vermont Public Radio"))
    (True, True)
    >>> newspaper_name(tokens("Post"))
    False
    """
    words = [t for t in toks if t.lower() != "the"]
    if not words:
        return False
    parts = words[-1].lower().split("-")
    last = parts[-1] if parts[-1] in PAPER_WORDS or parts[0] not in PAPER_WORDS else parts[0]
    if last not in PAPER_WORDS:  # "Journal-Constitution", "Times-Picayune": a paper word first
        return False  # the cheap test first: both answers below need a newspaper word last
    if not all(is_cap(t) for t in words) or any(_OWNER_TOKEN_RE.search(t) for t in words):
        return False
    if len(words) == 1:
        return "-" in words[0] and last in PAPER_WORDS
    return len(words) <= 5 and last in PAPER_WORDS


_DOMAIN_RE = re.compile(r"^[A-Za-z][\w\-]*\.(?:com|org|net|gov|edu)$", re.IGNORECASE)


def domain_name(word: str) -> bool:
    """"MoveOn.org", "Example.com": a web address names a site or body, not a person.

    >>> domain_name("Example.com"), domain_name("Mr.")
    (True, False)
    """
    return _DOMAIN_RE.match(word) is not None


_OWNER_TOKEN_RE = re.compile(r"['\u2019]s?$")


def owned_name(toks: list[str]) -> str | None:
    """"The New Republic's Jeet Heer", "American Action Forum's Douglas Holtz-Eakin": a full
    personal name (a surname, after a company) after a capitalised owner is that person (TAXONOMY: a named journalist is a
    person even with an outlet attached).

    >>> owned_name(tokens("The New Republic's Jeet Heer")), owned_name(tokens("Jeet Heer"))
    ('Jeet Heer', None)
    """
    if toks and not any("'" in t or "\u2019" in t for t in toks):
        return None  # the common case: no apostrophe, so no owner (and no regex per word)
    owner = max((i for i, t in enumerate(toks) if _OWNER_TOKEN_RE.search(t)), default=-1)
    rest = toks[owner + 1:]
    # one word is enough after a company ("Data Resources' Wyss", "Acme Corp's Doe")
    least = 1 if strip_possessive(toks[owner]).lower() in ORG_WORDS else 2
    if owner < 0 or not is_cap(toks[owner]) or not least <= len(rest) <= 3:
        return None
    lowered = {t.lower().rstrip(".") for t in rest}
    if not all(is_cap(t) for t in rest) or lowered & (ORG_WORDS | phrase_set("titles.txt")):
        return None
    return " ".join(rest)


def definite_name(toks: list[str]) -> bool:
    """"the Eagle Forum", "the Holocaust Museum": "the" and a capitalised name, no title in it;
    a person's name takes no article.

    >>> definite_name(tokens("the Eagle Forum")), definite_name(tokens("the President"))
    (True, False)
    """
    words = toks[1:]
    if not toks or toks[0].lower() != "the" or not 2 <= len(words) <= 5:
        return False
    titles = phrase_set("titles.txt")
    return all(is_cap(t) and t.lower().rstrip(".") not in titles for t in words) \
        and not words[-1].lower().endswith("s")


# relatives, each one identifiable person once an owner is given ("Trump's son", "his wife")
KIN_NOUNS = frozenset("father mother son daughter wife husband brother sister grandfather grandmother "
                      "grandson granddaughter uncle aunt nephew niece widow widower stepfather "
                      "stepmother fiance fiancee father-in-law mother-in-law son-in-law "
                      "daughter-in-law".split())
# parties, whose members are named by the party ("Republicans", "a Democrat")
PARTY_WORDS = frozenset("republicans democrats gop liberals conservatives tories labour "
                        "democrat republican".split())
_ORG_DESCRIPTORS = frozenset("operator utility chipmaker retailer carrier airline manufacturer maker "
                              "automaker insurer lender developer producer distributor publisher "
                              "firm company startup group charity nonprofit owner landlord "
                              "supplier contractor broker exchange regulator watchdog union".split())
# A bond issue's "lead manager" or "co-lead manager" is a bank, not a person (a wire convention
# of the euromarket; session 7, Reuters-21578 sample: "lead manager <bank>" typed a person 3 times)
_ISSUE_MANAGERS = frozenset("manager managers underwriter underwriters".split())
_MANAGER_LEADS = frozenset("lead co-lead joint sole".split())
_ROLE_ACRONYMS = frozenset("ceo cfo coo cto vp mp md gm".split())


# singular nouns of the "group" category that describe one person before a name
_ONE_PERSON_RE = re.compile(r"(?:ist|yst|ic|ert|ver|ter|ent|der|ter)$")
# nouns that name an outlet when they open a sentence before its name ("Newspaper Folha ...")
_OUTLET_NOUNS = frozenset("newspaper broadcaster daily weekly magazine tabloid".split())


def described_name(toks: list[str]) -> tuple[SourceType, str, str] | None:
    """"the utility Brenford Electric", "news agency Stelan", "director Rosa Enwright": the
    lower-case noun right before a trailing name says what the name is.

    >>> described_name(tokens("the utility Brenford Electric"))
    (<SourceType.NAMED_ORG: 'named_org'>, 'Brenford Electric', 'utility')
    >>> described_name(tokens("director Rosa Enwright"))[0]
    <SourceType.NAMED_PERSON: 'named_person'>
    """
    i = len(toks)
    while i > 0 and (is_cap(toks[i - 1]) or toks[i - 1] in NAME_PARTICLES and i < len(toks)
                     and i > 1 and (is_cap(toks[i - 2]) or toks[i - 2] in NAME_PARTICLES)):
        i -= 1  # a particle inside the name: "Correio de Manha", "Banco do Brasil"
    if i == 0 and len(toks) > 1 and toks[0].lower() in _OUTLET_NOUNS:
        i = 1  # "Newspaper Folha de S.Paulo reported" opening a sentence (session 17, blind 48)
    if i == 0 or i == len(toks) or len(toks) - i > 4:
        return None
    noun = toks[i - 1].lower()
    if noun in FUNCTION_WORDS:
        return None  # "Secretary of State Mike Pompeo": a title, not a describing noun
    name = " ".join(toks[i:])
    if name.lower() in PARTY_WORDS or toks[-1].lower() in PARTY_WORDS:
        return None  # "senior Republicans" is a subset of a party, not a person
    cat = noun_categories().get(noun)
    if noun in _ISSUE_MANAGERS and i >= 2 and toks[i - 2].lower() in _MANAGER_LEADS:
        return SourceType.NAMED_ORG, name, noun  # "lead manager Brenmoor Bank": a bank runs the issue
    if cat == "media" or noun in ("agency", "weekly", "daily", "newspaper", "broadcaster"):
        return SourceType.MEDIA, name, noun
    if cat == "org" or noun in _ORG_DESCRIPTORS:
        return SourceType.NAMED_ORG, name, noun
    if cat not in ("role", "vague", None) and not (cat == "group" and _ONE_PERSON_RE.search(noun)):
        return None  # but "economist Jane Doe", "activist John Roe": one person of a group
    if len(toks) - i == 1 and name.isupper() and 2 <= len(name) <= 5 \
            and name.lower() not in _ROLE_ACRONYMS | phrase_set("titles.txt"):
        return SourceType.NAMED_ORG, name, noun  # "a struggling HP": an acronym names a body
    if noun.isalpha() and not (noun.endswith("ing") and cat is None):  # "a PAC *supporting* Trump"
        lowered = {t.lower().rstrip(".") for t in toks[i:]}
        if not lowered & ORG_WORDS:
            return SourceType.NAMED_PERSON, name, noun
    return None
