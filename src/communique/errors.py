"""The error tree: every failure a user can cause has a stable code and a one-line message.

The core raises these; only `communique.cli` turns them into text and exit codes. A message names the file,
the place and, where there is one, the fix (sqlite-utils' encoding hint, spaCy's coded errors).
"""
from __future__ import annotations


class CommuniqueError(Exception):
    """Base class; `code` is stable across releases so users can grep for it."""

    code = "C000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]"


class InputError(CommuniqueError):
    """A document could not be read; the rest of the batch goes on."""

    code = "C100"


class MissingInput(InputError):
    code = "C101"


class EmptyInput(InputError):
    code = "C102"


class BinaryInput(InputError):
    code = "C103"


class EncodingError(InputError):
    code = "C104"


class TooLarge(InputError):
    code = "C105"


class NoArticleText(InputError):
    code = "C106"


class MalformedRecord(InputError):
    code = "C107"


class DuplicateId(InputError):
    """Two different texts in one run would share an id: the second is refused, the first kept."""

    code = "C108"


class ExtractionError(CommuniqueError):
    """A stage failed on one document; the batch skips it."""

    code = "C200"


class StoreError(CommuniqueError):
    code = "C300"


class NotFound(StoreError):
    code = "C301"


class UnstorableReadout(StoreError):
    """The database refused one readout (a value it cannot hold, a constraint it breaks); the batch
    goes on. Any other `StoreError` while writing is the database's own (read-only, full, gone) and
    would fail every readout after it, so it stops the batch."""

    code = "C303"


class BadQuery(StoreError):
    """A search query that cannot be run (nothing to search for, an unclosed quote, a dangling OR)."""

    code = "C302"


class GoldError(CommuniqueError):
    """An evaluation input (gold file or corpus) is unusable."""

    code = "C400"


class LexiconError(CommuniqueError):
    """A dictionary file is malformed; the message gives file:line."""

    code = "C500"


class AnalysisError(CommuniqueError):
    """An analysis cannot be done as asked (a chart file of an unknown kind, too few readouts)."""

    code = "C600"


class ChartError(AnalysisError):
    code = "C601"


class ServeError(CommuniqueError):
    """The web UI cannot start: the port is taken, or the address cannot be bound."""

    code = "C700"


class OutputError(CommuniqueError):
    """An output file could not be written to the end (a full disk, a lost mount): nothing is left
    half-written, and a file that was there before stays as it was."""

    code = "C800"

