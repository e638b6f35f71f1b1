"""The commands about the pipeline itself: `eval` (its scores on gold), `demo` (a run on the
bundled samples) and `pipeline` (its stages)."""
from __future__ import annotations

import json
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import Literal, Optional

import typer

from communique.cli import common
from communique.cli import format as fmt
from communique.cli import options as opt
from communique.evaluate import evaluate_documents
from communique.pipeline import STAGES
from communique.settings import Settings
from communique.store import Store


@common.app.command("eval")
def eval_(gold: Path = typer.Option(..., "--gold", metavar="DIR", help="Directory of <doc_id>.json gold readouts."),
          corpus: list[Path] = typer.Option(..., "--corpus", metavar="PATH", help="The texts the gold annotates (repeatable)."),
          format: Literal["table", "json"] = opt.TABLE_FORMAT,
          by: Optional[Literal["publisher"]] = typer.Option(
              None, "--by", help="Score each publisher's documents apart: a row each, then the total (JSON: "
                                 "\"by_publisher\"). The publisher is the code found from a document's URL, else "
                                 "its id's prefix (ru-kremlin-101: ru-kremlin).")) -> None:
    """Extract a corpus and score it against gold: the figures of score.py and each document's errors.

    Exits 0 even when some documents fail to read or extract: they are scored as missing.
    """
    failures = common.Failures()
    report = evaluate_documents(gold, common.documents(corpus, Settings(), failures), on_error=failures)
    groups = report.by_publisher() if by == "publisher" else None
    if format == "json":
        data = report.to_dict()
        if groups is not None:
            data[f"by_{by}"] = {name: group.scores() for name, group in groups.items()}
        with common.output() as stream:
            stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif groups is not None:
        common.out.print(fmt.groups_table(groups, report, by=str(by)))
    else:
        common.out.print(fmt.scores_table(report))
        common.out.print(fmt.document_errors(report))


@common.app.command()
def demo() -> None:
    """Run the pipeline on the bundled sample readouts (offline) and show what comes out."""
    failures = common.Failures()
    with tempfile.TemporaryDirectory(prefix="communique-demo-") as tmp:
        paths = _copy_samples(Path(tmp) / "samples")
        with Store(Path(tmp) / "demo.db") as store:
            for _ in store.ingest(common.documents(paths, Settings(), failures), on_error=failures):
                pass
            summary = store.summary()
            docs = store.list()
            example = store.get(max(docs, key=lambda d: len(d.participants)).doc_id) if docs else None
    common.out.print(fmt.demo_view(summary, example))
    failures.exit()


@common.app.command()
def pipeline() -> None:
    """Print the extraction stages in order, with what each reads and writes."""
    common.out.print(fmt.stages_table(STAGES))


def _copy_samples(dest: Path) -> list[Path]:
    """Copy the bundled samples to a real directory: package data may sit inside a zip file."""
    dest.mkdir(parents=True)
    copied = []
    for entry in sorted(resources.files("communique").joinpath("samples").iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.startswith((".", "_")):
            with entry.open("rb") as src, open(dest / entry.name, "wb") as dst:
                shutil.copyfileobj(src, dst)
            copied.append(dest / entry.name)
    return copied
