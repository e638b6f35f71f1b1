"""Bytes to text, refusing what is not text and saying how a file was read.

The decoded text is returned as-is apart from a leading BOM: line endings (`\\r\\n`), tabs and
odd spaces stay, because every span in the output indexes this exact string. A file that is
not UTF-8 is still read, and the document carries a warning naming the first bad byte and how it
was read, so the analyst can check it:

- mostly UTF-8 with stray bytes (a Windows quote pasted into a UTF-8 page): UTF-8, the stray bytes
  as cp1252;
- a legacy encoding of another script (GB2312/GBK, Big5, Shift-JIS, EUC-KR, Windows-1251, ...):
  charset-normalizer's guess, trusted only where it has enough to go on (at least `_MIN_HIGH`
  bytes above ASCII making a tenth of the file, and a clean decode in a non-Latin encoding): on
  an English text with three smart quotes it guesses Big5 or Hungarian;
- otherwise cp1252, the usual culprit for government pages saved on Windows, as browsers read them.

Order of the checks, first match wins: empty → known binary signature → BOM → UTF-16 without
BOM (NUL-byte pattern) → NUL bytes → UTF-8 → a declared charset (HTML) → charset-normalizer's
guess → UTF-8 with bad bytes as cp1252 → control characters → blank.
"""
from __future__ import annotations

import codecs
import re

from communique.errors import BinaryInput, EmptyInput, EncodingError

# (signature, what it is); a readout is never one of these, so say what it is instead of mojibake.
MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (.doc/.xls)"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
BOMS = (  # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", None),  # the normal case: no warning
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
NOT_TEXT_FIX = "give the text as .txt, .html or .jsonl"
_SNIFF = 4096
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # \t \n \f \r are text
_MAX_CONTROL_RATIO = 0.05  # random bytes give ~10%; real readouts give 0
# Pages that declare Latin-1 or ASCII are cp1252 in practice (browsers read them so, per WHATWG).
_READ_AS_CP1252 = frozenset({"utf-8", "cp1252", "iso8859-1", "ascii"})
_MIN_HIGH = 32  # bytes above ASCII before charset-normalizer's guess is asked
_MIN_HIGH_SHARE = 0.10  # and their share of the file: Russian or Chinese ~0.8, French ~0.03
_MAX_CHAOS = 0.1  # charset-normalizer's "mess" of its best decode (0: clean)


def decode(data: bytes, *, source: str, declared: str | None = None) -> tuple[str, list[str]]:
    """(text, warnings) for the bytes of one file; raises an `InputError` for what is not text.

    `declared` is an encoding the file names for itself (an HTML `<meta charset>`); it is
    used only when the bytes are not valid UTF-8.

    >>> decode(b"\\xef\\xbb\\xbfdate 2021-09-12 On", source="a.txt")
    ('date 2021-09-12 On', [])
    >>> decode(b"Wang Yi\\x92s visit", source="a.txt")
    ('Wang Yi’s visit', ['not UTF-8 (byte 0x92 at offset 7); decoded as cp1252'])
    """
    if not data:
        raise EmptyInput("file is empty", source=source)
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"{what}, not text; {NOT_TEXT_FIX}", source=source)
    text, warnings = _decode_unicode(data, source=source, declared=declared)
    _check_control_chars(text, source=source)
    if not text.strip():
        raise EmptyInput("file holds only whitespace", source=source)
    return text, warnings


def utf16_order(head: bytes) -> str | None:
    """'le' or 'be' when BOM-less bytes look like UTF-16 (every other byte NUL), else None.

    >>> utf16_order("Wang Yi".encode("utf-16-le"))
    'le'
    """
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if odd >= 0.3 * pairs and even <= 0.05 * pairs:
        return "le"
    if even >= 0.3 * pairs and odd <= 0.05 * pairs:
        return "be"
    return None


def _decode_unicode(data: bytes, *, source: str, declared: str | None) -> tuple[str, list[str]]:
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"starts with a {label or 'UTF-8'} byte-order mark but does not decode as it "
                    f"({exc.reason} at offset {exc.start}); re-save the file as UTF-8", source=source) from exc
            return text, [f"{label} with byte-order mark; decoded as {label}"] if label else []
    order = utf16_order(data[:_SNIFF])
    if order:
        try:
            return data.decode(f"utf-16-{order}"), [f"UTF-16-{order.upper()} without byte-order mark; decoded as such"]
        except UnicodeDecodeError:
            pass  # the NUL pattern was chance: fall through to the binary check
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"binary data (NUL byte at offset {nul}), not text; {NOT_TEXT_FIX}", source=source)
    return _decode_8bit(data, declared=declared)


def _decode_8bit(data: bytes, *, declared: str | None) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    codec = _known_codec(declared)
    if codec and codec not in _READ_AS_CP1252:
        try:  # a page that names a multi-byte charset (Shift_JIS, GB2312) must be read in it
            return data.decode(codec), [f"not UTF-8 ({where}); decoded as {codec}, the charset the file declares"]
        except UnicodeDecodeError:
            pass
    guessed = _guess(data)
    if guessed is not None:
        text, how = guessed
        return text, [f"not UTF-8 ({where}); decoded as {how}"]
    # Bad bytes only are read as cp1252, so a UTF-8 file with one stray Windows byte keeps its UTF-8.
    text = data.decode("utf-8", errors="communique-cp1252")
    declared_as_such = ", the charset the file declares" if codec and codec != "utf-8" else ""
    return text, [f"not UTF-8 ({where}); decoded as cp1252{declared_as_such}"]


def _guess(data: bytes) -> tuple[str, str] | None:
    """(text, how it was read) in the legacy encoding charset-normalizer finds, or None for cp1252.

    None when the bytes are mostly UTF-8 (its valid multi-byte characters outnumber the bad
    bytes), when too few bytes are above ASCII for a guess to mean anything, or when the guess is a
    Latin encoding (cp1252 reads those as well as any, and browsers default to it).

    >>> _guess("Владимир Путин провёл телефонный разговор с Президентом Франции.".encode("cp1251"))[1]
    'cp1251 (Russian; charset-normalizer: mess 0%, coherence ...%)'
    """
    high = len(data.translate(None, bytes(range(128))))  # the bytes above ASCII
    if high < _MIN_HIGH or high < _MIN_HIGH_SHARE * len(data):
        return None
    valid = data.decode("utf-8", errors="ignore")
    valid_high = sum(1 for c in valid if ord(c) > 127)  # characters UTF-8 reads in the bytes
    if valid_high >= len(data) - len(valid.encode("utf-8")):  # ... against the bytes it cannot read
        return None
    from charset_normalizer import from_bytes  # only for the rare file that is not UTF-8

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS or _known_codec(best.encoding) in _LATIN:
        return None
    return str(best), (f"{best.encoding} ({best.language}; charset-normalizer: mess {best.chaos:.0%}, "
                       f"coherence {best.coherence:.0%})")


# Single-byte encodings of the Latin script: a guess among them is a coin toss on a readout's few
# accented letters, so cp1252 reads them instead.
_LATIN = frozenset({"cp1252", "iso8859-1", "iso8859-15", "cp1250", "iso8859-2", "cp1257", "iso8859-4",
                    "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-16", "cp775", "cp850", "cp852", "cp437",
                    "cp857", "cp858", "cp860", "cp861", "cp863", "cp865", "mac-roman", "mac-latin2",
                    "mac-iceland", "mac-turkish", "ascii", "cp1254", "iso8859-9", "iso8859-3"})


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    # 0x81 0x8d 0x8f 0x90 0x9d are unassigned in cp1252; Latin-1 maps every byte, so never fails
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("communique-cp1252", _cp1252_bytes)


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _check_control_chars(text: str, *, source: str) -> None:
    sample = text[:65536]
    controls = len(sample) - len(_CONTROL.sub("", sample))
    if controls and controls > _MAX_CONTROL_RATIO * len(sample):
        share = round(100 * controls / len(sample))
        raise BinaryInput(f"binary data ({share}% control characters), not text; {NOT_TEXT_FIX}", source=source)
