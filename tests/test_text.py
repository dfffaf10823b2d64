"""Tests for claimtrace.text: normalisation, diagnostics, reading bytes, noise regions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrace import analyze
from claimtrace.errors import DecodeError, InputError
from claimtrace.model import NoiseKind
from claimtrace.text import (
    decode_bytes,
    diagnose,
    find_noise,
    normalise,
    read_text_file,
    text_lines,
    wrap_width,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED_HEADLINE = "US and Iraqi military resumed fighting IS in Iraq"


def noise_of(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, n.span.text) for n in find_noise(normalise(text), original=text)]


# --------------------------------------------------------------------------- normalise

@pytest.mark.parametrize("raw, expected", [
    ("\u201cHi,\u201d she said", '"Hi," she said'),
    ("\u2018Hi\u2019 \u201eHi\u201c \u00abHi\u00bb \u201aHi\u2019", "'Hi' \"Hi\" \"Hi\" 'Hi'"),
    ("`Hi\u00b4 it\u2019s", "'Hi' it's"),
    ("a\u00a0b\u2009c\u202fd\u3000e", "a b c d e"),
    ("one\r\ntwo\rthree", "one \ntwo three"),
    ("bell\x07tab\tnul\x00", "bell tab\tnul "),
    ("C1\x85control", "C1 control"),
    ("line\u2028sep", "line\nsep"),
    ("It ended..\n\nNext..", "It ended. \n\nNext. "),
    ("He paused... then left.", "He paused... then left."),
    ("Wait.... what", "Wait.... what"),
    ("see file..txt", "see file..txt"),
    ("plain ASCII stays", "plain ASCII stays"),
])
def test_normalise_table(raw: str, expected: str) -> None:
    assert normalise(raw) == expected
    assert len(normalise(raw)) == len(raw)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalise_keeps_length_and_newlines(raw: str) -> None:
    out = normalise(raw)
    assert len(out) == len(raw)
    assert all(out[i] == "\n" for i, c in enumerate(raw) if c == "\n")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\"'\u201c\u201d\u2019\r\n\x00\u00a0`"))))
def test_normalise_on_punctuation_soup(raw: str) -> None:
    out = normalise(raw)
    assert len(out) == len(raw)
    assert not set(out) & set("\u201c\u201d\u2019\r\x00\u00a0`")


# --------------------------------------------------------------------------- diagnose

@pytest.mark.parametrize("text, codes", [
    ("", ["empty_text"]),
    (" \n\t ", ["empty_text"]),
    ("A normal sentence.", []),
    ("caf\ufffd and na\ufffdve", ["replacement_characters"]),
    ("bell\x07 in text", ["control_characters"]),
    ("\x00" * 50 + "abc", ["binary_text"]),
])
def test_diagnose_table(text: str, codes: list[str]) -> None:
    assert [d.code for d in diagnose(text)] == codes


def test_diagnose_names_count_and_first_offset() -> None:
    (d,) = diagnose("ab\ufffdcd\ufffd")
    assert d.level == "warning" and (d.start, d.end) == (2, 3)
    assert "2 U+FFFD" in d.message and "offset 2" in d.message


def test_diagnose_long_text() -> None:
    assert "long_text" in [d.code for d in diagnose("word " * 1_000_001)]


# --------------------------------------------------------------------------- reading

@pytest.mark.parametrize("data, text", [
    (b"plain", "plain"),
    (b"\xef\xbb\xbfwith BOM", "with BOM"),
    (b"a\r\nb\rc\nd", "a\nb\nc\nd"),
    ("caf\u00e9 \u201cq\u201d".encode(), "caf\u00e9 \u201cq\u201d"),
    ("utf16".encode("utf-16"), "utf16"),
])
def test_decode_bytes_table(data: bytes, text: str) -> None:
    assert decode_bytes(data, where="x.txt")[0] == text


@pytest.mark.parametrize("data, offset", [
    (b"abc\xe9def", 3),
    (b"\xef\xbb\xbfab\xff", 5),  # counted in the file, BOM included
    (b"\x89PNG\r\n\x1a\n\x00\x00", 0),
    (b"text\x00\x00\x00", 4),
])
def test_decode_strict_names_file_and_offset(data: bytes, offset: int) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, where="bad.txt")
    assert info.value.offset == offset
    assert str(info.value).startswith("bad.txt: ") and f"byte offset {offset}" in str(info.value)


def test_decode_replace_warns_with_offset_and_count() -> None:
    text, diags = decode_bytes(b"ok \xe9 and \xff\xfe end", where="f.txt", errors="replace")
    assert text.count("\ufffd") == 3
    (d,) = diags
    assert d.code == "decode_replaced" and d.level == "warning"
    assert "3 invalid" in d.message and "byte offset 3" in d.message
    assert text[d.start] == "\ufffd"


def test_decode_replace_does_not_count_real_replacement_chars() -> None:
    _, diags = decode_bytes("\ufffd".encode() + b"\xe9", where="f", errors="replace")
    assert "1 invalid" in diags[0].message


def test_decode_rejects_unknown_errors_mode() -> None:
    with pytest.raises(ValueError):
        decode_bytes(b"x", where="f", errors="ignore")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_decode_never_raises_anything_but_decode_error(data: bytes) -> None:
    try:
        text, _ = decode_bytes(data, where="junk.bin")
    except DecodeError:
        text, _ = decode_bytes(data, where="junk.bin", errors="replace")
    assert isinstance(text, str) and "\r" not in text


def test_read_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfOne.\r\nTwo.")
    assert read_text_file(p) == ("One.\nTwo.", [])
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"ab\xc3")
    with pytest.raises(DecodeError, match="b.txt"):
        read_text_file(bad)
    assert read_text_file(bad, errors="replace")[0] == "ab\ufffd"
    with pytest.raises(InputError, match="cannot read"):
        read_text_file(tmp_path / "missing.txt")
    with pytest.raises(InputError):
        read_text_file(tmp_path)


# --------------------------------------------------------------------------- layout

def test_wrap_width_detects_newswire() -> None:
    wire = ("HEADLINE\n\nNEW YORK, March 3 - The company said it would buy the\n"
            "plant for ten mln dlrs, a spokesman for the group said on\n"
            "Monday in a statement released to the press here.\n"
            "    It gave no other details about the deal it made.\n")
    assert wrap_width(wire) == 57
    assert wrap_width("A paragraph of one line that is long enough to matter in a real article, "
                      "well over a hundred characters long.\nAnother line.\nAnd one more.") == 0


@pytest.mark.parametrize("text, starts", [
    ("A.\nB.\n\nC.", [True, True, True]),
    ("Editor's note: he regularly\nincites violence.", [True, False]),
    ("Stop lying\nShow humility", [True, True]),
    ("  indented\n\n\n  again  ", [True, True]),
])
def test_text_lines_blocks(text: str, starts: list[bool]) -> None:
    lines = text_lines(text)
    assert [new for _, _, new in lines] == starts
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e, _ in lines)


# --------------------------------------------------------------------------- noise

def test_seed_headline_and_footer(seed_text: str) -> None:
    regions = find_noise(normalise(seed_text), original=seed_text)
    heads = [r for r in regions if r.kind is NoiseKind.REPEATED_HEADLINE]
    assert [r.span.text for r in heads] == [SEED_HEADLINE] * 5
    assert all("5 times" in r.evidence for r in heads)
    footer = [r for r in regions if r.kind is NoiseKind.BOILERPLATE]
    assert [r.span.text for r in footer] == ["Similar articles"]
    assert len(regions) == 6


@pytest.mark.parametrize("text, expected", [
    # repeated headline, without and with final full stop (title case)
    ("Big news today\n\nBody text here.\n\nBig news today",
     [("repeated_headline", "Big news today")] * 2),
    ("Trump Wins Nevada Caucus.\n\nHe won.\n\nTrump Wins Nevada Caucus.",
     [("repeated_headline", "Trump Wins Nevada Caucus.")] * 2),
    # boilerplate lines and footers
    ("The mayor resigned.\n\nRead more: Mayor quits after scandal\n\nHe left.",
     [("boilerplate", "Read more: Mayor quits after scandal")]),
    ("Body.\n\nAdvertisement\n\nMore body.", [("boilerplate", "Advertisement")]),
    ("Body.\n\n\u00a9 2020 Example Media. All rights reserved.",
     [("boilerplate", "\u00a9 2020 Example Media. All rights reserved.")]),
    ("Body.\n\nFollow Jane Doe on Twitter @janedoe.",
     [("boilerplate", "Follow Jane Doe on Twitter @janedoe.")]),
    ("Body.\n\n* * *\n\nTail.", [("boilerplate", "* * *")]),
    # an editors' note, whatever its length (session 9: one outlet repeated its note on a
    # candidate under every article; PolNeAR annotators marked 2 of its 18 verbs)
    ("The mayor resigned.\n\nEditor\u2019s note: The mayor has repeatedly pledged to close the "
     "pier, which officials say would cost the town 400 jobs and half of its tax base over a "
     "decade, as a report by the council found last year.",
     [("boilerplate", "Editor\u2019s note: The mayor has repeatedly pledged to close the pier, which "
       "officials say would cost the town 400 jobs and half of its tax base over a decade, as a "
       "report by the council found last year.")]),
    ("First paragraph of the story.\n\nSecond paragraph.\n\n"
     "Related articles\n\nOne link\nAnother link",
     [("boilerplate", "Related articles\n\nOne link\nAnother link")]),
    # share bars
    ("Body.\n\nFacebook Twitter WhatsApp Email\n\nTail.",
     [("share_bar", "Facebook Twitter WhatsApp Email")]),
    ("Body.\n\nShare | Tweet | Pin | 12 shares",
     [("share_bar", "Share | Tweet | Pin | 12 shares")]),
    ("Body.\n\nFacebook\nTwitter\nEmail\n\nTail.",
     [("share_bar", "Facebook"), ("share_bar", "Twitter"), ("share_bar", "Email")]),
])
def test_noise_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert noise_of(text) == expected


LONG = ("The committee voted on Tuesday to send the bill to the full Senate, where its "
        "prospects remain uncertain because several moderates have not said how they will vote.")


@pytest.mark.parametrize("text", [
    # a real sentence repeated twice is not a headline
    f"{LONG}\n\nMiddle.\n\n{LONG}",
    "It takes 1,237 delegates to win the nomination.\n\nX.\n\n"
    "It takes 1,237 delegates to win the nomination.",
    # quotes and lead-ins repeated
    '"Yes, we will."\n\nHe paused.\n\n"Yes, we will."',
    "Caddell continued:\n\nA quote.\n\nCaddell continued:",
    # table rows and one-word lines
    "Avg shrs 2,332,397 vs 1,428,000\n\nAvg shrs 2,332,397 vs 1,428,000",
    "IMPORTS     ALLOCATIONS\n\nIMPORTS     ALLOCATIONS",
    "Netflix.\n\nA film.\n\nNetflix.",
    # boilerplate words inside real sentences
    "Read more than 300 pages of the report, the senator told reporters who had gathered "
    "outside the Capitol on a rainy Thursday afternoon for the announcement.",
    "He wanted to share on Facebook what he had seen at the rally that night.",
    "Related news came on Monday when the ministry said it would review the rules.",
    # a lone network name between paragraphs is a label, not a share bar; "OK." is speech
    "A letter.\n\nFACEBOOK.\n\nAnother letter.",
    "Will you come?\n\nOK.\n\nEmail\nPrint",
    # a footer heading in the first half of the text is a subheading
    "Related\n\n" + LONG + "\n\n" + LONG,
    # a continuation line starting in lower case is not a line of its own
    "The company earned 1.20 dlrs per\nshare on sales of 40 mln dlrs.",
])
def test_no_noise_in_real_content(text: str) -> None:
    assert noise_of(text) == []


def test_footer_stops_at_a_long_paragraph() -> None:
    text = f"{LONG}\n\n{LONG}\n\n{LONG}\n\nRelated:\n\nA link title\n\n{LONG} {LONG}"
    (region,) = find_noise(normalise(text), original=text)
    assert region.span.text == "Related:\n\nA link title"
    assert "1 short line" in region.evidence


def test_noise_spans_come_from_the_original() -> None:
    raw = "\u201cBig\u201d news\n\nBody.\n\n\u201cBig\u201d news\n\nShare\u00a0Tweet"
    regions = find_noise(normalise(raw), original=raw)
    assert [r.kind for r in regions] == [NoiseKind.REPEATED_HEADLINE] * 2 + [NoiseKind.SHARE_BAR]
    for r in regions:
        assert raw[r.span.start:r.span.end] == r.span.text and r.evidence
    assert regions[0].span.text == "\u201cBig\u201d news"


def test_find_noise_needs_same_length_texts() -> None:
    with pytest.raises(ValueError):
        find_noise("abc", original="abcd")


def test_polnear_dev_noise_is_not_content() -> None:
    path = DATA / "polnear" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("PolNeAR dev data not present")
    regions = cue_hits = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        raw = doc["text"]
        found = find_noise(normalise(raw), original=raw)
        regions += len(found)
        for r in found:
            assert raw[r.span.start:r.span.end] == r.span.text and r.evidence
            assert r.span.text.count(" ") < 25 or r.kind is NoiseKind.BOILERPLATE
        for a in doc["attributions"]:
            cue = a.get("cue")
            if cue and any(r.span.start <= cue["start"] < r.span.end for r in found):
                cue_hits += 1
    assert cue_hits == 0  # no gold attribution cue lies inside noise
    assert 20 <= regions <= 80  # separators, ABSTRACT/FULL TEXT markers, credits, a few footers


def test_three_apostrophes_close_a_nested_quote() -> None:
    text = "''It ran on 'Morning Call,''' said Ana Ruiz. ''We never checked.''"
    out = normalise(text)
    assert len(out) == len(text)
    assert out.count('"') == 4  # two doubled quotes, each one mark
    a = analyze(text)
    assert [(at.cue.text, at.source.span.text) for at in a.attributions] == [("said", "Ana Ruiz")]


def test_wire_credit_line_is_boilerplate() -> None:
    text = ("The plan failed, officials said.\n\n(Reporting by Jane Doe and John Roe; Additional "
            "reporting by Ann Poe in Boston and Bo Lee in Beijing; Writing by Jo Park; Editing by "
            "Mary Quill and Tom Vale)")
    assert noise_of(text) == [("boilerplate", text.split("\n\n")[1])]
    assert [x.cue.text for x in analyze(text).attributions] == ["said"]


def test_editors_note_holds_no_attributions() -> None:
    text = ("The mayor resigned, officials said.\n\nEditor\u2019s note: The mayor has repeatedly "
            "pledged to close the pier, which officials say would cost the town 400 jobs.")
    cues = [x.cue.text for x in analyze(text).attributions]
    assert cues == ["said"]
