"""`evaluate` gives the reference scorer's figures, plus errors a developer can act on."""
from __future__ import annotations

import copy
import json
import random
import subprocess
import sys

import pytest

from communique.errors import GoldError
from communique.evaluate import evaluate, evaluate_documents, event_key, same_person
from communique.ingest.text import document_from_text

from conftest import DEV, GOLD, SHARED, dev_texts, gold_records, needs_shared

SCORE_PY = SHARED / "tools" / "score.py"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Wang Yi", "Wang Yi", True),
    ("President Joseph R. Biden, Jr.", "Joseph R Biden", True),  # the shorter name's words are all in the longer
    ("Bùi Thanh Sơn", "bui thanh son", True),  # accents and case fold away
    ("Kishida", "Fumio Kishida", True),
    ("Wang Yi", "Wang Wenbin", False),
    ("both", "both", True),
    ("both", "Wang Yi", False),
    (None, None, True),
    (None, "Wang Yi", False),
    ("", "Wang Yi", False),  # no words matches nobody
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_symmetric_events_ignore_direction():
    assert event_key({"type": "CONSULT", "actor": "VNM", "target": "CHN"}) == ("CONSULT", "CHN", "VNM")
    assert event_key({"type": "AGREE", "actor": "VNM", "target": "CHN"}) == ("AGREE", "VNM", "CHN")


TEXT = "On May 2, Ann Lee met Bo Chen in Paris. Ann Lee said hello. The two sides agreed."
GOLD_DOC = {
    "doc_id": "d", "date": "2022-05-02", "encounter": "meeting", "published": None,
    "location": {"name": "Paris", "country": "FRA"},
    "participants": [{"name": "Ann Lee", "country": "GBR"}, {"name": "Bo Chen", "country": "CHN"}],
    "statements": [
        {"text": "On May 2, Ann Lee met Bo Chen in Paris.", "speaker": None},
        {"text": "Ann Lee said hello.", "speaker": "Ann Lee"},
        {"text": "The two sides agreed.", "speaker": "both"},
    ],
    "issues": ["trade_investment", "climate_energy"],
    "events": [{"type": "CONSULT", "actor": "GBR", "target": "CHN"}, {"type": "AGREE", "actor": "GBR", "target": "CHN"}],
}


def _gold_dir(tmp_path, *records):
    folder = tmp_path / "gold"
    folder.mkdir()
    for rec in records:
        (folder / f"{rec['doc_id']}.json").write_text(json.dumps(rec), encoding="utf-8")
    return folder


def test_errors_say_what_differs(tmp_path):
    system = {
        "doc_id": "d", "date": "2022-05-03", "encounter": "meeting", "published": None,
        "location": {"name": "paris"},  # names compare folded
        "participants": [{"name": "Ann Lee", "country": "GBR"}, {"name": "Cy Doe", "country": "USA"}],
        "statements": [{"span": [0, 39], "speaker": None}, {"span": [40, 59], "speaker": "Bo Chen"}],
        "issues": ["trade_investment", "ukraine"],
        "events": [{"type": "CONSULT", "actor": "CHN", "target": "GBR"}],
    }
    report = evaluate(_gold_dir(tmp_path, GOLD_DOC), {"d": system}, {"d": TEXT})
    assert report.accuracy == {"date": 0.0, "encounter": 1.0, "location": 1.0, "speaker": 0.3333, "published": 1.0}
    assert report.prf["participants"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    (d,) = report.documents
    assert [(f.field, f.gold, f.system) for f in d.fields] == [("date", "2022-05-02", "2022-05-03")]
    assert [(s.gold, s.system, s.covered) for s in d.speakers] == [("Ann Lee", "Bo Chen", True), ("both", None, False)]
    assert d.participants_missing == [{"name": "Bo Chen", "country": "CHN"}]
    assert d.participants_extra == [{"name": "Cy Doe", "country": "USA"}]
    assert (d.issues_missing, d.issues_extra) == (["climate_energy"], ["ukraine"])
    assert (d.events_missing, d.events_extra) == ([["AGREE", "GBR", "CHN"]], [])
    assert not d.ok and report.to_dict()["documents"][0]["doc_id"] == "d"


def test_a_document_without_output_is_missing(tmp_path):
    report = evaluate(_gold_dir(tmp_path, GOLD_DOC), {}, {"d": TEXT})
    assert report.missing == ["d"] and report.documents[0].no_output
    assert report.scores()["missing"] == ["d"] and report.accuracy["speaker"] == 0.0


def test_a_perfect_document_has_no_errors(tmp_path):
    system = copy.deepcopy(GOLD_DOC)
    system["statements"] = [{"span": [TEXT.index(s["text"]), TEXT.index(s["text"]) + len(s["text"])],
                             "speaker": s["speaker"]} for s in GOLD_DOC["statements"]]
    report = evaluate(_gold_dir(tmp_path, GOLD_DOC), {"d": system}, {"d": TEXT})
    assert report.documents[0].ok and report.to_dict()["documents"] == []
    assert report.prf["events"]["f1"] == 1.0 and report.accuracy["speaker"] == 1.0


def test_gold_that_is_not_json_is_a_one_line_gold_error(tmp_path):
    folder = _gold_dir(tmp_path, GOLD_DOC)
    (folder / "broken.json").write_text('{"doc_id": "x",\n  "date": }', encoding="utf-8")
    with pytest.raises(GoldError) as info:
        evaluate(folder, {}, {})
    msg = str(info.value)
    assert msg.startswith(str(folder / "broken.json") + ": not valid JSON") and "line 2" in msg
    assert msg.endswith("[C400]") and "\n" not in msg


@pytest.mark.parametrize("content", ['["a list"]', '{"date": "2022-01-01"}'])
def test_gold_without_doc_id_is_a_gold_error(tmp_path, content):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "x.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match="doc_id"):
        evaluate(folder, {}, {})


def test_missing_or_empty_gold_dir_is_a_gold_error(tmp_path):
    with pytest.raises(GoldError, match="no such directory"):
        evaluate(tmp_path / "nope", {}, {})
    with pytest.raises(GoldError, match="no gold files"):
        evaluate(tmp_path, {}, {})


def test_evaluate_documents_extracts_and_scores(tmp_path):
    folder = _gold_dir(tmp_path, GOLD_DOC)
    report = evaluate_documents(folder, [document_from_text(TEXT, doc_id="d")])
    assert report.docs == 1 and report.missing == []


# -- the same numbers as the reference scorer --------------------------------------------------------

def _perturbed_gold(seed: int) -> dict[str, dict]:
    """System output made from the gold with errors of every kind, so every rule of the scorer counts."""
    rng = random.Random(seed)
    texts = {k: t for k, (t, _) in dev_texts().items()}
    out = {}
    for gold in gold_records():
        sysr = copy.deepcopy(gold)
        text, cursor, stmts = texts[gold["doc_id"]], 0, []
        for s in gold["statements"]:
            start = text.find(s["text"], cursor)
            cursor = start + len(s["text"])
            roll = rng.random()
            speaker = s["speaker"] if roll < 0.6 else ("both" if roll < 0.7 else None if roll < 0.8 else "Someone Else")
            if roll < 0.95:  # else leave the sentence uncovered
                stmts.append({"span": [start, cursor], "speaker": speaker})
        sysr["statements"] = stmts
        if rng.random() < 0.3:
            sysr["date"] = "1999-01-01"
        if rng.random() < 0.3:
            sysr["encounter"] = "other"
        if rng.random() < 0.3:
            sysr["location"] = {"name": "Atlantis"} if rng.random() < 0.5 else None
        if sysr["participants"] and rng.random() < 0.5:
            sysr["participants"].pop()
        if rng.random() < 0.5:
            sysr["participants"].append({"name": "Extra Person", "country": "FRA"})
        sysr["issues"] = [i for i in gold["issues"] if rng.random() < 0.7] + (["ukraine"] if rng.random() < 0.5 else [])
        sysr["events"] = [dict(e, actor=e.get("target"), target=e.get("actor")) if rng.random() < 0.3 else e
                          for e in gold.get("events", []) if rng.random() < 0.8]
        if rng.random() < 0.15:
            continue  # a document the system did not produce
        out[gold["doc_id"]] = sysr
    return out


def _score_py(system: dict[str, dict], tmp_path) -> dict:
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in system.values()), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCORE_PY), str(GOLD), str(DEV), str(path), "--json"],
                          capture_output=True, text=True, check=True, timeout=60)
    return json.loads(done.stdout)


def _pipeline_output() -> dict[str, dict]:
    from communique.ingest import read_paths
    from communique.pipeline import extract_many

    return {r.doc_id: r.to_dict() for r in extract_many(d for d in read_paths([DEV]) if not isinstance(d, Exception))}


@needs_shared
@pytest.mark.parametrize("system", ["pipeline", "perturbed-1", "perturbed-2", "perturbed-3"])
def test_same_figures_as_score_py(system, tmp_path):
    readouts = _pipeline_output() if system == "pipeline" else _perturbed_gold(int(system[-1]))
    texts = {k: t for k, (t, _) in dev_texts().items()}
    assert evaluate(GOLD, readouts, texts).scores() == _score_py(readouts, tmp_path)
