"""``python -m analysis COMMAND PATH``: batch use and scripting, JSON and CSV out.

User errors (`ArticleError` and friends) print one line to stderr and exit with status 2.
Each command is a small function registered in ``COMMANDS``; add new ones the same way.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import warnings
from collections.abc import Callable
from typing import Any, NoReturn

from .article import Article, load_article
from .errors import ArticleError, printable
from .spans import Span

__all__ = ["main", "COMMANDS", "to_jsonable"]


def to_jsonable(obj: Any) -> Any:
    """Dataclasses, spans, DataFrames and NaN into plain JSON values (NaN becomes null)."""
    import math

    import pandas as pd

    if isinstance(obj, pd.DataFrame):
        return [to_jsonable(r) for r in obj.to_dict(orient="records")]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, float) and math.isnan(obj):
        return None
    if hasattr(obj, "item") and callable(obj.item):  # numpy scalars
        return to_jsonable(obj.item())
    return obj


def _emit(data: Any, args: argparse.Namespace) -> None:
    json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _load(args: argparse.Namespace) -> Article:
    return load_article(args.path, encoding=args.encoding)


def _spans(spans: list[Span]) -> list[dict[str, Any]]:
    return [dataclasses.asdict(s) for s in spans]


def cmd_article(args: argparse.Namespace) -> None:
    """Structure of an article: title, subtitle, caption, credit, paragraphs, boilerplate."""
    a = _load(args)
    data = dataclasses.asdict(a)
    data.pop("text")
    _emit(data, args)


def cmd_sentences(args: argparse.Namespace) -> None:
    """Sentence spans with offsets into the file's decoded text."""
    from .tokenize import sentences  # here, not at the top: `report` never tokenizes

    _emit(_spans(sentences(_load(args), parts=tuple(args.parts))), args)


def cmd_words(args: argparse.Namespace) -> None:
    """Word and punctuation tokens with offsets into the file's decoded text."""
    from .tokenize import words

    _emit(_spans(words(_load(args), parts=tuple(args.parts))), args)


def cmd_hedges(args: argparse.Namespace) -> None:
    """Hedges and boosters: the summary (body and headline apart) and every match."""
    from .hedging import find_hedges, hedging_summary

    a = _load(args)
    summary = hedging_summary(a, parts=tuple(args.parts))
    if not a.is_english:  # the lexicons are English: no rates for another language
        _emit({"name": a.name, "language": a.language,
               "not_measured": f"the article is in {a.language}; the hedge and booster "
                               "lexicons are English, so no rates are given"}, args)
        return
    _emit({"name": a.name, "body": summary.body, "headline": summary.headline,
           "by_category": summary.by_category, "by_paragraph": summary.by_paragraph,
           "matches": find_hedges(a, parts=tuple(args.parts))}, args)


def _hedges_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--parts", nargs="+", default=["title", "subtitle", "body"],
                   choices=["title", "subtitle", "caption", "credit", "body"],
                   help="parts to analyse (default: title subtitle body)")


def cmd_evaluate(args: argparse.Namespace) -> None:
    """Score the hedge detector on Szeged/BioScope XML: sentence and cue P/R/F1 by type;
    --errors adds the errors counted by cue word, --compare the pinned and baseline figures."""
    from pathlib import Path

    from .evaluate import (
        error_table,
        evaluate,
        format_errors,
        format_result,
        read_uncertainty_xml,
        write_reference,
    )
    from .evaluate.gate import format_comparison, pin_scores, pinned_scores

    for out in (args.write_reference, args.errors_csv, args.pin):
        if out and Path(out).resolve() == Path(args.path).resolve():
            raise ArticleError(f"{out}: output would overwrite the input corpus; "
                               "choose another path")
    gold = read_uncertainty_xml(args.path)
    splits = ["all", "dev", "test"] if args.split == "each" else [args.split]
    results = [evaluate(gold, split=s, use_tags=not args.no_tags) for s in splits]
    if args.write_reference:
        from . import paths
        from .evaluate.uncertainty import REFERENCE_FILE
        from .outputs import check_output

        check_output(args.write_reference, inputs=[args.path],
                     committed=paths.DATA_DIR / "reference" / REFERENCE_FILE)
        out = write_reference(results, args.path, args.write_reference)
        print(f"wrote {out}", file=sys.stderr)
    if args.pin:
        out = pin_scores(results, args.path, args.pin)
        print(f"wrote {out}", file=sys.stderr)
    if args.errors_csv:
        import pandas as pd

        table = pd.concat([error_table(r, typed=True).assign(split=r.split) for r in results],
                          ignore_index=True)
        table.to_csv(args.errors_csv, index=False)
        print(f"wrote {args.errors_csv}", file=sys.stderr)
    if args.json:
        _emit([{"split": r.split, "sentences": r.sentences,
                "uncertain_sentences": r.uncertain_sentences, "gold_cues": r.gold_cues,
                "words": r.words,
                "sentence_level": {k: getattr(r.sentence_level, k)
                                   for k in ("precision", "recall", "f1")},
                "cue_level": {k: getattr(r.cue_level, k) for k in ("precision", "recall", "f1")},
                "by_type": r.by_type, "by_type_sentence": r.by_type_sentence,
                "rates": r.rates,
                **({"errors": error_table(r, typed=True)} if args.errors else {})}
               for r in results], args)
        return
    for r in results:
        print(format_result(r))
        if args.errors:
            print(format_errors(r, top=args.errors))
        print()
    if args.compare:
        print(format_comparison(results, pinned_scores()))


def cmd_evaluate_attribution(args: argparse.Namespace) -> None:
    """Score attribution on PolNeAR brat files: cue P/R/F1, source and content token F1."""
    from .evaluate.attribution import (
        cue_errors,
        format_attribution_score,
        format_cue_errors,
        predict_attributions,
        read_polnear,
        score,
    )

    splits = ["all", "dev", "test"] if args.split == "each" else [args.split]
    for split in splits:
        docs = read_polnear(args.path, split=split, limit=args.limit)
        preds = [predict_attributions(d.text) for d in docs]
        res = score(docs, preds, split=split)
        if args.errors:
            print(format_cue_errors(*cue_errors(docs, preds), n=args.errors))
        if args.json:
            c = res.cue
            _emit({"split": split, "documents": res.documents, "cue": {
                "precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp,
                "fp": c.fp, "fn": c.fn}, "source_f1": res.source_f1,
                "source_exact": res.source_exact, "content_f1": res.content_f1,
                "content_exact": res.content_exact}, args)
        else:
            print(format_attribution_score(res))


def _evaluate_attribution_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="a PolNeAR folder (text/*.txt and attributions/*.ann)")
    p.add_argument("--split", default="all", choices=["all", "dev", "test", "each"],
                   help="files by a stable hash of their name: dev (4 in 5), test, all, each")
    p.add_argument("--limit", type=int, default=None, help="only the first N files of the split")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--errors", type=int, nargs="?", const=25, default=0, metavar="N",
                   help="also print the N most frequent missed and false-positive cue texts "
                        "(default 25)")


def _evaluate_args(p: argparse.ArgumentParser) -> None:
    from . import paths

    p.add_argument("path", help="Szeged Uncertainty Corpus or BioScope XML file")
    p.add_argument("--split", default="each", choices=["each", "all", "dev", "test"],
                   help="which documents to score (default each: all, dev and test)")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.add_argument("--errors", type=int, nargs="?", const=15, default=0, metavar="N",
                   help="also print the errors counted by cue word: the N most frequent false "
                        "positives, misses and wrong types (default 15)")
    p.add_argument("--errors-csv", default=None, metavar="CSV",
                   help="write the whole error table (every cue, every split) to CSV")
    p.add_argument("--no-tags", action="store_true",
                   help="score the context rules without part-of-speech tags (lexical context)")
    p.add_argument("--compare", action="store_true",
                   help="print the baseline, pinned and current figures side by side")
    p.add_argument("--pin", nargs="?", default=None, metavar="JSON",
                   const=str(paths.DATA_DIR / "reference" / "uncertainty_scores.json"),
                   help="store the figures as the pinned floor the tests check")
    p.add_argument("--write-reference", nargs="?", default=None, metavar="CSV",
                   const=str(paths.DATA_DIR / "reference" / "factbank_hedging_rates.csv"),
                   help="store the corpus rates (gold and detector) as the news reference")


def cmd_evaluate_extraction(args: argparse.Namespace) -> None:
    """Score article extraction on a folder in the article-pages layout: body P/R/F1 in the
    benchmark's shingle metric and the headline exact-match share."""
    from .evaluate.extraction import evaluate_extraction, extraction_table, format_extraction

    if args.pin:  # every page once; the three halves are pinned from that one table
        from .evaluate.extraction import half_of, pin_extraction

        full = extraction_table(args.path, input=args.input, half="all")
        pin_extraction(args.path, input=args.input, table=full)
        print(f"pinned the {args.input} rows (all, tune, held-out) in "
              "analysis/data/extraction_scores.json", file=sys.stderr)
        table = full[full["id"].isin(half_of(list(full["id"]), args.half))]
    else:
        table = extraction_table(args.path, input=args.input, half=args.half)
    score = evaluate_extraction(args.path, input=args.input, table=table)
    if args.json:
        _emit({"score": score, "pages": table}, args)
        return
    print(format_extraction(score, half=args.half))
    if args.worst:
        df = table.assign(f1=2 * table.precision * table.recall
                          / (table.precision + table.recall).where(lambda x: x > 0))
        for row in df.sort_values("f1").head(args.worst).itertuples(index=False):
            print(f"  {row.id[:12]}  P {row.precision:.2f}  R {row.recall:.2f}  "
                  f"headline {'ok' if row.headline_ok else row.headline[:50]!r}")


def _evaluate_extraction_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="a folder with html/ID.html.gz, text/ID.txt, ground-truth.json")
    p.add_argument("--input", default="text", choices=["text", "html"],
                   help="load the pages' text form (default) or their HTML")
    p.add_argument("--half", default="all", choices=["all", "tune", "held-out"],
                   help="score every page (default), the tuning half (even positions of the "
                        "sorted IDs) or the held-out half (odd positions)")
    p.add_argument("--json", action="store_true", help="print JSON with the per-page table")
    p.add_argument("--worst", type=int, default=0, metavar="N",
                   help="also list the N pages with the lowest body F1")
    p.add_argument("--pin", action="store_true",
                   help="store this input's all/tune/held-out scores as the pinned floor the "
                        "tests check (analysis/data/extraction_scores.json)")


def cmd_readability(args: argparse.Namespace) -> None:
    """Readability of the body (with --headline, title and subtitle too): counts, the nine
    scores, grade equivalents, reasons for any NaN, and notes; --table adds per-unit rows."""
    from .readability import readability, readability_table

    a = _load(args)
    r = readability(a, include_headline=args.headline)
    data: dict[str, Any] = {"name": a.name, "counts": r.counts, "scores": r.scores(),
                            "grades": r.grades(), "nan_reasons": r.nan_reasons,
                            "notes": list(r.notes)}
    if not a.is_english:  # the formulas are fitted to English: no numbers for other languages
        why = f"the article is in {a.language}; the readability formulas are for English"
        data["scores"] = {k: float("nan") for k in data["scores"]}
        data["grades"] = {k: float("nan") for k in data["grades"]}
        data["nan_reasons"] = {k: why for k in data["scores"]}
    data["language"] = a.language
    if args.table:
        data["table"] = readability_table(a, by=args.table, include_headline=args.headline)
    _emit(data, args)


def _readability_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--headline", action="store_true", help="count the title and subtitle too")
    p.add_argument("--table", choices=["sentence", "paragraph"], default=None,
                   help="add one row per sentence or paragraph")


def _flag_names(exc: ArticleError) -> str:
    """The error's message as a command-line user needs it: the library's keyword
    (``encoding='cp1252'``) becomes the flag (``--encoding cp1252``)."""
    return re.sub(r"\bencoding='([^']*)'", r"--encoding \1", str(exc))


def cmd_report(args: argparse.Namespace) -> None:
    """Run every notebook on an article (default: the seed essay) and write HTML reports.

    With PATH, everything goes under --out (default out/<article name>/): notebooks/,
    reports/, figures/, results/. Without PATH, the seed's committed reports, figures and
    results are rewritten (what `make report` does).
    """
    # This process only runs notebooks: jsonschema (imported by nbformat) would build the
    # RFC 3987 grammar of rfc3987_syntax, about 1 s, for "iri" format checks that nbformat's
    # schema never asks for. Without the module jsonschema simply has no "iri" checker.
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    from . import errors
    from .report import NotebookFailedError, build_reports

    try:
        build_reports(args.path, args.out, jobs=args.jobs, overwrite=args.overwrite,
                      encoding=args.encoding)
    except NotebookFailedError as exc:
        user_error = isinstance(getattr(errors, exc.ename, None), type) and issubclass(
            getattr(errors, exc.ename), ArticleError)
        # An ArticleError raised inside a kernel is still the input's fault: exit 2 like the
        # other commands, with the notebook named so the reader knows where it surfaced.
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2 if user_error else 1) from None


def cmd_profile(args: argparse.Namespace) -> None:
    """Headline numbers for many articles, one row each (files, folders of *.txt files or,
    with --engine dask, globs); --engine dask streams rows to --out on a Dask cluster."""
    from .outputs import check_output, write_error
    from .profile import article_paths, profile_table

    if args.engine == "dask":
        _profile_dask(args)
        return
    if args.out or args.workers or args.scheduler:
        raise ArticleError("--out, --workers and --scheduler need --engine dask "
                           "(without it, write a table with --csv FILE)")
    files = article_paths(args.paths)
    if not files:
        raise ArticleError(f"no articles (*.txt files) in {printable(' '.join(args.paths))}; "
                           "give .txt files or folders that hold them.")
    if args.csv:  # checked before any article is read: a refusal costs nothing
        check_output(args.csv, inputs=files)
    try:
        df = profile_table(files, encoding=args.encoding, skip_errors=args.skip_errors,
                           progress=False if args.no_progress else None)
    except ArticleError as exc:
        if len(files) > 1:
            raise type(exc)(f"{exc} (to record unreadable files in an 'error' column and go "
                            "on with the others, pass --skip-errors)") from None
        raise
    if "error" in df.columns:
        bad = df[df["error"].notna()]
        names = ", ".join(printable(str(p)) for p in bad["path"].head(5))
        more = " ..." if len(bad) > 5 else ""
        print(f"skipped {len(bad)} of {len(df)} file(s) that are not readable articles: "
              f"{names}{more} (see the 'error' column)", file=sys.stderr)
    if args.csv:
        try:
            df.to_csv(args.csv, index=False, float_format="%.6g", lineterminator="\n")
        except OSError as exc:
            raise write_error(args.csv, exc) from None
        print(f"wrote {len(df)} rows to {printable(args.csv)}", file=sys.stderr)
    else:
        _emit(df, args)


def _profile_dask(args: argparse.Namespace) -> None:
    from .corpus import CorpusOutputError, profile_corpus

    if not args.out:
        raise CorpusOutputError("--engine dask writes its rows to a file: give --out "
                                "FILE.parquet (or .csv)")
    if args.workers and args.scheduler:
        raise CorpusOutputError("give --workers (a local cluster) or --scheduler (an existing "
                                "one), not both")
    out = profile_corpus(args.paths, out=args.out, workers=args.workers,
                         scheduler=args.scheduler, encoding=args.encoding,
                         overwrite=args.overwrite,
                         progress=False if args.no_progress else None)
    import pyarrow.parquet as pq

    if out.suffix.lower() == ".parquet":
        table = pq.read_table(out, columns=["error"])
        rows, errors = table.num_rows, table.num_rows - table.column("error").null_count
    else:
        import pandas as pd

        errs = pd.read_csv(out, usecols=["error"])["error"]
        rows, errors = len(errs), int(errs.notna().sum())
    print(f"wrote {rows} rows to {out} ({errors} with an error)", file=sys.stderr)


def _report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", default=None,
                   help="a plain-text article (.txt); omit for the seed essay")
    p.add_argument("--out", default=None,
                   help="output folder (default: out/<article name>/; the repository's own "
                        "folders for the seed)")
    p.add_argument("--jobs", type=int, default=None,
                   help="notebooks run at once (default: one per CPU core, at most 4)")
    p.add_argument("--overwrite", action="store_true",
                   help="write into an --out folder that already holds files (an earlier "
                        "report); without it such a folder is refused")
    p.add_argument("--encoding", default=None,
                   help="the article file's encoding, e.g. cp1252 (default: utf-8, or an HTML "
                        "page's declared charset)")


def _profile_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="articles (.txt) or folders of them")
    p.add_argument("--encoding", default=None,
                   help="the files' encoding (default: utf-8, or an HTML page's declared charset)")
    p.add_argument("--csv", default=None, help="write CSV here instead of JSON on stdout")
    p.add_argument("--skip-errors", action="store_true",
                   help="record unreadable files in an 'error' column instead of stopping")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: one process, JSON or --csv; dask: a Dask cluster, rows "
                        "streamed to --out, bad files in an 'error' column")
    p.add_argument("--out", default=None, metavar="FILE",
                   help="with --engine dask: the .parquet or .csv file to write")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="with --engine dask: local worker processes (default: one per core)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="with --engine dask: an existing dask.distributed scheduler")
    p.add_argument("--overwrite", action="store_true",
                   help="with --engine dask: replace an existing --out file")


def cmd_stance(args: argparse.Namespace) -> None:
    """Stance wording: summary per 1,000 words, every marker, attributions and quotations."""
    from .stance import attributions, find_stance, quotations
    from .stance_rates import stance_summary

    a = _load(args)
    actors = args.actors
    _emit({"name": a.name, "summary": stance_summary(a, actors=actors),
           "markers": find_stance(a, actors=actors),
           "attributions": attributions(a, actors=actors),
           "quotations": quotations(a, actors=actors)}, args)


def _stance_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actors", default=None,
                   help="a CSV of actors (columns alias, actor[, type, note]) to use instead "
                        "of analysis/lexicons/actors.csv")


def _path_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="an article: plain text (.txt) or a saved page (.html, .html.gz)")
    p.add_argument("--encoding", default=None,
                   help="the file's encoding (default: utf-8, or an HTML page's declared charset)")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")


def _parts_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--parts", nargs="+", default=["body"],
                   choices=["title", "subtitle", "caption", "credit", "body"],
                   help="which parts of the article to segment (default: body)")


#: name -> (handler, help, extra-argument adders)
COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], None], str, list[Callable]]] = {
    "article": (cmd_article, "the article's structure as JSON", [_path_args]),
    "sentences": (cmd_sentences, "sentence spans as JSON", [_path_args, _parts_arg]),
    "words": (cmd_words, "word spans as JSON", [_path_args, _parts_arg]),
    "hedges": (cmd_hedges, "hedges and boosters as JSON", [_path_args, _hedges_args]),
    "evaluate": (cmd_evaluate, "score the hedge detector on Szeged/BioScope XML",
                 [_evaluate_args]),
    "evaluate-extraction": (cmd_evaluate_extraction,
                            "score article extraction on a folder of pages (P/R/F1, headline)",
                            [_evaluate_extraction_args]),
    "evaluate-attribution": (cmd_evaluate_attribution,
                             "score attribution on PolNeAR brat files (cue, source, content)",
                             [_evaluate_attribution_args]),
    "readability": (cmd_readability, "readability counts and scores as JSON",
                    [_path_args, _readability_args]),
    "report": (cmd_report, "run every notebook on an article, write HTML reports",
               [_report_args]),
    "profile": (cmd_profile, "headline numbers for many articles (JSON or --csv)",
                [_profile_args]),
    "stance": (cmd_stance, "stance markers, attributions and quotations as JSON",
               [_path_args, _stance_args]),
}


class _Parser(argparse.ArgumentParser):
    """argparse with a hint when a file name that starts with "-" was taken for an option."""

    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        import os

        dashed = [a for a in sys.argv[1:] if a.startswith("-") and a != "-"
                  and os.path.exists(a)]
        if dashed:
            message += (f"; {printable(dashed[0])!s} is a file: put -- before file names that "
                        f"start with '-', e.g. python -m analysis {self.prog.split()[-1]} -- "
                        f"{printable(dashed[0])}")
        super().error(printable(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analysis", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (handler, help_, adders) in COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=handler.__doc__)
        for add in adders:
            add(p)
        p.set_defaults(handler=handler)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status (0 ok, 2 user error)."""
    args = build_parser().parse_args(argv)
    try:
        with warnings.catch_warnings():  # InputWarning etc.: one "warning: ..." line each
            warnings.showwarning = lambda msg, *a, **k: print(f"warning: {printable(str(msg))}",
                                                              file=sys.stderr)
            args.handler(args)
    except ArticleError as exc:
        print(f"error: {printable(_flag_names(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return 0
