"""Errors raised by claimtrace, each with a message that says what to do.

>>> str(InputError("bad.txt", "not UTF-8 at byte 12"))
'bad.txt: not UTF-8 at byte 12'
"""

from __future__ import annotations


class ClaimtraceError(Exception):
    """Base class of every error claimtrace raises on purpose.

    >>> from claimtrace.evaluate import load_gold
    >>> try:
    ...     load_gold([{"doc_id": "a1"}])
    ... except ClaimtraceError as e:
    ...     print(type(e).__name__)
    GoldFormatError
    """


class InputError(ClaimtraceError):
    """An input file or record could not be read.

    >>> e = InputError("bad.txt", "not UTF-8 at byte 12")
    >>> e.where, e.problem
    ('bad.txt', 'not UTF-8 at byte 12')
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class DecodeError(InputError):
    """Bytes that are not valid UTF-8, with the offset of the first bad byte.

    >>> from claimtrace.text import decode_bytes
    >>> try:
    ...     decode_bytes(b"\\xef\\xbb\\xbfcaf\\xe9", where="story.txt")
    ... except DecodeError as e:
    ...     print(e.where, e.offset)
    story.txt 6
    """

    def __init__(self, where: str, offset: int, reason: str = "invalid UTF-8") -> None:
        super().__init__(where, f"{reason} at byte offset {offset} "
                                "(re-save the file as UTF-8, or pass --errors replace)")
        self.offset = offset


class GoldFormatError(InputError):
    """A gold or prediction file that does not follow the annotation format.

    >>> from claimtrace.evaluate import load_gold
    >>> try:
    ...     load_gold([{"doc_id": "a1", "text": "Pompeo said it.", "attributions": {}}])
    ... except GoldFormatError as e:
    ...     print(e)
    gold record 1: "attributions" must be a list
    """
