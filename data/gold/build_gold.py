"""Build ``gold.jsonl`` from the hand-annotated markup in ``articles.md``.

The markup is described in ``data/gold/README.md``. In short, an article is::

    ## g01
    outlet: Reuters
    published: 2023-05-02

    Headline line

    [src#a1 t=person|Mayor Ada Quist] {cue#a1 p=svc|said} <con#a1|that the bridge will reopen>.

Every span is checked (``text[start:end] == span text``) before anything is written.

>>> doc = parse_article("x", {}, "[src#a1 t=person|Ada] {cue#a1 p=svc|said} <con#a1|it rained>.")
>>> doc["text"], doc["attributions"][0]["cue"]["start"]
('Ada said it rained.', 4)

Run ``python data/gold/build_gold.py`` to rewrite ``gold.jsonl`` next to this file, or
``--check`` to fail (exit 1) when ``gold.jsonl`` is out of date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE / "articles.md"
DEFAULT_OUTPUT = HERE / "gold.jsonl"

FINE_TO_COARSE = {
    "named_person": "named_person",
    "named_org": "named_org",
    "media": "media",
    "document": "document",
    "anonymous_specific": "anonymous",
    "anonymous_vague": "anonymous",
    "anonymous_bare": "anonymous",
    "unnamed_group": "anonymous",
    "unknown": "unknown",
}
TYPE_ALIASES = {
    "person": "named_person",
    "org": "named_org",
    "media": "media",
    "doc": "document",
    "spec": "anonymous_specific",
    "vague": "anonymous_vague",
    "bare": "anonymous_bare",
    "group": "unnamed_group",
    "unknown": "unknown",
}
PATTERN_ALIASES = {
    "svc": "source_verb_content",
    "csv": "content_source_verb",
    "cvs": "content_verb_source",
    "acc": "according_to",
    "told": "told",
    "pass": "passive",
    "qc": "quote_continuation",
    "media": "media_report",
    "belief": "belief",
    "nom": "nominal",
    "nosrc": "no_source",
}
NOISE_KINDS = {"repeated_headline", "boilerplate", "share_bar"}
CLOSERS = {"[": "]", "{": "}", "<": ">", "(": ")"}
KIND_OPENER = {"src": "[", "cue": "{", "con": "<", "why": "(", "neg": "{", "noise": "{"}

_OPEN_RE = re.compile(
    r"""([\[{<(])(src|cue|con|why|neg|noise)(?:\#([\w,]+))?((?:\s+[\w-]+=(?:"[^"]*"|[^\s|"]+))*)\|"""
)
_ATTR_RE = re.compile(r"""([\w-]+)=(?:"([^"]*)"|([^\s|"]+))""")
_HEADER_RE = re.compile(r"^## (\S+)\s*$")
_META_RE = re.compile(r"^(\w+):\s*(.*)$")
_COMMENT_RE = re.compile(r"^\s*<!--.*-->\s*$")


class MarkupError(ValueError):
    """The markup of one article is malformed or inconsistent."""


@dataclass
class Tag:
    """One marked-up span: its kind, ids, attributes and character offsets in the plain text."""

    kind: str
    ids: tuple[str, ...]
    attrs: dict[str, str]
    start: int
    end: int = -1


@dataclass
class Parsed:
    """The plain text of an article and the tags found in its markup, in closing order."""

    text: str
    tags: list[Tag] = field(default_factory=list)


def strip_markup(markup: str) -> Parsed:
    """Remove the inline tags, keeping their offsets into the plain text.

    >>> p = strip_markup("[src#a1 t=person|Ada] {cue#a1 p=svc|said} <con#a1|so>.")
    >>> p.text, [(t.kind, t.start, t.end) for t in p.tags]
    ('Ada said so.', [('src', 0, 3), ('cue', 4, 8), ('con', 9, 11)])
    """
    out: list[str] = []
    pos = 0
    stack: list[tuple[str, Tag]] = []
    parsed = Parsed(text="")
    length = 0
    while pos < len(markup):
        ch = markup[pos]
        if ch == "\\" and pos + 1 < len(markup):
            out.append(markup[pos + 1])
            length += 1
            pos += 2
            continue
        match = _OPEN_RE.match(markup, pos)
        if match:
            opener, kind, ids, attrs = match.groups()
            if KIND_OPENER[kind] != opener:
                raise MarkupError(f"tag {kind!r} must open with {KIND_OPENER[kind]!r} at {pos}")
            tag = Tag(kind, tuple(ids.split(",")) if ids else (), _parse_attrs(attrs), length)
            stack.append((CLOSERS[opener], tag))
            pos = match.end()
            continue
        if stack and ch == stack[-1][0]:
            _, tag = stack.pop()
            tag.end = length
            parsed.tags.append(tag)
            pos += 1
            continue
        out.append(ch)
        length += 1
        pos += 1
    if stack:
        raise MarkupError(f"unclosed tag {stack[-1][1].kind}#{','.join(stack[-1][1].ids)}")
    parsed.text = "".join(out)
    return parsed


def _parse_attrs(raw: str) -> dict[str, str]:
    return {
        m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
        for m in _ATTR_RE.finditer(raw)
    }


def _span(text: str, start: int, end: int) -> dict[str, object]:
    if not 0 <= start < end <= len(text):
        raise MarkupError(f"empty or out-of-range span {start}:{end}")
    return {"start": start, "end": end, "text": text[start:end]}


def _one(tags: list[Tag], kind: str, aid: str, doc_id: str) -> Tag | None:
    found = [t for t in tags if t.kind == kind and aid in t.ids]
    if len(found) > 1:
        raise MarkupError(f"{doc_id}: {len(found)} {kind} tags for {aid}")
    return found[0] if found else None


def _attribution(
    doc_id: str, aid: str, parsed: Parsed, reasons: dict[str, Tag]
) -> dict[str, object]:
    text, tags = parsed.text, parsed.tags
    cue = _one(tags, "cue", aid, doc_id)
    if cue is None:
        raise MarkupError(f"{doc_id}: attribution {aid} has no cue")
    pattern = PATTERN_ALIASES.get(cue.attrs.get("p", ""))
    if pattern is None:
        raise MarkupError(f"{doc_id}: {aid} has unknown pattern {cue.attrs.get('p')!r}")
    src = _one(tags, "src", aid, doc_id)
    if (src is None) != (pattern == "no_source"):
        raise MarkupError(f"{doc_id}: {aid}: a source span is required unless p=nosrc")
    record: dict[str, object] = {"id": aid, "cue": _span(text, cue.start, cue.end)}
    record["source"] = _span(text, src.start, src.end) if src else None
    fragments = sorted((t.start, t.end) for t in tags if t.kind == "con" and aid in t.ids)
    for (_, e1), (s2, _) in zip(fragments, fragments[1:], strict=False):
        if s2 < e1:
            raise MarkupError(f"{doc_id}: {aid}: overlapping content fragments")
    if fragments:
        content = _span(text, fragments[0][0], fragments[-1][1])
        if len(fragments) > 1:
            content["fragments"] = [[s, e] for s, e in fragments]
        record["content"] = content
    else:
        record["content"] = None
    fine = TYPE_ALIASES.get(src.attrs.get("t", "")) if src else None
    if src and fine is None:
        raise MarkupError(f"{doc_id}: {aid} has unknown source type {src.attrs.get('t')!r}")
    record["source_type"] = FINE_TO_COARSE[fine] if fine else "unknown"
    record["checked_type"] = fine
    record["pattern"] = pattern
    reason_id = src.attrs.get("r") if src else None
    if reason_id is not None and reason_id not in reasons:
        raise MarkupError(f"{doc_id}: {aid} refers to unknown reason {reason_id}")
    if reason_id is not None and fine and FINE_TO_COARSE[fine] != "anonymous":
        raise MarkupError(f"{doc_id}: {aid}: only anonymous sources carry an anonymity reason")
    record["anonymity_reason"] = (
        _span(text, reasons[reason_id].start, reasons[reason_id].end) if reason_id else None
    )
    count = src.attrs.get("n") if src else None
    if count is not None and count not in text[src.start : src.end]:
        raise MarkupError(f"{doc_id}: {aid}: count {count!r} is not in its source span")
    record["count_text"] = count
    record["nested_in"] = cue.attrs.get("in")
    return record


def parse_article(doc_id: str, meta: dict[str, str], markup: str) -> dict[str, object]:
    """Turn one article's markup and metadata into a gold record (raises MarkupError)."""
    parsed = strip_markup(markup)
    text = parsed.text
    reasons: dict[str, Tag] = {}
    for tag in parsed.tags:
        if tag.kind == "why":
            if len(tag.ids) != 1 or tag.ids[0] in reasons:
                raise MarkupError(f"{doc_id}: reason tags need one unique id")
            reasons[tag.ids[0]] = tag
    order: list[str] = []
    for tag in parsed.tags:
        if tag.kind in {"src", "cue", "con"}:
            if not tag.ids:
                raise MarkupError(f"{doc_id}: {tag.kind} tag without an id")
            order.extend(i for i in tag.ids if i not in order)
    attributions = [_attribution(doc_id, aid, parsed, reasons) for aid in order]
    attributions.sort(key=lambda a: (a["cue"]["start"], a["id"]))  # type: ignore[index]
    ids = {a["id"] for a in attributions}
    for a in attributions:
        if a["nested_in"] is not None and a["nested_in"] not in ids:
            raise MarkupError(f"{doc_id}: {a['id']} nested in unknown {a['nested_in']}")
    used = {a["anonymity_reason"]["start"] for a in attributions if a["anonymity_reason"]}  # type: ignore[index]
    for rid, tag in reasons.items():
        if tag.start not in used:
            raise MarkupError(f"{doc_id}: reason {rid} is attached to no source")
    title = meta.get("title") or text.split("\n", 1)[0].strip()
    record: dict[str, object] = {
        "doc_id": doc_id,
        "text": text,
        "split": "gold",
        "outlet": meta.get("outlet"),
        "published": meta.get("published"),
        "title": title,
        "attributions": attributions,
        "negatives": _extras(doc_id, parsed, "neg"),
        "noise": _extras(doc_id, parsed, "noise"),
    }
    check_record(record)
    return record


def _extras(doc_id: str, parsed: Parsed, kind: str) -> list[dict[str, object]]:
    out = []
    for tag in sorted((t for t in parsed.tags if t.kind == kind), key=lambda t: t.start):
        label = tag.attrs.get("kind")
        if not label or (kind == "noise" and label not in NOISE_KINDS):
            raise MarkupError(f"{doc_id}: {kind} tag needs a valid kind=, got {label!r}")
        out.append({**_span(parsed.text, tag.start, tag.end), "kind": label})
    return out


def check_record(record: dict[str, object]) -> None:
    """Assert that every span of a gold record matches the text at its offsets."""
    text = record["text"]
    assert isinstance(text, str)

    def ok(span: dict[str, object] | None) -> None:
        if span is None:
            return
        start, end = span["start"], span["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert text[start:end] == span["text"], (record["doc_id"], span)
        for s, e in span.get("fragments", []):  # type: ignore[attr-defined]
            assert start <= s < e <= end, (record["doc_id"], span)

    for a in record["attributions"]:  # type: ignore[attr-defined]
        for key in ("cue", "source", "content", "anonymity_reason"):
            ok(a[key])
    for extra in [*record["negatives"], *record["noise"]]:  # type: ignore[misc]
        ok(extra)


def split_articles(source: str) -> list[tuple[str, dict[str, str], str]]:
    """Split the markup file into (doc_id, metadata, body markup) triples."""
    articles: list[tuple[str, dict[str, str], list[str]]] = []
    for line in source.splitlines():
        header = _HEADER_RE.match(line)
        if header:
            articles.append((header.group(1), {}, []))
        elif articles:
            articles[-1][2].append(line)
    out = []
    for doc_id, meta, lines in articles:
        i = 0
        while i < len(lines) and (m := _META_RE.match(lines[i])):
            meta[m.group(1)] = m.group(2).strip()
            i += 1
        if i < len(lines) and lines[i].strip():
            raise MarkupError(f"{doc_id}: a blank line must follow the metadata")
        for key in ("outlet", "published"):
            if key not in meta:
                raise MarkupError(f"{doc_id}: missing metadata {key!r}")
        body_start = i
        body = [ln for ln in lines[body_start:] if not _COMMENT_RE.match(ln)]
        paragraphs, current = [], []
        for ln in body:
            if ln.strip():
                current.append(ln.rstrip())
            elif current:
                paragraphs.append("\n".join(current))
                current = []
        if current:
            paragraphs.append("\n".join(current))
        out.append((doc_id, meta, "\n\n".join(paragraphs)))
    return out


def build(source: Path = DEFAULT_SOURCE) -> list[dict[str, object]]:
    """Parse every article of ``source``; doc ids must be unique."""
    records = [parse_article(d, m, b) for d, m, b in split_articles(source.read_text("utf-8"))]
    ids = [r["doc_id"] for r in records]
    if len(ids) != len(set(ids)):
        raise MarkupError("duplicate doc_id in " + str(source))
    return records


def dumps(records: list[dict[str, object]]) -> str:
    """The exact JSONL text written for ``records``."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_or_check(records: list[dict], default_output: Path, argv: list[str] | None,
                   description: str) -> int:
    """The command line of the blind batches' build scripts: write ``records`` to
    ``--output`` (default ``default_output``), or with ``--check`` exit 1 when that file is
    stale. Prints what it did."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--output", type=Path, default=default_output)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output file is stale")
    args = parser.parse_args(argv)
    payload = dumps(records)
    if args.check:
        stale = not args.output.exists() or args.output.read_text("utf-8") != payload
        print("stale" if stale else "up to date")
        return 1 if stale else 0
    args.output.write_text(payload, "utf-8")
    counts = Counter(a["source_type"] for r in records for a in r["attributions"])
    print(f"{len(records)} articles, {sum(counts.values())} attributions: {dict(counts.most_common())}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail if the output is stale")
    args = parser.parse_args(argv)
    payload = dumps(build(args.source))
    if args.check:
        current = args.output.read_text("utf-8") if args.output.exists() else ""
        return 0 if current == payload else 1
    args.output.write_text(payload, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
