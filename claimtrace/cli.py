"""The ``claimtrace`` command: a thin adapter over the library, one subcommand per entry point.

Each subcommand is a pair of functions: ``_add_<name>(subparsers)`` builds its parser and sets
``func`` to ``_run_<name>(args) -> int``. ``_COMMANDS`` lists the adders in help order.

>>> main(["--version"])  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from . import __version__


def _add_analyze(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="find attributions and sources in articles")
    p.add_argument("inputs", nargs="+", help=".txt/.jsonl files, or - for standard input")
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("--errors", choices=("strict", "replace"), default="replace",
                   help="undecodable bytes: fail the document, or replace them and warn")
    p.set_defaults(func=_run_analyze)


def _run_analyze(args: argparse.Namespace) -> int:
    from .output import write_analyses

    return write_analyses(args.inputs, fmt=args.format, output=args.output, errors=args.errors)


_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _add_analyze,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrace",
        description="Who does this story rest on? Attribution and source analysis for news.",
    )
    parser.add_argument("--version", action="version", version=f"claimtrace {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in _COMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `claimtrace ... | head`
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
