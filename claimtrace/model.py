"""The data model: frozen dataclasses and enums shared by every stage.

Every span is a half-open pair of character offsets into the ORIGINAL text, and
``text[span.start:span.end] == span.text`` holds for every span the library emits.

>>> s = Span.of("Pompeo said it.", 0, 6)
>>> s.text, s.start, s.end
('Pompeo', 0, 6)
>>> SourceType.ANONYMOUS_BARE.source_class
<SourceClass.ANONYMOUS: 'anonymous'>
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class SourceClass(str, Enum):
    """Coarse source class, the one evaluation against public gold data uses.

    >>> [t.value for t in SourceType if t.source_class is SourceClass.ANONYMOUS]
    ['anonymous_specific', 'anonymous_vague', 'anonymous_bare', 'unnamed_group']
    """

    NAMED_PERSON = "named_person"
    NAMED_ORG = "named_org"
    MEDIA = "media"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


class SourceType(str, Enum):
    """Fine source type (TAXONOMY.md).

    >>> SourceType.UNNAMED_GROUP.is_anonymous, SourceType.MEDIA.is_anonymous
    (True, False)
    >>> SourceType("anonymous_vague").source_class
    <SourceClass.ANONYMOUS: 'anonymous'>
    """

    NAMED_PERSON = "named_person"
    NAMED_ORG = "named_org"
    MEDIA = "media"
    DOCUMENT = "document"
    ANONYMOUS_SPECIFIC = "anonymous_specific"
    ANONYMOUS_VAGUE = "anonymous_vague"
    ANONYMOUS_BARE = "anonymous_bare"
    UNNAMED_GROUP = "unnamed_group"
    UNKNOWN = "unknown"

    @property
    def source_class(self) -> SourceClass:
        """The coarse class this fine type belongs to."""
        return _CLASS_OF[self]

    @property
    def is_anonymous(self) -> bool:
        # a tuple test by identity: no dictionary lookup through Enum's Python-level __hash__
        return self in _ANONYMOUS_TYPES


_CLASS_OF = {
    SourceType.NAMED_PERSON: SourceClass.NAMED_PERSON,
    SourceType.NAMED_ORG: SourceClass.NAMED_ORG,
    SourceType.MEDIA: SourceClass.MEDIA,
    SourceType.DOCUMENT: SourceClass.DOCUMENT,
    SourceType.ANONYMOUS_SPECIFIC: SourceClass.ANONYMOUS,
    SourceType.ANONYMOUS_VAGUE: SourceClass.ANONYMOUS,
    SourceType.ANONYMOUS_BARE: SourceClass.ANONYMOUS,
    SourceType.UNNAMED_GROUP: SourceClass.ANONYMOUS,
    SourceType.UNKNOWN: SourceClass.UNKNOWN,
}
_ANONYMOUS_TYPES = tuple(t for t, c in _CLASS_OF.items() if c is SourceClass.ANONYMOUS)


class Pattern(str, Enum):
    """The shape of an attribution (TAXONOMY.md).

    >>> from claimtrace import analyze
    >>> [a.pattern for a in analyze("Talks will resume, Pompeo said.").attributions]
    [<Pattern.CONTENT_SOURCE_VERB: 'content_source_verb'>]
    """

    SOURCE_VERB_CONTENT = "source_verb_content"
    CONTENT_SOURCE_VERB = "content_source_verb"
    CONTENT_VERB_SOURCE = "content_verb_source"
    ACCORDING_TO = "according_to"
    TOLD = "told"
    PASSIVE = "passive"
    QUOTE_CONTINUATION = "quote_continuation"
    MEDIA_REPORT = "media_report"
    BELIEF = "belief"
    NOMINAL = "nominal"
    NO_SOURCE = "no_source"


class NoiseKind(str, Enum):
    """Why a region of text is not article content.

    >>> from claimtrace import analyze
    >>> [n.kind for n in analyze("The mayor resigned.\\n\\nFacebook Twitter Email").noise]
    [<NoiseKind.SHARE_BAR: 'share_bar'>]
    """

    REPEATED_HEADLINE = "repeated_headline"
    BOILERPLATE = "boilerplate"
    SHARE_BAR = "share_bar"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character offsets into the original text, with the text they cover.

    >>> s = Span.of("Pompeo said it.", 0, 6)
    >>> s.overlaps(Span.of("Pompeo said it.", 5, 11)), s.contains(6)
    (True, False)
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build a span from the original text so that the invariant always holds.

        The commonest object an analysis makes, so its three slots are filled directly: the
        generated ``__init__`` of a frozen class goes through ``object.__setattr__`` for each
        field, about twice as slow. The span is as frozen as any other.

        >>> Span.of("Officials said", 0, 9) == Span(0, 9, "Officials")
        True
        """
        span = _new_object(cls)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, text[start:end])
        return span

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


_new_object = object.__new__
_set_start, _set_end, _set_text = Span.start.__set__, Span.end.__set__, Span.text.__set__  # type: ignore[attr-defined,misc]


@dataclass(frozen=True, slots=True)
class NoiseRegion:
    """A stretch of text kept in place but excluded from claims and metrics.

    >>> from claimtrace import analyze
    >>> n = analyze("The mayor resigned.\\n\\nFacebook Twitter Email").noise[0]
    >>> n.span.text, n.evidence
    ('Facebook Twitter Email', 'line of share-bar words: facebook, twitter, email')
    """

    span: Span
    kind: NoiseKind
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.span.start, "end": self.span.end, "kind": self.kind.value,
                "text": self.span.text, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its index, span, paragraph number and whether it is noise.

    ``start``, ``end`` and ``text`` are the span's, copied once: every stage reads them, and a
    plain attribute is much cheaper to read than a property.

    >>> from claimtrace import analyze
    >>> a = analyze("The mayor resigned on Monday.\\n\\nFacebook Twitter Email")
    >>> [(s.index, s.text, s.paragraph, s.is_noise) for s in a.sentences]
    [(0, 'The mayor resigned on Monday.', 0, False), (1, 'Facebook Twitter Email', 1, True)]
    """

    index: int
    span: Span
    paragraph: int
    is_noise: bool = False
    start: int = field(init=False, repr=False, compare=False)
    end: int = field(init=False, repr=False, compare=False)
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", self.span.start)
        object.__setattr__(self, "end", self.span.end)
        object.__setattr__(self, "text", self.span.text)


@dataclass(frozen=True, slots=True)
class Content:
    """What is asserted: one or more fragments (a quote broken by "he said" has two).

    >>> from claimtrace import analyze
    >>> c = analyze('"The talks are over," he said, "and we will leave."').attributions[0].content
    >>> len(c.fragments), c.text
    (2, '"The talks are over," … "and we will leave."')
    """

    fragments: tuple[Span, ...]

    @property
    def start(self) -> int:
        return self.fragments[0].start

    @property
    def end(self) -> int:
        return self.fragments[-1].end

    @property
    def text(self) -> str:
        return " … ".join(f.text for f in self.fragments)

    def to_dict(self) -> dict[str, Any]:
        first, last = self.fragments[0], self.fragments[-1]
        out: dict[str, Any] = {"start": first.start, "end": last.end}
        if len(self.fragments) > 1:
            out["fragments"] = [[f.start, f.end] for f in self.fragments]
            out["text"] = self.text
        else:
            out["text"] = first.text
        return out


@dataclass(frozen=True, slots=True)
class SourceMention:
    """A surface mention of a source ("he", "the source", "Mike Pompeo").

    ``source_id`` points at the resolved :class:`Source` in ``Analysis.sources``.

    >>> from claimtrace import analyze
    >>> t = "One administration official, who asked not to be named, said the plan had stalled."
    >>> m = analyze(t).attributions[0].source
    >>> m.type.value, m.role, m.affiliation, m.anonymity_reason.text
    ('anonymous_specific', 'official', 'administration', 'who asked not to be named')
    """

    span: Span
    type: SourceType
    source_id: int
    head: str = ""
    count: str | None = None
    role: str | None = None
    affiliation: str | None = None
    anonymity_reason: Span | None = None
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "type": self.type.value,
            "class": self.type.source_class.value,
            "source_id": self.source_id,
            "head": self.head,
            "count": self.count,
            "role": self.role,
            "affiliation": self.affiliation,
            "anonymity_reason": self.anonymity_reason.to_dict() if self.anonymity_reason else None,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """A resolved source: every mention of one person, body, outlet or unnamed informant.

    >>> from claimtrace import analyze
    >>> t = "Secretary of State Mike Pompeo said talks would resume; he called them useful."
    >>> s = analyze(t).sources[0]
    >>> s.name, s.key, [m.span.text for m in s.mentions]
    ('Mike Pompeo', 'person:mike-pompeo', ['Secretary of State Mike Pompeo', 'he'])
    """

    id: int
    key: str
    name: str
    type: SourceType
    mentions: tuple[SourceMention, ...]
    anonymity_reason: Span | None = None
    evidence: str = ""

    @property
    def source_class(self) -> SourceClass:
        return self.type.source_class

    @property
    def is_anonymous(self) -> bool:
        return self.type.is_anonymous

    def _repr_html_(self) -> str:
        from .display import css, source_html

        return f"<style>{css()}</style>" + source_html(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "key": self.key,
            "name": self.name,
            "type": self.type.value,
            "class": self.source_class.value,
            "mentions": [m.span.to_dict() for m in self.mentions],
            "anonymity_reason": self.anonymity_reason.to_dict() if self.anonymity_reason else None,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue linking content to a source, with the rule and evidence that produced it.

    ``parent`` is the id of the attribution this one is nested in ("sources said
    *they said* ..."), ``None`` at top level.

    >>> from claimtrace import analyze
    >>> a = analyze("The plan has stalled, according to officials.").attributions[0]
    >>> a.cue.text, a.source.span.text, a.content.text, a.pattern.value
    ('according to', 'officials', 'The plan has stalled', 'according_to')
    """

    id: int
    cue: Span
    source: SourceMention | None
    content: Content | None
    pattern: Pattern
    sentence: int
    rule: str
    evidence: str
    parent: int | None = None

    @property
    def source_type(self) -> SourceType:
        return self.source.type if self.source else SourceType.UNKNOWN

    @property
    def source_class(self) -> SourceClass:
        return self.source_type.source_class

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cue": self.cue.to_dict(),
            "source": self.source.span.to_dict() if self.source else None,
            "content": self.content.to_dict() if self.content else None,
            "source_type": self.source_type.value,
            "source_class": self.source_class.value,
            "source_id": self.source.source_id if self.source else None,
            "pattern": self.pattern.value,
            "sentence": self.sentence,
            "parent": self.parent,
            "rule": self.rule,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence that asserts something, with the attributions (if any) it rests on.

    >>> from claimtrace import analyze
    >>> c = analyze("Officials said the plan had stalled.").claims[0]
    >>> c.span.text, c.attributed, c.source_ids
    ('Officials said the plan had stalled.', True, (0,))
    """

    id: int
    sentence: int
    span: Span
    attribution_ids: tuple[int, ...] = ()
    source_ids: tuple[int, ...] = ()
    fingerprint: str = ""

    @property
    def attributed(self) -> bool:
        return bool(self.attribution_ids)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence": self.sentence,
            **self.span.to_dict(),
            "attributed": self.attributed,
            "attribution_ids": list(self.attribution_ids),
            "source_ids": list(self.source_ids),
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something the user should know about the input or the analysis.

    >>> from claimtrace import analyze
    >>> d = analyze("Pompeo said it.\\ufffd").diagnostics[0]
    >>> d.level, d.code, d.start
    ('warning', 'replacement_characters', 15)
    """

    level: str  # "info" | "warning" | "error"
    code: str
    message: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "code": self.code, "message": self.message,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class DocumentMeta:
    """Metadata carried with an article.

    >>> from claimtrace import analyze
    >>> m = analyze("Pompeo said it.", doc_id="a1", outlet="Reuters").meta
    >>> m.doc_id, m.outlet, m.title
    ('a1', 'Reuters', None)
    """

    doc_id: str = "doc"
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
