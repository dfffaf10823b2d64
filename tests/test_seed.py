"""Acceptance criteria of the seed issue, checked on two articles.

1. The seed article in ``shared/seed`` (third-party text, read in place, never copied here;
   skipped when ``shared/`` is absent).
2. ``OWN_ARTICLE``: a seed-like article written for this test (machine-translated style, a
   headline line repeated five times, ".." sentence ends, a "Similar articles" footer and the
   same attribution shapes in other words), so CI without ``shared/`` checks the same things.

Each article is run through ``claimtrace analyze --format jsonl -o FILE`` (``cli.main``) and
through the library (``analyze(...).to_dict()``); every assertion runs on both documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from claimtrace import analyze
from claimtrace.cli import main

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"

OWN_ARTICLE = """\
French and Malian troops resumed patrols near Gao

Desert mission: Paris and Bamako join forces against the insurgents

French and Malian troops resumed patrols near Gao

French and Malian troops resumed patrols near Gao

Shortly, according to sources, the French must restart instruction for the Malian army

The French contingent has restarted patrols against fighters of the self-styled \u201cSahel \
Front\u201d near Gao and is preparing to quickly restart instruction for Malian soldiers. This \
was announced on Tuesday by representatives of the French defence ministry..

One of the interlocutors said that joint patrols of the French and Malian troops had already \
started, but not yet at the same scale as before. The source added that instruction of the \
Malian troops has not started yet, but this is a question of the coming weeks..

French and Malian troops resumed patrols near Gao

Ties with Mali cooled after the junta expelled the French ambassador in February. After that, \
the Malian transitional council voted to review the defence accords, and Colonel Assimi Goita \
asked Paris to present a timetable for the departure of troops. France flatly rejected this \
request. About 4 thousand French soldiers are still deployed in the Sahel..

Sources said the restart of the patrols on condition of anonymity, citing the fact that this \
step has not yet been publicly confirmed..

One ministry official said that the army command discussed the restart of the patrols with \
the Malians, but it is not clear who exactly took part in these talks. Besides, there is no \
word on whether this plan was backed in official Bamako..

French and Malian troops resumed patrols near Gao

Malian leaders have expressed frustration with the slow pace of the mission, as well as with \
the recent drone strikes. Last month, insurgents attacked a camp near Menaka and another \
outpost in the north. Nobody was injured in these attacks.

Ministry officials, including Minister of the Armed Forces Florence Parly, have rejected the \
idea of a pull-out from Mali. In their view, the presence of the French troops remains central \
to the fight against the insurgents.

\u201cWe are glad to keep working with our Malian partners on what this mission should \
become,\u201d Parly said on Friday at the Elysee..

Ministry sources said they said Mali is also keen on restarting the instruction, which has \
been running since 2013, after the insurgents began seizing towns in the north. Many details, \
including the protection of the instructors, are still being discussed..

Le Monde was the first to report on the restart of the joint patrols near Gao..

Similar articles
"""


@dataclass(frozen=True)
class Shapes:
    """The words each acceptance criterion looks for in one article."""

    headline: str
    passive_source: str
    specific_source: str
    full_name: str
    surname: str
    nested_outer: str
    media: str
    n_headlines: int = 5
    footer: str = "Similar articles"


SEED_SHAPES = Shapes(
    headline="US and Iraqi military resumed fighting IS in Iraq",
    passive_source="representatives of the US administration",
    specific_source="One administration official",
    full_name="Mike Pompeo",
    surname="Pompeo",
    nested_outer="Administration sources",
    media="The New York Times",
)
OWN_SHAPES = Shapes(
    headline="French and Malian troops resumed patrols near Gao",
    passive_source="representatives of the French defence ministry",
    specific_source="One ministry official",
    full_name="Florence Parly",
    surname="Parly",
    nested_outer="Ministry sources",
    media="Le Monde",
)


@dataclass(frozen=True)
class Article:
    name: str
    via: str
    text: str
    doc: dict[str, Any]
    shapes: Shapes


def _decoded(data: bytes) -> str:
    """The text as the CLI reads it (BOM dropped, CRLF/CR -> LF)."""
    return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def _via_cli(path: Path, out: Path) -> dict[str, Any]:
    assert main(["analyze", "--format", "jsonl", str(path), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["status"] == "ok"
    return doc


_CASES = [(name, via) for name in ("seed", "own") for via in ("cli", "library")]


@pytest.fixture(scope="module", params=_CASES, ids=[f"{n}-{v}" for n, v in _CASES])
def article(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Article:
    name, via = request.param
    if name == "seed":
        files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
        if not files:
            pytest.skip(f"no seed article in {SEED_DIR}")
        path, shapes = files[0], SEED_SHAPES
    else:
        path = tmp_path_factory.mktemp("own") / "own_article.txt"
        path.write_text(OWN_ARTICLE, encoding="utf-8")
        shapes = OWN_SHAPES
    text = _decoded(path.read_bytes())
    if via == "cli":
        doc = _via_cli(path, tmp_path_factory.mktemp("out") / "out.jsonl")
    else:
        doc = analyze(text, doc_id=str(path)).to_dict()
    return Article(name, via, text, doc, shapes)


# --------------------------------------------------------------------------- helpers


def _span_dicts(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every {start, end, text} the JSON document carries."""
    for a in doc["attributions"]:
        yield a["cue"]
        if a["source"]:
            yield a["source"]
        if a["content"] and "fragments" not in a["content"]:
            yield a["content"]
    for s in doc["sources"]:
        yield from s["mentions"]
        if s["anonymity_reason"]:
            yield s["anonymity_reason"]
    yield from doc["claims"]
    yield from doc["noise"]


def _fragments(att: dict[str, Any]) -> list[tuple[int, int]]:
    c = att["content"]
    if not c:
        return []
    return [tuple(f) for f in c.get("fragments", [[c["start"], c["end"]]])]


def _find(doc: dict[str, Any], source: str, cue_prefix: str) -> dict[str, Any]:
    """The attribution whose source reads ``source`` and whose cue starts with ``cue_prefix``."""
    hits = [a for a in doc["attributions"]
            if a["source"] and a["source"]["text"].strip(" ,") == source
            and a["cue"]["text"].lower().startswith(cue_prefix.lower())]
    seen = [(a["source"] and a["source"]["text"], a["cue"]["text"]) for a in doc["attributions"]]
    assert hits, f"no attribution {source!r} + {cue_prefix!r}; found {seen}"
    return hits[0]


def _source(doc: dict[str, Any], att: dict[str, Any]) -> dict[str, Any]:
    return doc["sources"][att["source_id"]]


# --------------------------------------------------------------------------- criteria


def test_every_span_indexes_the_text(article: Article) -> None:
    text = article.text
    n = 0
    for span in _span_dicts(article.doc):
        assert text[span["start"]:span["end"]] == span["text"], span
        n += 1
    for a in article.doc["attributions"]:
        for s, e in _fragments(a):
            assert 0 <= s < e <= len(text)
    assert n > 20


def test_cli_and_library_agree(article: Article) -> None:
    lib = analyze(article.text, doc_id=article.doc["doc_id"]).to_dict()
    for key in ("attributions", "sources", "claims", "noise"):
        assert article.doc[key] == lib[key], key


def test_according_to_sources_is_anonymous_bare(article: Article) -> None:
    att = _find(article.doc, "sources", "according to")
    assert att["pattern"] == "according_to"
    assert att["source_type"] == "anonymous_bare"
    assert att["content"] and len(att["content"]["text"].split()) >= 4


def test_passive_announced_by_representatives(article: Article) -> None:
    att = _find(article.doc, article.shapes.passive_source, "was announced")
    assert att["pattern"] == "passive"
    assert att["source_type"] == "anonymous_specific"
    # what was announced is the claim before "This was announced ..."
    assert att["content"] and att["content"]["end"] <= att["cue"]["start"]
    assert att["content"]["text"].lower() != "this"


def test_interlocutor_and_the_source_added_are_one_source(article: Article) -> None:
    first = _find(article.doc, "One of the interlocutors", "said")
    later = _find(article.doc, "The source", "added")
    assert first["source_type"] == "anonymous_vague"
    assert later["source_id"] == first["source_id"]
    mentions = [m["text"] for m in _source(article.doc, first)["mentions"]]
    assert "One of the interlocutors" in mentions and "The source" in mentions


def test_sources_said_with_anonymity_reason(article: Article) -> None:
    doc = article.doc
    att = next((a for a in doc["attributions"] if a["source"] and a["source"]["text"] == "Sources"
                and a["cue"]["text"] == "said" and _source(doc, a)["anonymity_reason"]), None)
    assert att is not None, "no 'Sources said' attribution with an anonymity reason"
    assert att["source_type"] == "anonymous_bare"
    reason = _source(doc, att)["anonymity_reason"]
    assert reason["text"].startswith("on condition of anonymity")
    assert "citing the fact that" in reason["text"]
    # the reason is not part of what the sources said
    assert all(e <= reason["start"] for _, e in _fragments(att))


def test_one_administration_official_is_anonymous_specific(article: Article) -> None:
    att = _find(article.doc, article.shapes.specific_source, "said")
    assert att["source_type"] == "anonymous_specific"
    assert att["pattern"] == "source_verb_content"
    assert att["content"] and att["content"]["start"] > att["cue"]["end"] - 1


def test_surname_said_merges_with_full_name(article: Article) -> None:
    sh = article.shapes
    att = _find(article.doc, sh.surname, "said")
    assert att["source_type"] == "named_person"
    src = _source(article.doc, att)
    assert sh.full_name in src["name"]
    texts = [m["text"] for m in src["mentions"]]
    assert sh.surname in texts
    assert any(sh.full_name in t for t in texts)


def test_nested_they_said_inside_sources_said(article: Article) -> None:
    doc = article.doc
    outer = _find(doc, article.shapes.nested_outer, "said")
    inner = next((a for a in doc["attributions"] if a["source"]
                  and a["source"]["text"] == "they" and a["cue"]["text"] == "said"
                  and a["sentence"] == outer["sentence"]), None)
    assert inner is not None
    assert outer["parent"] is None
    assert inner["parent"] == outer["id"]
    assert any(s <= inner["cue"]["start"] < e for s, e in _fragments(outer))
    assert inner["source_id"] != outer["source_id"]


def test_first_to_report_is_media(article: Article) -> None:
    att = _find(article.doc, article.shapes.media, "was the first to report")
    assert att["source_type"] == "media"
    assert att["pattern"] == "media_report"
    assert att["content"] and att["content"]["start"] >= att["cue"]["end"]


def test_repeated_headline_and_footer_are_noise(article: Article) -> None:
    noise = article.doc["noise"]
    heads = [n for n in noise if n["kind"] == "repeated_headline"]
    assert len(heads) == article.shapes.n_headlines
    assert all(n["text"] == article.shapes.headline for n in heads)
    assert article.text.count(article.shapes.headline) == article.shapes.n_headlines
    foot = [n for n in noise if n["kind"] == "boilerplate"]
    assert any(n["text"].startswith(article.shapes.footer) for n in foot)


def test_no_claim_or_cue_inside_noise(article: Article) -> None:
    doc = article.doc
    regions = [(n["start"], n["end"]) for n in doc["noise"]]
    assert regions
    for c in doc["claims"]:
        assert not any(c["start"] < e and s < c["end"] for s, e in regions), c["text"]
    for a in doc["attributions"]:
        assert not any(s <= a["cue"]["start"] < e for s, e in regions), a["cue"]
    texts = [c["text"] for c in doc["claims"]]
    assert article.shapes.headline not in texts
    assert article.shapes.footer not in texts


def test_claims_mix_attributed_and_unattributed(article: Article) -> None:
    claims = article.doc["claims"]
    assert any(c["attributed"] for c in claims)
    assert any(not c["attributed"] for c in claims)
    ids = {a["id"] for a in article.doc["attributions"]}
    assert all(set(c["attribution_ids"]) <= ids for c in claims)
