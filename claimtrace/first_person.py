"""Who "I" is outside any quotation: the article's own voice, when the article names it.

An op-ed signs its author in a byline ("By Jane Doe") or a closing tagline ("Jane Doe is the
mayor of Dayton."); a question-and-answer interview names the person answering in its
opening lines ("Q&A with Mayor Jane Doe"). TAXONOMY keeps the author's "I" unknown only where
the author is never named; where the article names that voice, "I" is that named person.

>>> t = "Why I ran.\\n\\nI entered the race in May.\\n\\nJane Doe is the mayor of Dayton."
>>> document_voice(t)
('Jane Doe', 'the author, named in the closing tagline')
>>> document_voice("I entered the race in May.") is None
True
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from .model import SourceType
from .sources import classify

__all__ = ["document_voice", "in_question", "signed_voice"]

_NAME = r"((?:[A-Z][\w'\u2019\-]+\.?\s+)(?:[A-Z]\.\s+)?[A-Z][\w'\u2019\-]+)"
_BYLINE_RE = re.compile(r"^\s*By\s+" + _NAME + r"\s*$", re.MULTILINE)
# a tagline's name may have a middle name or a title and a party tag ("Rep. Jane Doe, D-Ohio,")
_ROLE_WORDS = ("director|editor|editor-at-large|adviser|advisor|secretary|strategist|consultant|fellow|"
               "professor|writer|columnist|contributor|member|officer|manager|spokesman|"
               "spokeswoman|analyst|attorney|lawyer|lecturer|correspondent|economist|author|"
               "founder|reporter|pollster|aide|counsel|researcher|scholar|historian")
_TAGLINE_NAME = r"((?:[A-Z][\w'\u2019\-]+\.?\s+)(?:[A-Z]\.\s+|[A-Z][\w'\u2019\-]+\s+){0,2}[A-Z][\w'\u2019\-]+)"
# (a present-tense verb of office too: "Rep. Jane Doe, D-Ohio, chairs the Democratic National
# Committee."; session 18, hand-checked PolNeAR train)
_TAGLINE_RE = re.compile(r"^\s*" + _TAGLINE_NAME + r"(?:,\s+[A-Z]-[A-Z][a-z]*\.?,)?"
                         r"(?:,\s+(?:a|an|the)\s+[^,\n]{3,90},)?,?\s+"  # ", a law professor,"
                         r"(?:(?:chairs|heads|leads|directs|runs|teaches|hosts)\s+(?:the|a|an)\s"
                         r"|(?:is|was|serves\s+as|served\s+as|has\s+been)\s+(?:"
                         r"(?i:a|an|the|currently|also|now|former|senior|chief|president|director|"
                         r"professor|editor|author|founder|co-founder|executive|governor|mayor|"
                         r"chairman|chairwoman|chair)\b"
                         # "was communications director of ...", "is Senior Editor-at-Large at"
                         # (session 17: blind batch 40 and PolNeAR train taglines)
                         r"|(?:[A-Za-z\-]+\s+){0,3}?(?i:" + _ROLE_WORDS + r")\b))")
# a columnist's tagline by surname alone ("Gaudiano is a Washington-based reporter for ..."):
# only with a newsroom role, as a surname alone may be anyone the article is about
_SURNAME_TAGLINE_RE = re.compile(r"^\s*([A-Z][a-z][\w'\u2019\-]+)\s+(?:is|was)\s+(?:a|an|the)\s+"
                                 r"(?:[\w\-]+\s+){0,3}?(?:reporter|columnist|correspondent|"
                                 r"contributor|writer)\b")
# a column's headline that opens with its author's full name and a colon
_COLUMN_HEADLINE_RE = re.compile(r"\s*" + _NAME + r":\s")
_QUESTION_RE = re.compile(r"^\s*(?:Q(?:UESTION)?\s*[:.\-\u2014]|Q\s+|Q(?=[A-Z][a-z]))")
_INTRO_NAME_RE = re.compile(r"(?:[A-Z][a-z]+\.?\s+){0,3}[A-Z][a-z][\w'\u2019\-]+\s+[A-Z][a-z][\w'\u2019\-]+")
_INTRO_CHARS = 600


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


@lru_cache(maxsize=64)
def document_voice(text: str) -> tuple[str, str] | None:
    """The named person who speaks as "I" in the article's own voice, with how it was found;
    None when the article does not name one.

    >>> document_voice("By Jane Doe\\n\\nI entered the race in May.")
    ('Jane Doe', 'the author, named in the byline')
    >>> t = "Q&A: Mayor Jane Doe\\n\\nQ: Why run?\\nA: Roads.\\n\\nQ: And now?\\nA: I stay."
    >>> document_voice(t)
    ('Jane Doe', 'the one answering, named at the start of a question-and-answer interview')
    """
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return None
    for p in paragraphs[:3]:
        m = _BYLINE_RE.match(p)
        if m and _is_person(m.group(1)):
            return m.group(1), "the author, named in the byline"
    for p in paragraphs[-2:]:
        m = _TAGLINE_RE.match(p)
        if m and _is_person(m.group(1)):
            return m.group(1), "the author, named in the closing tagline"
        m = _SURNAME_TAGLINE_RE.match(p)
        if m:
            return m.group(1), "the author, named by surname in the closing tagline"
    m = _SIGNATURE_RE.fullmatch(paragraphs[-1])
    if m and not m.group(1).startswith("@") and _is_person(m.group(1)) \
            and sum(1 for p in paragraphs if _SIGNATURE_RE.fullmatch(p)) == 1:
        return m.group(1), "the author, who signed the article at its end"
    m = _COLUMN_HEADLINE_RE.match(paragraphs[0])
    if m and _is_person(m.group(1)):  # "Ann Coulter: And Then There Was the One" (session 18,
        return m.group(1), "the author, named before the colon of the headline"  # PolNeAR train)
    if sum(1 for p in paragraphs if _QUESTION_RE.match(p)) >= 2:
        for m in _INTRO_NAME_RE.finditer(text, 0, min(len(text), _INTRO_CHARS)):
            name = _person_in(m.group())
            if name:
                return name, "the one answering, named at the start of a question-and-answer interview"
    return None


# a reader's letter or post signed on a line of its own: "Jane R. Doe." or "@janedoe."
_SIGNATURE_RE = re.compile(r"\s*((?:[A-Z][\w'\u2019\-]*\.?\s+){1,3}[A-Z][\w'\u2019\-]*[a-z][\w'\u2019\-]*|@\w+)"
                           # a place after the name ("Robert Tanaka, Ames, Iowa"; session 17)
                           r"(?:,\s+[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,2}){0,2}\.?\s*$")
_SIGNATURE_REACH = 3  # a letter runs at most this many paragraphs before its signature


def signed_voice(text: str, pos: int) -> tuple[str, str] | None:
    """The signer of the letter or post that ``pos`` lies in: a page of readers' letters signs
    each one on its own line after it. None when no signature line follows within a few
    paragraphs.

    >>> t = "Readers respond.\\n\\nI think she won the debate.\\n\\nJane R. Doe.\\n\\nI disagree."
    >>> signed_voice(t, t.index("I think"))
    ('Jane R. Doe', 'the reader who signed the letter')
    >>> signed_voice(t, t.index("I disagree")) is None
    True
    """
    for line in itertools.islice(_lines_after(text, pos), _SIGNATURE_REACH):
        m = _SIGNATURE_RE.fullmatch(line)
        if m is None:
            continue
        signer = m.group(1)
        if signer.startswith("@"):
            return signer, "the user who signed the post"
        if _is_person(signer):
            return signer, "the reader who signed the letter"
    return None


def _lines_after(text: str, pos: int) -> Iterator[str]:
    """The non-blank lines after the one ``pos`` lies in, read one at a time."""
    end = text.find("\n", pos)
    while end >= 0:
        nxt = text.find("\n", end + 1)
        line = text[end + 1:nxt if nxt >= 0 else len(text)]
        if line.strip():
            yield line
        end = nxt


def in_question(text: str, pos: int) -> bool:
    """Is ``pos`` inside a question paragraph ("Q: ...") of an interview?

    >>> t = "Q: Why did you run?\\nA: I wanted to fix the roads."
    >>> in_question(t, t.index("Why")), in_question(t, t.index("I wanted"))
    (True, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    return _QUESTION_RE.match(text, start) is not None


def _is_person(words: str) -> bool:
    return classify(words).type is SourceType.NAMED_PERSON


def _person_in(words: str) -> str | None:
    """The personal name at the end of a capitalised run ("Vice President Joe Biden")."""
    info = classify(words)
    if info.type is not SourceType.NAMED_PERSON or not info.name:
        return None
    return info.name
