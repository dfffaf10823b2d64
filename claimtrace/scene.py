"""Scene-setting openings: the named protagonist comes back.

A story moves its protagonist with a phrase of time, place or manner at the head of a
paragraph ("Hours later, standing at the lectern for his weekly news conference, he told
reporters ...", "In Tallahassee on Tuesday, he signed an order and said ..."). The "he" there is
the named person the story is about, not an unnamed aide quoted in the paragraph before
(session 17, blind batch 46: four such pronouns had gone to unnamed aides; batch 50 had more).

>>> from claimtrace.model import Sentence, Span
>>> t = "An aide said so.\\n\\nHours later, at the lectern, he told reporters it was done."
>>> s = [Sentence(0, Span.of(t, 0, 16), 0), Sentence(1, Span.of(t, 18, len(t)), 1)]
>>> scene_subject(t, s, 1, t.index("he told"))
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Sentence

__all__ = ["scene_subject"]

# a phrase of time, place or manner set off before the subject: "At a rally in Charlotte on
# Thursday night, reading from the teleprompter, "; "Before leaving the church that morning, "
_SCENE_RE = re.compile(r"\s*(?:In|At|On|After|Before|During|Later|Earlier|Hours|Days|Minutes|Moments|"
                       r"Back|Outside|Inside|While|Since|By|From|Standing|Speaking|Reading|Sitting|"
                       r"Walking|Flanked|Surrounded|Wearing|Leaving|Arriving)\b[^\"\u201c\u201d;:]{0,160}"
                       r",\s+")


def scene_subject(text: str, sentences: Sequence[Sentence], k: int, subject_start: int) -> bool:
    """Does sentence ``k`` open its paragraph with a scene-setting phrase that ends right where
    its subject (at ``subject_start``) begins?

    >>> from claimtrace.model import Sentence, Span
    >>> t = "Lee met aides.\\n\\nIn Ohio on Tuesday, he signed the order."
    >>> a, b, he = Span.of(t, 0, 14), Span.of(t, 16, len(t)), t.index("he signed")
    >>> scene_subject(t, [Sentence(0, a, 0), Sentence(1, b, 1)], 1, he)
    True
    >>> scene_subject(t, [Sentence(0, a, 0), Sentence(1, b, 0)], 1, he)  # same paragraph
    False
    """
    sent = sentences[k]
    if k > 0 and sentences[k - 1].paragraph == sent.paragraph:
        return False
    return _SCENE_RE.fullmatch(text, sent.start, subject_start) is not None
