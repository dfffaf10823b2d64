"""Reading text, length-preserving normalisation, input diagnostics and noise regions.

:func:`normalise` only replaces characters one for one, so every offset found in the
normalised text is valid in the original:

>>> raw = "\\u201cWe won.\\u201d\\u00a0He left.."
>>> work = normalise(raw)
>>> work
'"We won." He left. '
>>> len(work) == len(raw)
True

:func:`find_noise` marks what is not article content (a headline repeated down the page,
"Similar articles" link lists, share bars) without deleting it:

>>> doc = "Big news\\n\\nBig news\\n\\nThe mayor resigned on Monday.\\n\\nFacebook Twitter Email"
>>> for n in find_noise(normalise(doc), original=doc):
...     print(n.kind.value, repr(n.span.text), n.evidence)
repeated_headline 'Big news' line repeated 2 times
repeated_headline 'Big news' line repeated 2 times
share_bar 'Facebook Twitter Email' line of share-bar words: facebook, twitter, email
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from os import PathLike

from .errors import DecodeError, InputError
from .lexicons import phrase_list
from .model import Diagnostic, NoiseKind, NoiseRegion, Span

# --------------------------------------------------------------------------- normalisation

_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036\u301d\u301e\u301f\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\u0060\u00b4\u2032\u2035\u02bc\uff07"
_SPACES = "\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009" \
          "\u200a\u200b\u202f\u205f\u3000\ufeff"
_CONTROLS = [c for c in range(0x20) if c not in (0x09, 0x0A)] + [0x7F] + list(range(0x80, 0xA0))


def _translation_table() -> dict[int, str]:
    table: dict[int, str] = {}
    table.update({ord(c): '"' for c in _DOUBLE_QUOTES})
    table.update({ord(c): "'" for c in _SINGLE_QUOTES})
    table.update({ord(c): " " for c in _SPACES})
    table.update({c: " " for c in _CONTROLS})  # includes '\r', so '\r\n' becomes ' \n'
    table[0x2028] = "\n"  # LINE SEPARATOR
    table[0x2029] = "\n"  # PARAGRAPH SEPARATOR
    return table


_TABLE = _translation_table()
# "..": a doubled full stop at a sentence end (not part of a "..." ellipsis)
_DOUBLE_STOP = re.compile(r"(?<=[^.\s])\.\.(?=\s|$)")


def normalise(text: str) -> str:
    """Straight quotes, plain spaces, no control characters, ".." -> ". "; same length.

    Used for matching only: spans are always cut from the original text.

    >>> normalise("it\\u2019s\\r\\nok..  really...")
    "it's \\nok.   really..."
    >>> normalise("''Yes,'' he said.")
    ' "Yes,"  he said.'
    >>> normalise("''On 'Fox,''' he said.")
    ' "On \\'Fox,\\'"  he said.'
    """
    out = text.translate(_TABLE)
    if ".." in out:
        out = _DOUBLE_STOP.sub(". ", out)
    if "''" in out or "``" in out:
        if "'''" in out:
            out = _THREE_QUOTES.sub(_three_quotes, out)
        out = _TWO_QUOTES.sub(_one_quote, out)
    return out


# ''Like this,'' or ``like this'': two marks standing for one double quote. The double
# quote takes the inner position, next to the words, so that sentence splitting sees an
# ordinary quotation; spans built over it are widened to both marks (see widen_quotes).
_TWO_QUOTES = re.compile(r"``|(?<!')''(?!')")


# '''nested''': a single quote inside a doubled one, opening or closing with it.
_THREE_QUOTES = re.compile(r"(?<!')'''(?!')")


def _three_quotes(m: re.Match[str]) -> str:
    s = m.string
    closing = m.start() > 0 and not s[m.start() - 1].isspace()
    return "'\" " if closing else ' "\''


def _one_quote(m: re.Match[str]) -> str:
    s = m.string
    opening = m.group() == "``" or (m.end() < len(s) and not s[m.end()].isspace()
                                    and (m.start() == 0 or s[m.start() - 1].isspace()
                                         or s[m.start() - 1] in "([{\u2014-"))
    return ' "' if opening else '" '


# --------------------------------------------------------------------------- diagnostics

_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
LONG_TEXT_CHARS = 5_000_000


def diagnose(text: str) -> list[Diagnostic]:
    """Warnings about the input itself: empty, replacement characters, control bytes, size.

    >>> [d.code for d in diagnose("caf\\ufffd au lait")]
    ['replacement_characters']
    >>> [d.code for d in diagnose("   ")]
    ['empty_text']
    """
    out: list[Diagnostic] = []
    if not text.strip():
        what = "empty" if not text else "only whitespace"
        out.append(Diagnostic("warning", "empty_text", f"the text is {what}: nothing to analyse"))
        return out
    bad = text.count("\ufffd")
    if bad:
        first = text.index("\ufffd")
        out.append(Diagnostic(
            "warning", "replacement_characters",
            f"{bad} U+FFFD replacement character(s), first at offset {first}: the text was "
            "decoded with errors; check its encoding", first, first + 1))
    nuls = text.count("\x00")
    if nuls and nuls >= max(8, len(text) // 100):
        first = text.index("\x00")
        out.append(Diagnostic(
            "warning", "binary_text",
            f"{nuls} NUL characters, first at offset {first}: this looks like binary data "
            "(or UTF-16), not text", first, first + 1))
    else:
        m = _CONTROL_RE.search(text)
        if m:
            n = len(_CONTROL_RE.findall(text))
            out.append(Diagnostic(
                "warning", "control_characters",
                f"{n} control character(s), first {m.group()!r} at offset {m.start()}; "
                "they are treated as spaces", m.start(), m.end()))
    if len(text) > LONG_TEXT_CHARS:
        out.append(Diagnostic(
            "warning", "long_text",
            f"the text is {len(text):,} characters long (over {LONG_TEXT_CHARS:,}): is this "
            "one article? Split a corpus into one article per record"))
    return out


# --------------------------------------------------------------------------- reading

_BOM = b"\xef\xbb\xbf"


def decode_bytes(data: bytes, *, where: str,
                 errors: str = "strict") -> tuple[str, list[Diagnostic]]:
    """Decode UTF-8 bytes: BOM stripped, CRLF/CR -> LF; bad bytes raise or are replaced.

    >>> decode_bytes(b"\\xef\\xbb\\xbfone\\r\\ntwo", where="a.txt")
    ('one\\ntwo', [])
    >>> text, diags = decode_bytes(b"caf\\xe9", where="a.txt", errors="replace")
    >>> text, diags[0].code
    ('caf\\ufffd', 'decode_replaced')
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
    skipped = 0
    diags: list[Diagnostic] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_utf16(data, where=where, errors=errors)
    if data.startswith(_BOM):
        data, skipped = data[len(_BOM):], len(_BOM)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if errors == "strict":
            _raise_if_nul(data, where, skipped, end=exc.start)
            raise DecodeError(where, exc.start + skipped) from None
        text = data.decode("utf-8", errors="replace")
        first_char = len(data[:exc.start].decode("utf-8"))
        count = text.count("\ufffd") - data.count("\ufffd".encode())
        diags.append(Diagnostic(
            "warning", "decode_replaced",
            f"{where}: {count} invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte "
            f"offset {exc.start + skipped}", first_char, first_char + 1))
    if errors == "strict":
        _raise_if_nul(data, where, skipped, end=len(data))
    return _unify_newlines(text), diags


def _raise_if_nul(data: bytes, where: str, skipped: int, *, end: int) -> None:
    nul = data.find(b"\x00", 0, end)
    if nul >= 0:
        raise DecodeError(where, nul + skipped, "NUL byte (binary data, not a text file?)")


def _decode_utf16(data: bytes, *, where: str, errors: str) -> tuple[str, list[Diagnostic]]:
    try:
        text = data.decode("utf-16", errors=errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(where, exc.start, "invalid UTF-16") from None
    note = Diagnostic("info", "utf16_input", f"{where}: read as UTF-16 (byte-order mark found)")
    return _unify_newlines(text), [note]


def _unify_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text_file(path: str | PathLike[str], *,
                   errors: str = "strict") -> tuple[str, list[Diagnostic]]:
    """Read a UTF-8 text file; see :func:`decode_bytes`. Unreadable files raise InputError.

    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     with open(os.path.join(d, "a.txt"), "wb") as fh:
    ...         _ = fh.write(b"\\xef\\xbb\\xbfOne.\\r\\nTwo.")
    ...     print(read_text_file(os.path.join(d, "a.txt")))
    ('One.\\nTwo.', [])
    """
    where = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(where, f"cannot read the file ({exc.strerror or exc})") from None
    return decode_bytes(data, where=where, errors=errors)


# --------------------------------------------------------------------------- layout


def line_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline; a text with n newlines has n+1 lines.

    >>> line_bounds("One.\\nTwo.\\n")
    [(0, 4), (5, 9), (10, 10)]
    """
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        out.append((start, end))
        start = end + 1
    return out


def wrap_width(text: str, lines: list[tuple[int, int]] | None = None) -> int:
    """The column a hard-wrapped text (newswire, e-mail) is wrapped at, or 0 when it is not.

    A text is hard-wrapped when nearly no line is longer than 100 characters and most lines
    that are followed by another line come near the longest line's length.

    >>> wrap_width("The company said it\\nwould buy the plant for\\n"
    ...            "ten mln dlrs, the company\\nsaid on Monday.")
    25
    >>> wrap_width("One paragraph per line.\\nAnother one.")
    0
    """
    lines = line_bounds(text) if lines is None else lines
    return _wrap_width([len(text[s:e].rstrip()) for s, e in lines])


def _wrap_width(lengths: list[int]) -> int:
    """:func:`wrap_width` from the lengths of the lines, trailing whitespace left out."""
    full = [n for n in lengths if n]
    if len(full) < 3:
        return 0
    width = max(full)
    if width > 100:
        if sum(n > 100 for n in full) > len(full) // 20:
            return 0
        width = max(n for n in full if n <= 100)
    near_full = max(20, 0.7 * width)  # once, not once a line
    joined = sum(1 for a, b in zip(lengths, lengths[1:], strict=False) if a >= near_full and b)
    return width if joined >= 2 and joined * 3 >= len(full) else 0


@lru_cache(maxsize=2)  # find_noise and split_sentences both ask for the same text
def text_lines(text: str) -> tuple[tuple[int, int, bool], ...]:
    """The non-blank lines as (start, end, new_block), whitespace trimmed.

    ``new_block`` says the line starts a block no sentence may run across: it is the first
    line, follows a blank line, or follows a newline that ends a paragraph.  A single
    newline ends a paragraph unless the next line goes on in lower case ("regularly\\nincites")
    or the text is hard-wrapped (newswire); there only an indented line or one after a short
    line starts a new paragraph.

    >>> [(s, e, new) for s, e, new in text_lines("Title\\n\\nOne.\\nTwo\\nand three.")]
    [(0, 5, True), (7, 11, True), (12, 15, True), (16, 26, False)]
    """
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines]  # once, for the width and for each line
    width = _wrap_width(lengths)
    out: list[tuple[int, int, bool]] = []
    prev_len = -1  # -1: no line yet, or a blank line just before
    ls = 0  # where the line starts
    for line, length in zip(lines, lengths, strict=True):
        if length:
            content = line.strip()
            start = ls + len(line) - len(line.lstrip())
            new = prev_len < 0 or _hard_newline(line, content, prev_len, width)
            out.append((start, ls + length, new))  # the content ends where the trailing space starts
        prev_len = length or -1
        ls += len(line) + 1
    return tuple(out)


def _hard_newline(line: str, content: str, prev_len: int, width: int) -> bool:
    """Does the newline before ``line`` (not blank, not the first) end a paragraph?"""
    if width and line[0] in " \t":
        return True  # an indented line in hard-wrapped text
    if content[0].islower() and not content[1:2].isupper():
        return False  # the sentence goes on ("regularly\nincites"), but "iPhone" may start one
    return not width or prev_len < 0.6 * width  # one paragraph per line, or after a short line


# --------------------------------------------------------------------------- noise

_STRIP = " \t\"'*\u2022\u00b7\u25ba\u25b6>|-\u2013\u2014.,:;!?"
_WORD_RE = re.compile(r"[^\W_]", re.UNICODE)
_FINAL_PUNCT = re.compile(r"[.!?][\"')\]]*$")
_SHARE_SPLIT = re.compile(r"[\s|/\u2022\u00b7,]+")
_NUMBER_WORD = re.compile(r"(?<!\S)\S*\d\S*")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_COUNT = re.compile(r"[\d.,]+[km]?")
MAX_HEADLINE_WORDS = 25
SHORT_HEADLINE_WORDS = 12
ANYWHERE_MAX_WORDS = 25
TAIL_LINE_WORDS = 30


def _key(line: str) -> str:
    return " ".join(line.lower().split()).strip(_STRIP)


_Line = tuple[int, int, list[str]]  # start, end, share words


class _Boilerplate:
    """The compiled boilerplate lexicon (claimtrace/lexicons/boilerplate.txt)."""

    def __init__(self, entries: tuple[str, ...]) -> None:
        by_kind: dict[str, list[str]] = defaultdict(list)
        for entry in entries:
            kind, _, phrase = entry.partition(":")
            kind, phrase = kind.strip(), phrase.strip()
            by_kind[kind].append(phrase if kind == "regex" else " ".join(phrase.lower().split()))
        self.lines = frozenset(by_kind["line"])
        self.starts: dict[str, list[str]] = defaultdict(list)  # first word -> phrases
        for p in by_kind["start"]:
            self.starts[p.split(" ", 1)[0].rstrip(":")].append(p)
        self.anywhere = tuple(by_kind["anywhere"])
        self.notes = tuple(by_kind["note"])
        anchored = [p for p in by_kind["regex"] if p.startswith("^")]
        self.anchored_re = re.compile("|".join(f"(?:{p})" for p in anchored))
        self.other_res = tuple(re.compile(p) for p in by_kind["regex"] if p not in anchored)
        self.tails = frozenset(p for p in by_kind["tail"] if not p.endswith("..."))
        self.tail_starts = tuple(p[:-3].strip() + " " for p in by_kind["tail"] if p.endswith("..."))
        self.share = frozenset(by_kind["share"])
        self.share_extra = frozenset(by_kind["share-extra"])
        words = sorted(self.share | self.share_extra, key=len, reverse=True)
        self.share_re = re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, words))})(?![^\W_])")

    def match(self, key: str, words: int) -> str | None:
        """What a line's key matches in the lexicon, or None."""
        if key in self.lines:
            return key
        for phrase in self.notes:  # "Editor's note: ...", a paragraph of any length
            if key.startswith(phrase):
                return phrase
        if words <= SHORT_HEADLINE_WORDS:
            for phrase in self.starts.get(key.split(" ", 1)[0].rstrip(":"), ()):
                if key.startswith(phrase) and not (
                        phrase[-1].isalnum() and key[len(phrase):len(phrase) + 1].isalnum()):
                    return phrase
        m = None
        if words <= ANYWHERE_MAX_WORDS:
            for phrase in self.anywhere:
                if phrase in key:
                    return phrase
            m = self.anchored_re.match(key)
            for rx in self.other_res:
                m = m or rx.search(key)
        return m.group() if m else None

    def is_tail(self, key: str, words: int) -> bool:
        return key in self.tails or (words <= 6 and key.startswith(self.tail_starts))

    def share_words(self, key: str) -> list[str] | None:
        """The words of a line made only of share-bar words ("facebook twitter email"), or None."""
        if not self.share_re.search(key):
            return None
        tokens = [t.strip(".:;!?()[]") for t in _SHARE_SPLIT.split(key)]
        tokens = [t for t in tokens if t and not _COUNT.fullmatch(t)]
        if tokens and all(t in self.share or t in self.share_extra for t in tokens):
            return tokens
        return None

    def share_bars(self, found: dict[int, _Line]) -> list[_Line]:
        """Runs of adjacent share-word lines that hold a real share word and two words or more.

        A lone "Facebook." is a label and a lone "Email" a word; "Facebook / Twitter / Email"
        on one line or on three is a share bar.
        """
        out: list[_Line] = []
        run: list[_Line] = []
        for i in sorted(found):
            if run and i - 1 not in found:
                out.extend(self._accept(run))
                run = []
            run.append(found[i])
        return out + self._accept(run)

    def _accept(self, run: list[_Line]) -> list[_Line]:
        words = [w for _, _, ws in run for w in ws]
        return run if len(words) > 1 and any(w in self.share for w in words) else []


@lru_cache(maxsize=1)
def _boilerplate() -> _Boilerplate:
    return _Boilerplate(phrase_list("boilerplate.txt"))


def _is_title_case(line: str) -> bool:
    """Are (nearly) all words of four letters or more capitalised?"""
    long_words = _LONG_WORD.findall(line)
    upper = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and upper >= 0.8 * len(long_words)


def _headline_shape(line: str, words: int) -> bool:
    """A line that could be a headline: short words, not a quote, a lead-in or a table row."""
    if words < 2 or words > MAX_HEADLINE_WORDS or line[-1] in ":,;" or "   " in line:
        return False
    if 3 * len(_NUMBER_WORD.findall(line)) > words:
        return False  # "Avg shrs 2,332,397 vs 1,428,000"
    if _FINAL_PUNCT.search(line):  # a sentence: only a short title-cased one, not a quote
        return words <= SHORT_HEADLINE_WORDS and line[0] != '"' and _is_title_case(line)
    return True


def find_noise(text: str, *, original: str) -> list[NoiseRegion]:
    """Regions of ``text`` (normalised) that are not article content, spans cut from ``original``.

    Only lines that are a paragraph of their own are looked at: repeated headlines,
    boilerplate lines, footers with the link list after them, share bars and separator
    lines ("* * *").  Sorted by start.

    >>> doc = "The mayor resigned.\\n\\n* * *\\n\\nAdvertisement\\n\\nShe said so."
    >>> [(n.kind.value, n.span.text) for n in find_noise(normalise(doc), original=doc)]
    [('boilerplate', '* * *'), ('boilerplate', 'Advertisement')]
    """
    if len(text) != len(original):
        raise ValueError("text and original must have the same length (use normalise())")
    lex = _boilerplate()
    lines = text_lines(text)
    regions: list[NoiseRegion] = []
    by_key: dict[str, list[tuple[int, int]]] = defaultdict(list)
    shares: dict[int, _Line] = {}  # line number -> share words
    half = len(text.rstrip()) // 2
    skip = -1
    for i, (s, e, new) in enumerate(lines):
        if i <= skip or not new or e - s > 400 or (i + 1 < len(lines) and not lines[i + 1][2]):
            continue  # part of a longer paragraph, or too long
        line = text[s:e]
        if not _WORD_RE.search(line):
            regions.append(_region(original, s, e, NoiseKind.BOILERPLATE,
                                   "separator line without words"))
            continue
        key = _key(line)
        words = key.count(" ") + 1
        if s >= half and lex.is_tail(key, words):
            last = i  # the heading takes the link list after it: lines of at most 30 words
            while last + 1 < len(lines) and text.count(" ", *lines[last + 1][:2]) < TAIL_LINE_WORDS:
                last += 1
            regions.append(_region(original, s, lines[last][1], NoiseKind.BOILERPLATE,
                                   f"footer heading {line!r} in the second half of the text, "
                                   f"with the {last - i} short line(s) after it"))
            skip = last
            continue
        shared = lex.share_words(key) if words <= 12 else None
        if shared:
            shares[i] = (s, e, shared)
            continue
        phrase = lex.match(key, words)
        if phrase:
            regions.append(_region(original, s, e, NoiseKind.BOILERPLATE,
                                   f"boilerplate line (matches {phrase!r})"))
        elif _headline_shape(line, words) and not (s and text[s - 1] in " \t"):
            by_key[key].append((s, e))
    for s, e, shared in lex.share_bars(shares):
        regions.append(_region(original, s, e, NoiseKind.SHARE_BAR,
                               "line of share-bar words: " + ", ".join(shared)))
    for spans in by_key.values():
        if len(spans) >= 2:
            regions.extend(_region(original, s, e, NoiseKind.REPEATED_HEADLINE,
                                   f"line repeated {len(spans)} times") for s, e in spans)
    regions.sort(key=lambda r: r.span.start)
    return regions


def _region(original: str, start: int, end: int, kind: NoiseKind, evidence: str) -> NoiseRegion:
    return NoiseRegion(Span.of(original, start, end), kind, evidence)
