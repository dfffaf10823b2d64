"""Errors raised by claimtrace, each with a message that says what to do.

>>> str(InputError("bad.txt", "not UTF-8 at byte 12"))
'bad.txt: not UTF-8 at byte 12'
"""

from __future__ import annotations


class ClaimtraceError(Exception):
    """Base class of every error claimtrace raises on purpose."""


class InputError(ClaimtraceError):
    """An input file or record could not be read."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class DecodeError(InputError):
    """Bytes that are not valid UTF-8, with the offset of the first bad byte."""

    def __init__(self, where: str, offset: int, reason: str = "invalid UTF-8") -> None:
        super().__init__(where, f"{reason} at byte offset {offset} "
                                "(re-save the file as UTF-8, or pass --errors replace)")
        self.offset = offset


class GoldFormatError(InputError):
    """A gold or prediction file that does not follow the annotation format."""
