"""communique: structured, evidence-linked event data from diplomatic readouts.

>>> from communique import extract
>>> r = extract("On April 14, 2022, Foreign Minister Wang Yi had a phone conversation with "
...             "Vietnamese Foreign Minister Bui Thanh Son. Wang Yi said, China is ready to help.")
>>> r.date, r.encounter, [p.country for p in r.participants]
('2022-04-14', 'phone_call', ['CHN', 'VNM'])
"""
from communique.model import Commitment, Document, Event, Participant, Readout, Span, Statement
from communique.pipeline import extract, extract_document, extract_many
from communique.stages.events import code

__all__ = ["Commitment", "Corpus", "Document", "Event", "Participant", "Readout", "Span", "Statement", "code",
           "extract", "extract_document", "extract_many"]


def __getattr__(name: str):
    # `Corpus` brings the analysis layer (and scikit-learn) with it: loaded when first asked for,
    # so `extract` and the CLI do not pay for it at start-up.
    if name == "Corpus":
        from communique.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
__version__ = "0.1.0"
