"""`evaluate` gives the reference scorer's figures, plus errors a developer can act on."""
from __future__ import annotations

import copy
import importlib.util
import json
import random
from functools import cache

import pytest

from communique.errors import GoldError
from communique.evaluate import Counts, evaluate, evaluate_documents, event_key, norm, publisher_of, same_person
from communique.ingest.text import document_from_text

from conftest import DEV, GOLD, SHARED, needs_shared

SCORE_PY = SHARED / "tools" / "score.py"
WORLD_GOLD, WORLD = GOLD / "world", SHARED / "corpus" / "world" / "world.jsonl"
SETS = {"dev": (GOLD, DEV), "world": (WORLD_GOLD, WORLD)}  # gold, corpus


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


# -- a participant named only by office, and the speaker matched through it ---------------------------

CALL = "The Prime Minister spoke to President Macron today. The Prime Minister welcomed the French offer."
PM = {"name": "Prime Minister", "title": "Prime Minister", "country": "GBR"}  # the text never names them
MACRON = {"name": "Emmanuel Macron", "title": "President", "country": "FRA"}
CALL_GOLD = {"doc_id": "call", "participants": [PM, MACRON],
             "statements": [{"text": "The Prime Minister welcomed the French offer.", "speaker": "Prime Minister"}]}
JOHNSON = {"name": "Boris Johnson", "title": "Prime Minister", "country": "GBR"}  # a dictionary's office holder


def _call(participants, speaker=None):
    start = CALL.index("The Prime Minister welcomed")
    return {"doc_id": "call", "participants": participants,
            "statements": [{"span": [start, len(CALL)], "speaker": speaker}]}


@pytest.mark.parametrize(("system", "missing", "extra"), [
    (JOHNSON, [], []),  # office-only gold: the system's office holder of that country is them, whatever the name
    (dict(JOHNSON, title="prime-minister"), [], []),  # titles compare folded
    (dict(JOHNSON, name="Prime Minister"), [], []),  # the names match as they always did
    (dict(JOHNSON, title="Foreign Secretary"), ["Prime Minister"], ["Boris Johnson"]),
    (dict(JOHNSON, title=None), ["Prime Minister"], ["Boris Johnson"]),
    (dict(JOHNSON, country="AUS"), ["Prime Minister"], ["Boris Johnson"]),  # same office, other country
])
def test_gold_named_by_office_matches_the_office_holder(tmp_path, system, missing, extra):
    report = evaluate(_gold_dir(tmp_path, CALL_GOLD), {"call": _call([system, MACRON])}, {"call": CALL})
    (d,) = report.documents
    assert [p["name"] for p in d.participants_missing] == missing
    assert [p["name"] for p in d.participants_extra] == extra
    assert report.prf["participants"]["r"] == (1.0 if not missing else 0.5)


def test_a_named_gold_participant_does_not_match_by_office(tmp_path):
    gold = dict(CALL_GOLD, participants=[dict(PM, name="Theresa May"), MACRON])
    report = evaluate(_gold_dir(tmp_path, gold), {"call": _call([JOHNSON, MACRON])}, {"call": CALL})
    assert report.documents[0].participants_missing == [{"name": "Theresa May", "country": "GBR"}]


def test_office_matching_is_greedy_in_gold_order(tmp_path):
    """The office-only gold participant comes first and takes the first office holder, the one whose
    name the second gold participant has: score.py scores it so, and so must we."""
    gold = dict(CALL_GOLD, participants=[PM, dict(PM, name="Rishi Sunak", title="Chancellor")])
    system = _call([dict(JOHNSON, name="Rishi Sunak"), JOHNSON])
    report = evaluate(_gold_dir(tmp_path, gold), {"call": system}, {"call": CALL})
    assert report.documents[0].participants_missing == [{"name": "Rishi Sunak", "country": "GBR"}]
    assert report.prf["participants"] == {"p": 0.5, "r": 0.5, "f1": 0.5}


@pytest.mark.parametrize(("participants", "speaker", "right"), [
    ([JOHNSON, MACRON], "Boris Johnson", True),  # the name the gold "Prime Minister" was matched to
    ([JOHNSON, MACRON], "Prime Minister", True),  # the gold's own words
    ([JOHNSON, MACRON], "Emmanuel Macron", False),
    ([dict(JOHNSON, title="Foreign Secretary"), MACRON], "Boris Johnson", False),  # not matched, so not aligned
    ([MACRON], None, False),  # narration
])
def test_speaker_matched_through_the_aligned_participant(tmp_path, participants, speaker, right):
    report = evaluate(_gold_dir(tmp_path, CALL_GOLD), {"call": _call(participants, speaker)}, {"call": CALL})
    assert report.accuracy["speaker"] == (1.0 if right else 0.0)
    assert [(s.gold, s.system) for s in report.documents[0].speakers] == ([] if right else [("Prime Minister", speaker)])


# -- figures per publisher ---------------------------------------------------------------------------

@pytest.mark.parametrize(("doc_id", "publisher", "group"), [
    ("ru-kremlin-101", "RUS", "RUS"),  # the code found from the document's URL
    ("jp-mofa-105", None, "jp-mofa"),  # no URL: the id's prefix before the last "-"
    ("us-whitehouse-2021-01-22-1", None, "us-whitehouse-2021-01-22"),
    ("004_4ed7dbded0f9f16b", None, "004_4ed7dbded0f9f16b"),  # no "-": the id
])
def test_publisher_of(doc_id, publisher, group):
    assert publisher_of(doc_id, publisher) == group


def _publisher_report(tmp_path):
    golds = [dict(GOLD_DOC, doc_id=d) for d in ("ru-kremlin-101", "ru-kremlin-102", "us-state-101", "us-state-102")]
    good = {"doc_id": "x", **{k: GOLD_DOC[k] for k in ("date", "encounter", "location", "participants", "issues")}}
    readouts = {"ru-kremlin-101": dict(good, doc_id="ru-kremlin-101"), "us-state-101": dict(good, doc_id="us-state-101"),
                "us-state-102": {"doc_id": "us-state-102", "date": "2022-05-02"}}  # ru-kremlin-102: none
    publishers = {"ru-kremlin-101": "RUS", "ru-kremlin-102": "RUS", "us-state-101": "USA"}  # us-state-102: no URL
    return evaluate(_gold_dir(tmp_path, *golds), readouts, {g["doc_id"]: TEXT for g in golds}, publishers=publishers)


def test_by_publisher_puts_each_document_in_its_publishers_row(tmp_path):
    groups = _publisher_report(tmp_path).by_publisher()
    assert {name: [d.doc_id for d in g.documents] for name, g in groups.items()} == {
        "RUS": ["ru-kremlin-101", "ru-kremlin-102"], "USA": ["us-state-101"], "us-state": ["us-state-102"]}
    assert groups["RUS"].missing == ["ru-kremlin-102"] and groups["RUS"].prf["participants"]["r"] == 0.5
    assert groups["USA"].accuracy["date"] == 1.0 and groups["USA"].prf["participants"]["f1"] == 1.0
    assert groups["us-state"].accuracy == {"date": 1.0, "encounter": 0.0, "location": 0.0, "speaker": 0.0,
                                           "published": 1.0}


def test_groups_pool_back_into_the_whole(tmp_path):
    report = _publisher_report(tmp_path)
    groups = report.by_publisher()
    assert sum(g.docs for g in groups.values()) == report.docs
    assert sum((c for g in groups.values() for c in g.counts), Counts()).figures() == (report.accuracy, report.prf)
    assert report.by(lambda doc_id: "all")["all"].scores() == report.scores()


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

@cache
def _score_py():
    spec = importlib.util.spec_from_file_location("score_py", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _golds(gold_dir) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def _perturbed_gold(gold_dir, texts: dict[str, str], seed: int) -> dict[str, dict]:
    """System output made from the gold with errors of every kind, so every rule of the scorer counts;
    an office-only participant ("Prime Minister") often gets a dictionary's name for the office
    holder, and then speaks under it, so the office and alignment rules count too."""
    rng = random.Random(seed)
    out = {}
    for gold in _golds(gold_dir):
        sysr = copy.deepcopy(gold)
        renamed = {}
        for p in sysr["participants"]:
            if p.get("title") and norm(p["name"]) == norm(p["title"]) and rng.random() < 0.7:
                renamed[p["name"]], p["name"] = "Office Holder", "Office Holder"
                if rng.random() < 0.2:
                    p["title"] = None  # then it matches nobody, and its speeches are wrong
        text, cursor, stmts = texts[gold["doc_id"]], 0, []
        for s in gold["statements"]:
            start = text.find(s["text"], cursor)
            cursor = start + len(s["text"])
            roll = rng.random()
            speaker = s["speaker"] if roll < 0.6 else ("both" if roll < 0.7 else None if roll < 0.8 else "Someone Else")
            speaker = renamed.get(speaker, speaker) if rng.random() < 0.8 else speaker
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


def _pipeline_output(corpus) -> dict[str, dict]:
    from communique.ingest import read_paths
    from communique.pipeline import extract_many

    return {r.doc_id: r.to_dict() for r in extract_many(d for d in read_paths([corpus]) if not isinstance(d, Exception))}


@needs_shared
@pytest.mark.parametrize("gold_set", list(SETS))
@pytest.mark.parametrize("system", ["pipeline", "perturbed-1", "perturbed-2", "perturbed-3"])
def test_same_figures_as_score_py(gold_set, system, tmp_path):
    gold_dir, corpus = SETS[gold_set]
    texts = _score_py().load_texts(corpus)
    readouts = _pipeline_output(corpus) if system == "pipeline" else _perturbed_gold(gold_dir, texts, int(system[-1]))
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in readouts.values()), encoding="utf-8")
    assert evaluate(gold_dir, readouts, texts).scores() == _score_py().score(gold_dir, corpus, path)
