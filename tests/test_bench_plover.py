"""bench/plover_gsr.py scores a coder against PLOVER gold records: checked with a fake coder on
hand-made records, so the figures do not depend on the real coder."""
from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from communique.model import Event, Span

from conftest import ROOT, SHARED

_spec = importlib.util.spec_from_file_location("plover_gsr", ROOT / "bench" / "plover_gsr.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["plover_gsr"] = bench  # dataclasses look their module up while the file runs
_spec.loader.exec_module(bench)

GSR = SHARED / "benchmarks" / "plover_gsr.jsonl"


def record(i: int, text: str, event: str, actors: list[str], recipients: list[str]) -> dict:
    return {"id": f"T-{i}", "text": text, "event": event, "event_original": event, "mode": "",
            "actors": actors, "recipients": recipients}


def ev(type_: str, actor: str, target: str | None) -> Event:
    return Event(type=type_, actor=actor, target=target, span=Span(0, 1), text="x")


RECORDS = [
    record(1, "Japan said it had halted economic aid to Italy.", "SANCTION", ["JAP"], ["ITL"]),
    record(2, "APEC has agreed to set up an energy centre in Tokyo.", "AGREE", ["IGO"], ["JAP"]),
    record(3, "The Palestinians reject proposed Israeli changes.", "REJECT", ["PSE"], ["ISR"]),
    record(4, "Al-Qaeda has threatened the United States.", "THREATEN", ["IMG"], ["USA"]),
    record(5, "Yeltsin hosted the Japanese Prime Minister.", "CONSULT", ["RUS"], ["JAP"]),
]
CODED = {
    # CAMEO JAP and ITL are ISO JPN and ITA; a leading CONSULT is not the main event
    RECORDS[0]["text"]: [ev("CONSULT", "JPN", "ITA"), ev("SANCTION", "JPN", "ITA")],
    RECORDS[1]["text"]: [ev("AGREE", "APEC", "JPN")],  # an organisation code matches IGO
    # top-1 wrong (ACCUSE is the main event), any-match right; the target is wrong too
    RECORDS[2]["text"]: [ev("ACCUSE", "PSE", "USA"), ev("REJECT", "PSE", "ISR")],
    RECORDS[3]["text"]: [],  # not covered; the IMG actor is out of scope, the USA recipient a miss
    RECORDS[4]["text"]: [ev("CONSULT", "RUS", "UNSPECIFIED")],  # CONSULT only: the main event
}


@pytest.fixture(scope="module")
def scores():
    return bench.score(RECORDS, lambda text: CODED[text])


def test_coverage_top1_and_any_match(scores):
    d = scores.to_dict()
    assert (d["n"], d["coverage"], d["top1"], d["any_match"]) == (5, 0.8, 0.6, 0.8)
    assert d["top1_of_coded"] == 0.75
    assert (d["by_type"]["REJECT"]["top1"], d["by_type"]["REJECT"]["any_match"]) == (0.0, 1.0)
    assert (d["by_type"]["THREATEN"]["coverage"], d["by_type"]["CONSULT"]["top1"]) == (0.0, 1.0)


def test_actor_and_recipient_agreement(scores):
    d = scores.to_dict()
    # actors in scope: JAP, IGO, PSE, RUS (IMG is a non-state CAMEO code no coder code can match)
    assert (d["actor"]["n"], d["actor"]["agreement"]) == (4, 1.0)
    assert d["actor"]["by_gold"] == {"state": {"n": 3, "agreement": 1.0}, "IGO": {"n": 1, "agreement": 1.0}}
    # recipients: ITL ok, JAP ok, ISR missed (main event ACCUSE -> USA), USA missed (no event), JAP missed
    assert (d["target"]["n"], d["target"]["agreement"], d["target"]["agreement_of_coded"]) == (5, 0.4, 0.5)


def test_confusions_and_errors(scores):
    assert scores.confusions == [("REJECT", "ACCUSE", 1)]  # sentences without events are not confusions
    assert [c.record["id"] for c in bench.misclassified(scores, 5)] == ["T-3", "T-4"]
    assert bench.error_dict(scores.coded[2])["coded"][0]["type"] == "ACCUSE"


@pytest.mark.parametrize(("coded", "gold", "agrees"), [
    ("JPN", ["JAP"], True),
    ("VNM", ["VTN"], True),
    ("EU", ["IGO"], True),
    ("UNSPECIFIED", ["IGO"], False),  # unnamed outsiders are no organisation
    ("USA", ["IGO"], False),
    ("UN", ["USA"], False),
    (None, ["USA"], False),
])
def test_agrees(coded, gold, agrees):
    assert bench.agrees(coded, gold) is agrees


def test_a_crashing_coder_counts_as_no_event():
    def coder(text):
        raise ValueError("not yet")
    s = bench.score(RECORDS[:2], coder)
    assert (s.crashes, s.to_dict()["coverage"]) == (2, 0.0)
    assert s.coded[0].crash == "ValueError: not yet"


@pytest.mark.skipif(not GSR.is_file(), reason="../shared/benchmarks not beside the repo")
def test_every_gold_code_is_a_state_or_a_known_cameo_code():
    codes = {c for line in GSR.read_text(encoding="utf-8").splitlines()
             for k in ("actors", "recipients") for c in json.loads(line)[k]}
    unknown = {c for c in codes if not bench.is_state(bench.CAMEO_TO_ISO.get(c, c)) and c not in bench.NON_STATE}
    assert not unknown, f"add these CAMEO codes to CAMEO_TO_ISO or NON_STATE: {sorted(unknown)}"


@pytest.mark.skipif(not GSR.is_file(), reason="../shared/benchmarks not beside the repo")
def test_the_script_runs_on_real_records_with_the_real_coder(tmp_path, capsys):
    few = tmp_path / "few.jsonl"
    few.write_text("\n".join(GSR.read_text(encoding="utf-8").splitlines()[:4]) + "\n", encoding="utf-8")
    bench.main([str(few), "--json", "--errors", "2"])
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == 4 and {"coverage", "top1", "any_match", "actor", "target", "errors"} <= set(out)
    bench.main([str(few)])
    assert capsys.readouterr().out.splitlines()[-1].startswith("summary: n=4 ")
