"""Shared fixtures: hand-built Analyses (exact figures) and analysed articles (invariants).

Hand-built analyses are assembled from the model dataclasses with :class:`ArticleBuilder`, so
their metrics can be computed by hand and do not depend on the analyser's accuracy.

Fixtures:
- ``hand_analysis``: the small article of HAND_TEXT, built by hand (figures in test_metrics.py).
- ``hand_analysis_b``: a second hand-built article, other outlet/month, sharing Pompeo and NYT.
- ``empty_analysis``: an Analysis of the empty string (division-by-zero cases).
- ``seed_text`` / ``seed_analysis``: the seed article in /work/shared/seed (skips when absent
  or when the analyser cannot run yet).
- ``small_text`` / ``small_analysis``: a short hand-written article run through ``analyze``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrace.analysis import Analysis
from claimtrace.model import (
    Attribution,
    Claim,
    Content,
    DocumentMeta,
    NoiseKind,
    NoiseRegion,
    Pattern,
    Sentence,
    Source,
    SourceMention,
    SourceType,
    Span,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_DIR = SHARED / "seed"


class ArticleBuilder:
    """Build an Analysis by hand from sentence strings and substring references.

    >>> b = ArticleBuilder(["Pompeo said it rained."])
    >>> pompeo = b.source("Pompeo", SourceType.NAMED_PERSON)
    >>> _ = b.attribution(0, "said", b.mention(0, "Pompeo", pompeo), "it rained")
    >>> b.claim(0)
    >>> len(b.build("d").attributions)
    1
    """

    def __init__(self, sentences: list[str], *, noise: set[int] = frozenset(), sep: str = " "):
        self.text = sep.join(sentences)
        self.sentences: list[Sentence] = []
        pos = 0
        for i, s in enumerate(sentences):
            self.sentences.append(Sentence(i, Span.of(self.text, pos, pos + len(s)), i,
                                           is_noise=i in noise))
            pos += len(s) + len(sep)
        self.noise = [NoiseRegion(self.sentences[i].span, NoiseKind.REPEATED_HEADLINE, "hand")
                      for i in sorted(noise)]
        self._sources: list[dict] = []
        self.attributions: list[Attribution] = []
        self.claims: list[Claim] = []

    def span(self, sentence: int, sub: str, nth: int = 0) -> Span:
        """The ``nth`` occurrence of ``sub`` inside sentence ``sentence``."""
        s = self.sentences[sentence].span
        at = s.start - 1
        for _ in range(nth + 1):
            at = self.text.index(sub, at + 1, s.end)
        return Span.of(self.text, at, at + len(sub))

    def source(self, name: str, type_: SourceType, *, key: str | None = None,
               reason: tuple[int, str] | None = None) -> int:
        sid = len(self._sources)
        self._sources.append({"name": name, "type": type_, "key": key or name.lower(),
                              "mentions": [], "reason": reason})
        return sid

    def mention(self, sentence: int, sub: str, source_id: int, *, nth: int = 0,
                reason: tuple[int, str] | None = None, count: str | None = None,
                type_: SourceType | None = None) -> SourceMention:
        src = self._sources[source_id]
        m = SourceMention(span=self.span(sentence, sub, nth), type=type_ or src["type"],
                          source_id=source_id, head=sub.split()[-1], count=count,
                          anonymity_reason=self.span(*reason) if reason else None,
                          evidence="hand")
        src["mentions"].append(m)
        return m

    def attribution(self, sentence: int, cue: str, mention: SourceMention | None,
                    content: str | None, *, pattern: Pattern = Pattern.SOURCE_VERB_CONTENT,
                    parent: int | None = None) -> int:
        aid = len(self.attributions)
        self.attributions.append(Attribution(
            id=aid, cue=self.span(sentence, cue), source=mention,
            content=Content((self.span(sentence, content),)) if content else None,
            pattern=pattern, sentence=sentence, rule=f"hand.{pattern.value}",
            evidence=f"cue {cue!r}", parent=parent))
        return aid

    def claim(self, sentence: int, attribution_ids: tuple[int, ...] = (),
              fingerprint: str = "") -> None:
        srcs: list[int] = []
        for aid in attribution_ids:
            m = self.attributions[aid].source
            if m is not None and m.source_id not in srcs:
                srcs.append(m.source_id)
        self.claims.append(Claim(len(self.claims), sentence, self.sentences[sentence].span,
                                 tuple(attribution_ids), tuple(srcs), fingerprint))

    def build(self, doc_id: str, *, outlet: str | None = None,
              published: str | None = None) -> Analysis:
        sources = tuple(
            Source(id=i, key=s["key"], name=s["name"], type=s["type"],
                   mentions=tuple(s["mentions"]),
                   anonymity_reason=self.span(*s["reason"]) if s["reason"] else None,
                   evidence="hand")
            for i, s in enumerate(self._sources))
        return Analysis(text=self.text,
                        meta=DocumentMeta(doc_id=doc_id, outlet=outlet, published=published),
                        sentences=tuple(self.sentences), noise=tuple(self.noise),
                        attributions=tuple(self.attributions), sources=sources,
                        claims=tuple(self.claims))


HAND_SENTENCES = [
    "Pompeo said the talks would go on.",                                        # 0
    "Sources said the deal had stalled, speaking on condition of anonymity.",    # 1
    "The weather was cold.",                                                     # 2
    "According to The New York Times, troops will stay.",                        # 3
    "Two officials and Pompeo said the base was hit.",                           # 4
    "He added that the officials told him it was calm.",                         # 5
    "Sources said troops stay.",                                                 # 6 noise
    "A statement said no one was hurt.",                                         # 7
    "One official said the plan was ready because he was not authorized to speak.",  # 8
]


def build_hand_analysis(doc_id: str = "hand", outlet: str | None = "Daily Planet",
                        published: str | None = "2020-01-15") -> Analysis:
    """The hand-built article; its metrics are worked out in tests/test_metrics.py."""
    b = ArticleBuilder(HAND_SENTENCES, noise={6})
    pompeo = b.source("Mike Pompeo", SourceType.NAMED_PERSON, key="mike pompeo")
    sources = b.source("sources", SourceType.ANONYMOUS_BARE,
                       reason=(1, "on condition of anonymity"))
    nyt = b.source("The New York Times", SourceType.MEDIA, key="the new york times")
    officials = b.source("two officials", SourceType.ANONYMOUS_SPECIFIC)
    statement = b.source("a statement", SourceType.DOCUMENT)
    official = b.source("one official", SourceType.ANONYMOUS_SPECIFIC)

    a0 = b.attribution(0, "said", b.mention(0, "Pompeo", pompeo), "the talks would go on")
    a1 = b.attribution(1, "said", b.mention(1, "Sources", sources,
                                            reason=(1, "on condition of anonymity")),
                       "the deal had stalled", pattern=Pattern.SOURCE_VERB_CONTENT)
    a2 = b.attribution(3, "According to", b.mention(3, "The New York Times", nyt),
                       "troops will stay", pattern=Pattern.ACCORDING_TO)
    a3 = b.attribution(4, "said", b.mention(4, "Two officials", officials, count="Two"),
                       "the base was hit")
    a4 = b.attribution(4, "said", b.mention(4, "Pompeo", pompeo), "the base was hit")
    a5 = b.attribution(5, "added", b.mention(5, "He", pompeo),
                       "the officials told him it was calm")
    a6 = b.attribution(5, "told", b.mention(5, "the officials", officials), "it was calm",
                       pattern=Pattern.TOLD, parent=a5)
    a7 = b.attribution(6, "said", b.mention(6, "Sources", sources), "troops stay")
    a8 = b.attribution(7, "said", b.mention(7, "A statement", statement), "no one was hurt")
    a9 = b.attribution(8, "said", b.mention(8, "One official", official, count="One",
                                            reason=(8, "because he was not authorized to speak")),
                       "the plan was ready")
    b.claim(0, (a0,))
    b.claim(1, (a1,))
    b.claim(2)
    b.claim(3, (a2,))
    b.claim(4, (a3, a4))
    b.claim(5, (a5, a6))
    b.claim(6, (a7,))
    b.claim(7, (a8,))
    b.claim(8, (a9,))
    return b.build(doc_id, outlet=outlet, published=published)


HAND_B_SENTENCES = [
    "Pompeo said the troops would stay.",
    "Sources said the talks were over.",
    "The New York Times reported that the base was hit.",
    "Markets fell.",
]


def build_hand_analysis_b(doc_id: str = "hand_b", outlet: str | None = "Morning Star",
                          published: str | None = "2020-02-03") -> Analysis:
    """A second article sharing Pompeo and the NYT with the first; its own "sources"."""
    b = ArticleBuilder(HAND_B_SENTENCES)
    pompeo = b.source("Pompeo", SourceType.NAMED_PERSON, key="mike pompeo")
    sources = b.source("sources", SourceType.ANONYMOUS_BARE)
    nyt = b.source("The New York Times", SourceType.MEDIA, key="the new york times")
    a0 = b.attribution(0, "said", b.mention(0, "Pompeo", pompeo), "the troops would stay")
    a1 = b.attribution(1, "said", b.mention(1, "Sources", sources), "the talks were over")
    a2 = b.attribution(2, "reported", b.mention(2, "The New York Times", nyt),
                       "the base was hit", pattern=Pattern.MEDIA_REPORT)
    b.claim(0, (a0,))
    b.claim(1, (a1,))
    b.claim(2, (a2,))
    b.claim(3)
    return b.build(doc_id, outlet=outlet, published=published)


def build_empty_analysis(doc_id: str = "empty") -> Analysis:
    return Analysis(text="", meta=DocumentMeta(doc_id=doc_id), sentences=(), noise=(),
                    attributions=(), sources=(), claims=())


@pytest.fixture
def hand_analysis() -> Analysis:
    return build_hand_analysis()


@pytest.fixture
def hand_analysis_b() -> Analysis:
    return build_hand_analysis_b()


@pytest.fixture
def empty_analysis() -> Analysis:
    return build_empty_analysis()


SMALL_TEXT = (
    "Officials rejected the plan on Monday.\n\n"
    "Secretary of State Mike Pompeo said the talks would continue. "
    "\u201cWe are delighted to keep talking,\u201d Pompeo said.\n\n"
    "According to people familiar with the matter, a deal is close. "
    "One administration official, who spoke on condition of anonymity because he was not "
    "authorized to discuss the matter, said the Pentagon had approved it.\n\n"
    "The New York Times reported that troops would stay. Markets rose.\n"
)


def _analyze_or_skip(text: str, **meta) -> Analysis:
    try:
        from claimtrace import analyze

        return analyze(text, **meta)
    except (ImportError, NotImplementedError) as exc:  # analyser still being assembled
        pytest.skip(f"analyser not available yet: {exc}")


@pytest.fixture(scope="session")
def small_text() -> str:
    return SMALL_TEXT


@pytest.fixture(scope="session")
def small_analysis() -> Analysis:
    return _analyze_or_skip(SMALL_TEXT, doc_id="small", outlet="Test Outlet",
                            published="2020-01-16")


@pytest.fixture(scope="session")
def seed_text() -> str:
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip("no seed article in shared/seed")
    return files[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text: str) -> Analysis:
    return _analyze_or_skip(seed_text, doc_id="seed", outlet="Seed Outlet",
                            published="2020-01-15")
