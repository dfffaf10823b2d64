"""The ``claimtrace`` command: a thin adapter over the library, one subcommand per entry point.

Each subcommand is a pair of functions: ``_add_<name>(subparsers)`` builds its parser and sets
``func`` to ``_run_<name>(args) -> int``. ``_COMMANDS`` lists the adders in help order.

>>> import contextlib, io
>>> shown = io.StringIO()
>>> with contextlib.redirect_stdout(shown), contextlib.suppress(SystemExit):
...     main(["--version"])  # argparse prints the version and exits
>>> shown.getvalue() == f"claimtrace {__version__}\\n"
True
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


def _analyses_or_none(inputs: list[str]) -> list | None:
    """Analyse the inputs for report/graph/plot, telling the user what was skipped."""
    from .output import analyze_inputs

    analyses, problems = analyze_inputs(inputs)
    for msg in problems:
        print(f"claimtrace: skipped {msg}", file=sys.stderr)
    if not analyses:
        print("claimtrace: no article could be read", file=sys.stderr)
    return analyses or None


def _add_report(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write an HTML or Markdown sourcing report")
    p.add_argument("inputs", nargs="+", help=".txt/.jsonl files or directories")
    p.add_argument("-o", "--output", required=True, help="OUT.html or OUT.md")
    p.add_argument("--title", help="report title (default: from the input)")
    p.add_argument("--no-charts", action="store_true", help="leave the charts out")
    p.set_defaults(func=_run_report)


def _run_report(args: argparse.Namespace) -> int:
    from .report import build_report

    if not args.output.lower().endswith((".html", ".htm", ".md", ".markdown")):
        print("claimtrace report: -o must end in .html or .md", file=sys.stderr)
        return 2
    analyses = _analyses_or_none(args.inputs)
    if not analyses:
        return 1
    path = build_report(analyses, title=args.title, charts=not args.no_charts).save(args.output)
    print(f"wrote {path} ({len(analyses)} article{'s' * (len(analyses) != 1)})",
          file=sys.stderr)
    return 0


def _add_graph(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("graph", help="write the source graph (GraphML, GEXF, JSON or a picture)")
    p.add_argument("inputs", nargs="+", help=".txt/.jsonl files or directories")
    p.add_argument("-o", "--output", required=True,
                   help="OUT.graphml, .gexf or .json (Gephi, networkx), or .png/.svg/.pdf")
    p.set_defaults(func=_run_graph)


def _run_graph(args: argparse.Namespace) -> int:
    from pathlib import Path

    suffixes = (".graphml", ".gexf", ".json", ".png", ".svg", ".pdf")
    suffix = Path(args.output).suffix.lower()
    if suffix not in suffixes:
        print(f"claimtrace graph: -o must end in one of {', '.join(suffixes)}", file=sys.stderr)
        return 2
    analyses = _analyses_or_none(args.inputs)
    if not analyses:
        return 1
    from .graph import build_graph, write_graph

    G = build_graph(analyses)
    if suffix in (".png", ".svg", ".pdf"):
        from .plot import save_axes, source_graph

        save_axes(source_graph(G), args.output)
    else:
        write_graph(G, args.output)
    print(f"wrote {args.output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)",
          file=sys.stderr)
    return 0


def _add_plot(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plot", help="draw a sourcing chart (PNG, SVG or PDF)")
    p.add_argument("inputs", nargs="+", help=".txt/.jsonl files or directories")
    p.add_argument("--kind", required=True,
                   choices=("mix", "timeline", "strip", "graph", "justified"),
                   help="mix: claims by source class; timeline: anonymous share by month; "
                        "strip: one article sentence by sentence; graph: sources and articles; "
                        "justified: anonymous mentions with a reason")
    p.add_argument("--by", choices=("doc_id", "outlet", "month"),
                   help="group for mix (default doc_id) and justified (default outlet); "
                        "timeline: one line per outlet with --by outlet")
    p.add_argument("--doc", help="strip: the doc_id of the article (default: the first)")
    p.add_argument("-o", "--output", required=True, help="OUT.png, .svg or .pdf")
    p.set_defaults(func=_run_plot)


def _run_plot(args: argparse.Namespace) -> int:
    from pathlib import Path

    if Path(args.output).suffix.lower() not in (".png", ".svg", ".pdf"):
        print("claimtrace plot: -o must end in .png, .svg or .pdf", file=sys.stderr)
        return 2
    analyses = _analyses_or_none(args.inputs)
    if not analyses:
        return 1
    from . import plot

    if args.kind == "mix":
        ax = plot.sourcing_mix(analyses, by=args.by or "doc_id")
    elif args.kind == "timeline":
        ax = plot.anonymous_timeline(analyses, by="outlet" if args.by == "outlet" else None)
    elif args.kind == "justified":
        ax = plot.justified_anonymity(analyses, by=args.by or "outlet")
    elif args.kind == "graph":
        ax = plot.source_graph(analyses)
    else:
        pick = [a for a in analyses if args.doc is None or a.doc_id == args.doc]
        if not pick:
            print(f"claimtrace plot: no article with doc_id {args.doc!r}", file=sys.stderr)
            return 1
        ax = plot.sourcing_strip(pick[0])
    plot.save_axes(ax, args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _add_corpus(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("corpus", help="analyse many articles into tables (parallel, resumable)")
    p.add_argument("inputs", nargs="+", help="files or directories (.txt/.md/.html/.jsonl/.csv, "
                   "each also .gz), or - for one text on standard input")
    p.add_argument("-o", "--out-dir", required=True, help="folder for the tables and manifest")
    p.add_argument("--engine", choices=("local", "dask", "serial"), default="local",
                   help="process pool on this machine (default), Dask, or one process")
    p.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: local cluster)")
    p.add_argument("--resume", action="store_true", help="finish an interrupted run in OUT_DIR")
    p.add_argument("--output-format", choices=("parquet", "jsonl"), default="parquet")
    p.add_argument("--csv-columns", metavar="FIELD=COLUMN,...",
                   help="where id, text, outlet, published, url, title are, e.g. id=uid,text=body")
    p.add_argument("--batch-size", type=int, default=32, help="documents per worker task")
    p.add_argument("--time-limit", type=float, default=60.0,
                   help="seconds per document before it is given up (0: no limit)")
    p.add_argument("--no-tracking", action="store_true", help="skip grouping claims across articles")
    p.add_argument("--errors", choices=("strict", "replace"), default="replace",
                   help="undecodable bytes: fail the document, or replace them")
    p.set_defaults(func=_run_corpus)


def _run_corpus(args: argparse.Namespace) -> int:
    from .errors import ClaimtraceError
    from .readers import count_records, parse_columns
    from .runner import analyze_corpus

    bar, progress = None, None
    try:
        parse_columns(args.csv_columns)
        if sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=count_records(args.inputs), unit="doc", file=sys.stderr,
                       dynamic_ncols=True, smoothing=0.1)

            def progress(done: int, failed: int) -> None:
                bar.update(done - bar.n)
                bar.set_postfix(errors=failed, refresh=False)

        res = analyze_corpus(args.inputs, engine=args.engine, workers=args.workers,
                             scheduler=args.scheduler, out_dir=args.out_dir, resume=args.resume,
                             output_format=args.output_format, csv_columns=args.csv_columns,
                             batch_size=args.batch_size, time_limit=args.time_limit or None,
                             track_claims=not args.no_tracking, errors=args.errors,
                             progress=progress)
    except (ClaimtraceError, ValueError, OSError) as exc:
        print(f"claimtrace corpus: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    c = res.manifest.get("counts", {})
    print(f"claimtrace corpus: {c.get('documents', 0)} documents ({c.get('errors', 0)} errors), "
          f"{c.get('attributions', 0)} attributions, {c.get('claim_groups', 0)} claim groups "
          f"-> {args.out_dir}", file=sys.stderr)
    return 0 if c.get("ok", 0) else 1


def _add_evaluate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score attributions against gold annotations")
    p.add_argument("gold", help="gold JSONL: one article per line with its attributions")
    p.add_argument("--pred", help="prediction JSONL to score (default: analyse the gold texts)")
    p.add_argument("--split", help="score only gold records with this split")
    p.add_argument("--merge-shared-cue", action="store_true",
                   help="merge predictions that share one cue into one split quotation")
    p.add_argument("--json", dest="json_out", help="also write every figure as JSON here")
    p.add_argument("--write-predictions", metavar="FILE",
                   help="write the analyser's predictions as JSONL (for other scorers)")
    p.set_defaults(func=_run_evaluate)


def _run_evaluate(args: argparse.Namespace) -> int:
    import json

    from .errors import ClaimtraceError
    from .evaluate import evaluate, format_results, load_gold, predictions_for

    try:
        predictions = args.pred
        if predictions is None and args.write_predictions:
            predictions = predictions_for(load_gold(args.gold))
            with open(args.write_predictions, "w", encoding="utf-8") as fh:
                for rec in predictions:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        results = evaluate(args.gold, predictions, split=args.split,
                           merge_shared_cue=args.merge_shared_cue)
    except (ClaimtraceError, OSError) as exc:
        print(f"claimtrace evaluate: {exc}", file=sys.stderr)
        return 1
    print(format_results(results))
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=1, ensure_ascii=False)
    return 0


_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _add_analyze,
    _add_report,
    _add_graph,
    _add_plot,
    _add_corpus,
    _add_evaluate,
]


def build_parser() -> argparse.ArgumentParser:
    """The ``claimtrace`` argument parser: ``--version`` and one subcommand per entry point.

    >>> args = build_parser().parse_args(["analyze", "story.txt", "--format", "csv"])
    >>> args.command, args.inputs, args.format, args.errors
    ('analyze', ['story.txt'], 'csv', 'replace')
    """
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
    """Run the command line ``argv`` (default: ``sys.argv[1:]``) and return its exit status.

    >>> import csv, pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     story, out = pathlib.Path(d, "story.txt"), pathlib.Path(d, "out.csv")
    ...     _ = story.write_text("The bridge will reopen, the mayor said.\\n")
    ...     code = main(["analyze", str(story), "--format", "csv", "-o", str(out)])
    ...     row = next(csv.DictReader(out.read_text().splitlines()))
    >>> code, row["source"], row["source_type"], row["content"]
    (0, 'the mayor', 'named_person', 'The bridge will reopen')
    """
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
