"""A readout's id: where it came from, and never the id of another text in the same run.

The store keys readouts by id, so two texts with one id would silently replace each other. Ids come
from the source, as the contract says (the file name without its extension, unless the input
gives an id), made unique where the file name alone is not:

- a file under a directory that was walked: its path below that directory, without the extension
  (`chn/2022-04-14`, `vnm/2022-04-14`: `paths.walked_stem`); a file directly in it keeps its bare
  stem, so a flat corpus folder gives the ids it always gave;
- standard input: `stdin-` and the first 12 hex digits of the SHA-256 of its bytes, so a second
  piped readout is a new one and the same one piped again is unchanged;
- a JSON record: its `id`, else `<file's id>-<line>`.

`Ledger` then watches a run: the same id for the same text again (a file named twice, a record
repeated in a scrape) is a warning and the store keeps one; for another text it is a `DuplicateId`
error and the second is not read on, so nothing is replaced without a word. Across runs the store
does the same by each readout's `Document.origin` (`store.taken`): another file's text for a
stored id is refused unless the user says `--replace`.
"""
from __future__ import annotations

import hashlib

from communique.errors import DuplicateId
from communique.model import Document


def stdin_stem(data: bytes) -> str:
    """The id of standard input's text: the same bytes always give the same id.

    >>> stdin_stem(b"Wang Yi met Bui Thanh Son.")
    'stdin-fd91f9b11095'
    """
    return "stdin-" + hashlib.sha256(data).hexdigest()[:12]


def text_digest(text: str) -> bytes:
    """16 bytes that differ for different texts: what the ledger keeps per id instead of the text."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Ledger:
    """The ids a run has read, with where each was first read and a digest of its text.

    >>> ledger = Ledger()
    >>> ledger.note("a", "x/a.txt", text_digest("One.")), ledger.note("a", "y/a.txt", text_digest("One."))
    (None, "doc_id 'a' with the same text was read from x/a.txt; the store keeps one")
    >>> print(ledger.note("a", "z/a.txt", text_digest("Two.")))
    z/a.txt: doc_id 'a' is already the id of another text, read from x/a.txt; ... [C108]
    """

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, bytes]] = {}

    def note(self, doc_id: str, source: str, digest: bytes) -> str | DuplicateId | None:
        """None for a new id; a warning for an id read before with the same text; a `DuplicateId`
        error for an id read before with another text (the caller drops that document)."""
        first = self._seen.setdefault(doc_id, (source, digest))
        if first[1] != digest:
            return DuplicateId(f"doc_id {doc_id!r} is already the id of another text, read from {first[0]}; "
                               "give each text its own id (a record its own \"id\"; files of one name: pass the "
                               "folder that holds them, so ids keep their subfolder)", source=source)
        if first[0] != source:
            return f"doc_id {doc_id!r} with the same text was read from {first[0]}; the store keeps one"
        return None

    def admit(self, doc: Document) -> Document | DuplicateId:
        """`doc` (with the warning, if any), or the error that replaces it."""
        verdict = self.note(doc.doc_id, doc.source or doc.doc_id, text_digest(doc.text))
        if isinstance(verdict, DuplicateId):
            return verdict
        if verdict is not None:
            doc.warnings.append(verdict)
        return doc
