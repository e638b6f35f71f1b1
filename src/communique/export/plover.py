"""Events as PLOVER JSONL: one record per event under the PLOVER manual's own field names, so
POLECAT users can load ours beside theirs.

Source of the field names: the PLOVER manual, "DRAFT Version: 2.0", repository
openeventdata/PLOVER, file PLOVER_MANUAL.tex, commit 840dbef23bdefca65510af2ebc2aa71041b8c685 (the
version whose score table `lexicons/plover_intensity.tsv` uses): chapter "Data Fields", tables
"PLOVER JSON" (tab:json), "Information object for entities" (tab:actorinfo), "... for text"
(tab:textinfo), "... for citations" (tab:citeinfo), the location object (tab:locations), and the
quad table of chapter "CAMEO vs. PLOVER". Version 2.0 renamed the older `source` to `actor`
("to reduce confusion with the textual source of the event"); the manual suggests JSONL, one
event a line.

| PLOVER field  | ours                                                                                  |
|---------------|---------------------------------------------------------------------------------------|
| id            | "<doc_id>-<ordinal>": unique in a store, as the manual asks                           |
| has_event     | true                                                                                  |
| date          | the readout's date (of the encounter); null when the text gives none                  |
| actor         | [{"code": actor}]: a list of entity objects, our code (ISO alpha-3 or UN, ASEAN, ...)  |
| recipient     | [{"code": target}], or [] when the event has none                                     |
| event         | [type]                                                                                |
| mode          | [mode], or [] (PLOVER's mode names: phone, visit, third-party, multilateral, ...)     |
| context       | PLOVER contexts of the event's issues (lexicons/plover_contexts.tsv), each once; for  |
|               | the encounter's own CONSULT, of the readout's issues (what the meeting was about)     |
| event_text    | [evidence]: the exact source words                                                    |
| text_info     | {"sequence": statement ordinal (null: the encounter), "start", "end"}: the evidence   |
|               | span, character offsets into the readout's full text (`communique show -f json`)     |
| quad_code     | 1-4 from the manual's quad table (REQUEST, ACCUSE, REJECT, SANCTION, THREATEN: 3)     |
| event_scale   | our intensity: the manual's conflict-cooperation score of the type and mode           |
| event_loc     | {"extracted_place", "country_code"} of an in-person encounter, on its CONSULT only    |
| link          | doc_id: links the events of one readout                                               |
| cite_info     | {"corpus": "communique", "citation": doc_id, "url", "title", "coder", "codebook"}     |
| coder         | "communique <version>"                                                                |
| coded_date    | the day the readout was extracted into the store (UTC); coded_time its time           |
| communique    | ours, without a PLOVER name: doc_id, ordinal, target, polarity, negated, issues,      |
|               | trigger/object spans, cue, quantities, encounter, published                          |

Decisions, so that users can undo them: the manual lets a reciprocal CONSULT list every side as
actor with no recipient; we keep the coder's direction (visitor to host, speaker to addressee) so a
record's dyad equals `communique events`. `text` stays out (the manual fills it only with the right
to the text; `event_text` and the offsets give the words). Our `negated` is not PLOVER's negation
auxiliary mode (the type already says "will never accept" is REJECT), and `pledged` is not its
`future` (AGREE is already a promise), so both stay under "communique". Organisation codes are ours
(UN, EU), not the manual's UNO, EUR and IGO.

>>> rec = plover_record({"doc_id": "d1", "ordinal": 0, "date": None, "type": "AGREE", "actor": "CHN",
...     "target": "VNM", "mode": None, "intensity": 2.5, "issues": ["covid19"], "span_start": 0,
...     "span_end": 39, "text": "China will provide vaccines to Vietnam.", "statement": 1})
>>> rec["actor"], rec["recipient"], rec["event"], rec["quad_code"], rec["context"], rec["text_info"]
([{'code': 'CHN'}], [{'code': 'VNM'}], ['AGREE'], 1, ['health'], {'sequence': 1, 'start': 0, 'end': 39})
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache
from typing import IO, Any

from communique import __version__
from communique.errors import LexiconError
from communique.export.tables import EVENTS, Batch, TableSpec, by_doc, columns_from, d, e
from communique.lexicons import load_tsv, load_yaml
from communique.store.schema import issues as issues_table

CODER = f"communique {__version__}"
CODEBOOK = "plover-2.0+communique-readouts"  # PLOVER 2.0 as shared/spec/plover.md applies it to readouts
QUAD = {  # the manual's "Quad categories in PLOVER": 1 verbal cooperation ... 4 material conflict
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
PLOVER_CONTEXTS = (  # the manual's general contexts (tab:general-contexts), in its order
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
)
CONTEXTS_FILE = "plover_contexts.tsv"

PLOVER_SOURCE = TableSpec(
    "events", "The events with the document fields a PLOVER record cites.", EVENTS.source,
    EVENTS.columns + columns_from(
        "trigger_start int32: start of the cue words", "trigger_end int32: their end",
        "object_start int32: start of what is given, asked or condemned", "object_end int32: its end",
        "url string: the readout's URL", "title string: its title", "published date: its metadata date",
        "encounter string: its encounter type", "location_name string: place of an in-person encounter",
        "location_country string: its country code"),  # ingested_at (coded_date) comes through as a datetime
    lambda: EVENTS.select().add_columns(
        e.trigger_start, e.trigger_end, e.object_start, e.object_end, d.url, d.title, d.published, d.encounter,
        d.location_name, d.location_country, d.ingested_at),
    lambda conn, batch: _fill_doc_issues(conn, batch),
)


def _fill_doc_issues(conn: Any, batch: Batch) -> None:
    """The readout's issues on each row: the context of the encounter's CONSULT (what the meeting
    was about; the manual: context "will usually be coded at the paragraph- or document-level")."""
    topics = by_doc(conn, issues_table.c.issue, batch["doc_id"])
    batch["doc_issues"] = [topics.get(doc_id, []) for doc_id in batch["doc_id"]]


@cache
def issue_contexts() -> dict[str, tuple[str, ...]]:
    """Issue id -> its PLOVER contexts, from `lexicons/plover_contexts.tsv`; raises `LexiconError`.

    >>> issue_contexts()["climate_energy"]
    ('environment', 'natural_resource')
    """
    known = set(load_yaml("issues.yaml")["issues"])
    out: dict[str, tuple[str, ...]] = {}
    for line, row in load_tsv(CONTEXTS_FILE, ("issue", "context")):
        where = f"{CONTEXTS_FILE}:{line}"
        if row["issue"] not in known:
            raise LexiconError(f"unknown issue {row['issue']!r}; ids are those of issues.yaml", source=where)
        if row["context"] not in PLOVER_CONTEXTS:
            raise LexiconError(f"{row['context']!r} is not a PLOVER general context", source=where)
        out[row["issue"]] = (*out.get(row["issue"], ()), row["context"])
    return out


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _coded(value: Any) -> tuple[str | None, str | None]:
    """(coded_date, coded_time) in UTC from the stored `ingested_at` (SQLite hands back naive UTC)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        return None, None
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value.date().isoformat(), value.time().isoformat(timespec="seconds") + "Z"


def _span(row: dict[str, Any], prefix: str) -> list[int] | None:
    start = row.get(f"{prefix}_start")
    return None if start is None else [start, row[f"{prefix}_end"]]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """The PLOVER record of one row of `PLOVER_SOURCE` (an events row plus its document's fields)."""
    doc_id, type_, issues = row["doc_id"], row["type"], row.get("issues") or []
    encounter = type_ == "CONSULT" and row.get("statement") is None  # the readout's own meeting or call
    topics = issues or (row.get("doc_issues") or [] if encounter else [])
    contexts = issue_contexts()
    coded_date, coded_time = _coded(row.get("ingested_at"))
    place = None
    if encounter and row.get("location_name"):
        place = {"extracted_place": row["location_name"], "country_code": row.get("location_country")}
    return {
        "id": f"{doc_id}-{row['ordinal']}",
        "has_event": True,
        "date": _iso(row.get("date")),
        "actor": [{"code": row["actor"]}],
        "recipient": [{"code": row["target"]}] if row.get("target") else [],
        "event": [type_],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": list(dict.fromkeys(ctx for issue in topics for ctx in contexts.get(issue, ()))),
        "event_text": [row["text"]],
        "text_info": {"sequence": row.get("statement"), "start": row["span_start"], "end": row["span_end"]},
        "quad_code": QUAD.get(type_),
        "event_scale": row.get("intensity"),
        "event_loc": place,
        "link": doc_id,
        "cite_info": {"corpus": "communique", "citation": doc_id, "url": row.get("url"), "title": row.get("title"),
                      "coder": CODER, "codebook": CODEBOOK},
        "coder": CODER,
        "coded_date": coded_date,
        "coded_time": coded_time,
        "communique": {
            "doc_id": doc_id, "ordinal": row["ordinal"], "target": row.get("target"),
            "polarity": row.get("polarity"), "negated": row.get("negated"), "issues": list(issues),
            "trigger": _span(row, "trigger"), "object": _span(row, "object"), "cue": row.get("cue"),
            "quantities": row.get("quantities") or [], "encounter": row.get("encounter"),
            "published": _iso(row.get("published")),
        },
    }


def write_plover(batches: Iterable[Batch], stream: IO[str]) -> int:
    """One PLOVER record a line (batches of `PLOVER_SOURCE` rows); returns the number written."""
    count = 0
    for batch in batches:
        names = list(batch)
        rows = [dict(zip(names, values)) for values in zip(*batch.values())]
        stream.writelines(json.dumps(plover_record(row), ensure_ascii=False) + "\n" for row in rows)
        count += len(rows)
    return count


__all__ = ["CODEBOOK", "CODER", "PLOVER_CONTEXTS", "PLOVER_SOURCE", "QUAD", "issue_contexts", "plover_record",
           "write_plover"]
