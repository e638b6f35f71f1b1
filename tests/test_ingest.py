"""ingest: bytes in, Documents out; every bad input becomes one coded, one-line InputError."""
from __future__ import annotations

import codecs
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from communique.errors import (
    BinaryInput, EmptyInput, EncodingError, InputError, MalformedRecord, MissingInput, NoArticleText, TooLarge,
)
from communique.ingest import decode, publisher_for_url, read_bytes, read_file, read_paths
from communique.ingest.html import read_page
from communique.ingest.identity import stdin_stem
from communique.ingest.publisher import publishers
from communique.model import Document
from communique.settings import Settings

from conftest import DATA, DEV

PAGES = DATA / "ingest"
OPENING = "On September 11, 2021 local time, Wang Yi held talks with Bui Thanh Son in Hanoi.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def errors_of(items) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def docs_of(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


# --- decode ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, error, words", [
    (b"", EmptyInput, "empty"),
    (b" \r\n\t\n ", EmptyInput, "whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "PNG image"),
    (b"\x7fELF\x02\x01\x01\x00" + bytes(8), BinaryInput, "ELF executable"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", BinaryInput, "PDF document"),
    (b"PK\x03\x04\x14\x00\x06\x00", BinaryInput, "ZIP archive"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", BinaryInput, "gzip"),
    (b"ab\x00\x13\xfe\x00\x00\x9a\x01\x00\xff\x00\x00\x00c\x7f", BinaryInput, "NUL byte at offset 2"),
    (bytes(range(1, 32)) * 4 + b"some text", BinaryInput, "control characters"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", EncodingError, "UTF-16"),  # a lone surrogate
])
def test_decode_refuses_what_is_not_text(data, error, words):
    with pytest.raises(error) as info:
        decode(data, source="readouts/017.txt")
    assert words in str(info.value)
    assert str(info.value).startswith("readouts/017.txt: ")
    assert str(info.value).endswith(f"[{error.code}]")


def test_decode_invalid_utf8_reads_cp1252_and_names_the_first_bad_byte():
    data = "Wang Yi said".encode() + b"\x92s visit to Hanoi \x93was a success\x94."
    text, warnings = decode(data, source="a.txt")
    assert text == "Wang Yi said’s visit to Hanoi “was a success”."
    assert warnings == ["not UTF-8 (byte 0x92 at offset 12); decoded as cp1252"]


def test_decode_keeps_good_utf8_beside_a_stray_windows_byte():
    text, warnings = decode("Tô Lâm met President Biden\x85".encode()[:-2] + b"\x85", source="a.txt")
    assert text == "Tô Lâm met President Biden…"
    assert "byte 0x85 at offset" in warnings[0]


# Readouts in the legacy encodings of their governments' scripts, written in the genre's style.
LEGACY = [
    ("gb2312", "Chinese", "2022年4月14日，国务委员兼外长王毅同越南外长裴青山通电话。王毅表示，中越是社会主义友好邻邦，"
                          "双方要加强战略沟通。裴青山表示，越方愿同中方共同努力。"),
    ("gbk", "Chinese", "国务委员兼外长王毅同越南外长裴青山通电话。王毅表示，中越两国要落实两党总书记共识，"
                       "推进全面战略合作伙伴关系。"),
    ("big5", "Chinese", "外交部長今日與美國國務卿布林肯通電話，雙方就區域安全與經貿合作交換意見。部長表示，感謝美方支持。"),
    ("shift_jis", "Japanese", "林外務大臣は、ブリンケン米国務長官と電話会談を行いました。両外相は、日米同盟の強化について"
                              "意見交換を行い、緊密に連携していくことで一致しました。"),
    ("euc-kr", "Korean", "박진 외교부 장관은 14일 블링컨 미국 국무장관과 전화 통화를 하고 한반도 문제와 양국 협력 방안에 대해 "
                         "논의했다. 두 장관은 긴밀한 공조를 이어가기로 했다."),
    ("cp1251", "Russian", "Владимир Путин провёл телефонный разговор с Президентом Франции Эммануэлем Макроном. "
                          "Обсуждалась ситуация на Украине и вопросы энергетической безопасности."),
]


@pytest.mark.parametrize("encoding, language, text", LEGACY, ids=[e for e, _, _ in LEGACY])
def test_decode_reads_legacy_encodings_and_says_how_sure_it_is(encoding, language, text):
    decoded, warnings = decode(text.encode(encoding), source="a.txt")
    assert decoded == text
    assert len(warnings) == 1 and warnings[0].startswith("not UTF-8 (byte 0x")
    assert f"({language}; charset-normalizer: mess 0%, coherence " in warnings[0]


@pytest.mark.parametrize("data", [
    b"On May 2, 2023, Wang Yi met Antony Blinken. \x93We are ready,\x94 he said \x96 and they discussed trade.",
    "Le ministre a rencontré son homologue à Paris. Ils ont évoqué la sécurité européenne.".encode("cp1252"),
])
def test_decode_keeps_cp1252_where_a_guess_would_be_a_coin_toss(data):
    text, warnings = decode(data, source="a.txt")
    assert text == data.decode("cp1252") and warnings[0].endswith("decoded as cp1252")


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", True), ("utf-16-be", True), ("utf-16-le", False),
                                           ("utf-16-be", False)])
def test_decode_utf16_with_and_without_bom(encoding, bom):
    body = "Tô Lâm held talks with Wang Yi.\r\n"
    data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) * bom + body.encode(encoding)
    text, warnings = decode(data, source="a.txt")
    assert text == body  # BOM gone, \r\n kept: spans index the text as decoded
    assert len(warnings) == 1 and "UTF-16" in warnings[0]


def test_decode_strips_utf8_bom_silently_and_keeps_line_endings():
    assert decode(b"\xef\xbb\xbfdate 2021-09-12\r\nOn May 2, ...", source="a.txt") == (
        "date 2021-09-12\r\nOn May 2, ...", [])


# --- files, directories, globs ----------------------------------------------------------------------

def test_plain_text_metadata_prefix_becomes_published(tmp_path):
    path = write(tmp_path, "000_b718.txt", " date 2021-09-12 " + OPENING)
    doc = only(read_paths([path]))
    assert (doc.doc_id, doc.published, doc.from_markup) == ("000_b718", "2021-09-12", False)
    assert doc.text[doc.body_start:].startswith("On September 11, 2021")
    assert doc.body_start == 17


def test_each_bad_file_is_one_error_and_the_batch_goes_on(tmp_path):
    write(tmp_path, "a_empty.txt", b"")
    write(tmp_path, "b_image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    write(tmp_path, "c_good.txt", OPENING)
    write(tmp_path, "d_blank.txt", "\n\n   \n")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    assert [type(i).__name__ for i in items] == ["EmptyInput", "BinaryInput", "Document", "EmptyInput",
                                                   "MissingInput"]
    for err in errors_of(items):
        assert "\n" not in str(err) and str(err).startswith(str(tmp_path))


def test_directory_is_walked_recursively_in_sorted_order_skipping_hidden_and_other_files(tmp_path):
    for name in ("b.txt", "a.text", "sub/deeper/c.jsonl", "sub/a.htm", "notes.md", "gold.json", ".hidden.txt",
                 ".git/x.txt", "sub/.cache/y.txt"):
        write(tmp_path, name, '{"text": "On May 2, 2023, Wang Yi met Antony Blinken."}' if "json" in name
              else f"<html><body><article><p>{OPENING}</p></article></body></html>" if name.endswith("htm")
              else OPENING)
    items = list(read_paths([tmp_path]))
    assert [Path(i.source).relative_to(tmp_path).as_posix() for i in items] == [
        "a.text", "b.txt", "sub/a.htm", "sub/deeper/c.jsonl:1"]
    assert [i.doc_id for i in items] == ["a", "b", "sub/a", "sub/deeper/c-1"]  # a subfolder is part of the id


def test_glob_patterns_and_duplicates_read_once(tmp_path):
    for name in ("corpus/x.txt", "corpus/y.txt", "corpus/sub/z.txt", "corpus/w.html"):
        write(tmp_path, name, OPENING)
    flat = [d.doc_id for d in read_paths([f"{tmp_path}/corpus/*.txt"])]
    deep = [d.doc_id for d in read_paths([f"{tmp_path}/corpus/**/*.txt", tmp_path / "corpus" / "x.txt"])]
    assert flat == ["x", "y"]
    assert deep == ["z", "x", "y"]  # sorted by glob, then x named again is not read twice
    err = only(read_paths([f"{tmp_path}/corpus/*.pdf"]))
    assert isinstance(err, MissingInput) and "no file matches" in str(err)


def test_missing_path_is_named(tmp_path):
    err = only(read_paths([tmp_path / "readouts" / "017.txt"]))
    assert isinstance(err, MissingInput)
    assert str(err) == f"{tmp_path}/readouts/017.txt: no such file or directory; check the path [C101]"


def test_os_errors_become_input_errors(tmp_path, monkeypatch):
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    assert isinstance(only(read_paths([tmp_path / "broken.txt"])), MissingInput)
    assert "is a directory" in str(only(read_file(tmp_path)))
    locked = write(tmp_path, "locked.txt", OPENING)

    def denied(path, *args, **kwargs):  # chmod 000 does not stop root, who runs CI containers
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("communique.ingest.open", denied, raising=False)
    err = only(read_paths([locked]))
    assert type(err) is InputError
    assert str(err) == f"{locked}: permission denied; check the file's permissions [C100]"


def test_too_large_by_setting(tmp_path):
    path = write(tmp_path, "long.txt", OPENING * 10)
    err = only(read_paths([path], settings=Settings(max_bytes=100)))
    assert isinstance(err, TooLarge)
    assert f"{len(OPENING) * 10:,} bytes, over max_bytes (100 bytes)" in str(err)
    assert isinstance(only(read_bytes(b"x" * 101, name="-", settings=Settings(max_bytes=100))), TooLarge)


def test_too_large_is_decided_by_stat_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB that take no disk
    monkeypatch.setattr("communique.ingest.open", lambda *a, **k: pytest.fail("opened a file over max_bytes"),
                        raising=False)
    err = only(read_paths([path]))
    assert isinstance(err, TooLarge) and "52,428,800 bytes" in str(err)


def test_jsonl_is_streamed_so_max_bytes_limits_each_record(tmp_path):
    records = [json.dumps({"text": f"Record {i}: " + OPENING}) for i in range(5)]
    records.insert(2, json.dumps({"text": "x" * 500}))
    path = write(tmp_path, "big.jsonl", "\n".join(records) + "\n")
    items = list(read_paths([path], settings=Settings(max_bytes=200)))
    assert [i.doc_id for i in docs_of(items)] == ["big-1", "big-2", "big-4", "big-5", "big-6"]
    err = only(errors_of(items))
    assert isinstance(err, TooLarge) and str(err).startswith(f"{path}:3: record is over max_bytes")


@pytest.mark.parametrize("name, body", [
    ("long.txt", OPENING * 40),
    ("long.html", f"<html><head><script>{'x' * len(OPENING) * 40}</script></head>"
                  f"<body><article><p>{OPENING}</p></article></body></html>"),
    ("long.jsonl", json.dumps({"text": OPENING * 40}) + "\n" + json.dumps({"text": OPENING}) + "\n"),
])
def test_max_text_chars_bounds_the_text_extracted_not_the_file(tmp_path, name, body):
    settings = Settings(max_text_chars=len(OPENING) * 20)
    items = list(read_paths([write(tmp_path, name, body)], settings=settings))
    if name == "long.html":  # a page far larger than its article is read
        assert len(docs_of(items)) == 1
        return
    err = errors_of(items)[0]
    assert isinstance(err, TooLarge) and f"text is {len(OPENING) * 40:,} characters, over max_text_chars" in str(err)
    assert len(docs_of(items)) == (1 if name == "long.jsonl" else 0)  # the next record goes on


def test_binary_jsonl_is_one_error_not_one_per_line(tmp_path):
    path = tmp_path / "scrape.jsonl"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # streamed files are sniffed first, so NULs are refused at once
    err = only(read_paths([path]))
    assert isinstance(err, BinaryInput) and "NUL byte at offset 0" in str(err)


def test_utf16_jsonl_on_disk_is_read_whole(tmp_path):
    path = write(tmp_path, "calls.jsonl", codecs.BOM_UTF16_LE + json.dumps({"text": OPENING}).encode("utf-16-le"))
    doc = only(read_paths([path]))
    assert doc.text == OPENING and "UTF-16" in doc.warnings[0]


def test_a_bug_on_one_file_does_not_sink_the_batch(tmp_path, monkeypatch):
    write(tmp_path, "a.html", "<html><body><p>x</p></body></html>")
    write(tmp_path, "b.txt", OPENING)

    def broken(*args, **kwargs):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr("communique.ingest.document_from_html", broken)
    err, doc = read_paths([tmp_path])
    assert str(err) == (f"{tmp_path}/a.html: could not be read (RuntimeError: parser exploded); "
                        "please report this as a bug [C100]")
    assert doc.doc_id == "b"


# --- gzip ---------------------------------------------------------------------------------------------

def _gz(records: list[dict]) -> bytes:
    import gzip

    return gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode("utf-8"))


def test_jsonl_gz_reads_as_the_jsonl_inside_with_the_same_ids(tmp_path):
    records = [{"text": f"Record {i}: " + OPENING} for i in range(3)] + [{"id": "us-9", "text": OPENING}]
    plain = write(tmp_path / "plain", "calls.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    packed = write(tmp_path / "packed", "calls.jsonl.gz", _gz(records))
    a, b = list(read_paths([plain])), list(read_paths([tmp_path / "packed"]))  # the directory walk finds .gz
    assert [d.doc_id for d in b] == [d.doc_id for d in a] == ["calls-1", "calls-2", "calls-3", "us-9"]
    assert [d.text for d in b] == [d.text for d in a] and b[1].source == f"{packed}:2"


def test_truncated_jsonl_gz_keeps_the_lines_before_and_names_the_line_it_stopped_at(tmp_path):
    data = _gz([{"text": f"Record {i}: " + OPENING * 40} for i in range(40)])
    path = write(tmp_path, "cut.jsonl.gz", data[: len(data) * 2 // 3])
    items = list(read_paths([path]))
    err, docs = only(errors_of(items)), docs_of(items)
    assert 0 < len(docs) < 40 and [d.doc_id for d in docs] == [f"cut-{i}" for i in range(1, len(docs) + 1)]
    assert str(err).startswith(f"{path}:{len(docs) + 1}: gzip data is corrupt or truncated")
    assert f"the {len(docs)} lines before were read" in str(err) and "\n" not in str(err)


def test_a_gz_name_on_plain_bytes_is_one_error_with_the_fix(tmp_path):
    path = write(tmp_path, "calls.jsonl.gz", json.dumps({"text": OPENING}) + "\n")
    err = only(read_paths([path]))
    assert str(err).startswith(f"{path}: is not gzip data") and "drop .gz" in str(err)


def test_gzipped_text_file_is_one_document(tmp_path):
    import gzip

    doc = only(read_paths([write(tmp_path, "017.txt.gz", gzip.compress(OPENING.encode()))]))
    assert doc.doc_id == "017" and doc.text == OPENING


# --- JSONL and JSON ----------------------------------------------------------------------------------

BAD_LINES = [
    ('{"text": "On May 2, 2023, Wang Yi met Blinken." ', "invalid JSON"),
    ('["On May 2, 2023, Wang Yi met Blinken."]', "must be a JSON object, not a list"),
    ('{"title": "Readout"}', 'no "text" field'),
    ('{"text": 42}', 'field "text" must be a string, not a number'),
    ('{"text": "  "}', 'field "text" is empty'),
    ('{"id": [1], "text": "On May 2, 2023, Wang Yi met Blinken."}', 'field "id" must be'),
    ('{"id": "us\\u0000-2", "text": "On May 2, 2023, Wang Yi met Blinken."}', "control character U+0000 at offset 2"),
]


def test_malformed_jsonl_lines_are_reported_with_line_and_the_rest_go_on(tmp_path):
    good = [{"id": "us-1", "text": OPENING, "date": "September 12, 2021", "url": "https://www.state.gov/r/1"},
            {"body": OPENING, "title": "Readout"}, {"content": OPENING, "date": "soon"}]
    lines = [json.dumps(good[0]), BAD_LINES[0][0], "", json.dumps(good[1])] + [b for b, _ in BAD_LINES[1:]]
    lines.append(json.dumps(good[2]))
    path = write(tmp_path, "calls.jsonl", "\r\n".join(lines))
    items = list(read_paths([path]))
    docs, errors = docs_of(items), errors_of(items)
    assert [d.doc_id for d in docs] == ["us-1", "calls-4", "calls-11"]
    assert docs[0].published == "2021-09-12" and docs[0].publisher == "USA" and docs[0].from_markup
    assert docs[1].title == "Readout"
    assert docs[2].published is None and "not a calendar date" in docs[2].warnings[0]
    assert [str(e).split(": ", 1)[0] for e in errors] == [f"{path}:{n}" for n in (2, 5, 6, 7, 8, 9, 10)]
    for err, (_, reason) in zip(errors, BAD_LINES):
        assert isinstance(err, MalformedRecord) and reason in str(err) and "\n" not in str(err)


def test_jsonl_text_keeps_its_metadata_prefix_and_record_date_wins():
    lines = [{"id": "a", "text": "date 2021-09-12 " + OPENING},
             {"id": "a", "date": "2021-09-13", "text": "date 2021-09-12 Wang Yi met Bui Thanh Son."}]
    doc, other = read_bytes("\n".join(map(json.dumps, lines)).encode(), name="x.jsonl")
    assert (doc.published, doc.text[doc.body_start:doc.body_start + 2]) == ("2021-09-12", "On")
    assert other.published == "2021-09-13"
    # one id twice is for read_paths, which sees the whole run, to refuse; read_bytes reads one file
    assert not other.warnings


def test_pretty_printed_json_in_a_jsonl_file_gives_up_with_one_hint():
    data = json.dumps([{"text": OPENING, "id": str(i)} for i in range(4)], indent=2).encode()
    items = read_bytes(data, name="dump.jsonl")
    assert len(items) == 11 and "belongs in a .json file" in str(items[-1])


def test_json_list_and_single_object():
    items = read_bytes(json.dumps([{"text": OPENING}, {"id": 7, "text": OPENING}, "oops"]).encode(),
                       name="batch.json")
    assert [getattr(i, "doc_id", None) for i in items] == ["batch-1", "7", None]
    assert str(items[2]) == "batch.json: item 3: a record must be a JSON object, not a string [C107]"
    assert only(read_bytes(json.dumps({"text": OPENING}).encode(), name="one.json")).doc_id == "one"
    lines_err = only(read_bytes(b'{"text": "a b c d"}\n{"text": "e f g h"}\n', name="x.json"))
    assert "belongs in a .jsonl file" in str(lines_err)


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev not beside the repo")
def test_dev_corpus_gives_19_documents_with_spec_ids():
    items = list(read_paths([DEV]))
    assert not errors_of(items)
    ids = [d.doc_id for d in items]
    assert ids == ["000_b7187f0f73eb9129", "004_4ed7dbded0f9f16b"] + [f"us-whitehouse-{i:03}" for i in range(1, 18)]
    first = items[0]
    assert first.published == "2021-09-12" and first.text[first.body_start:].startswith("On September 11, 2021")
    assert all(d.publisher == "USA" and d.published for d in items[2:])


# --- HTML ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, published, publisher, first, last, absent", [
    ("fmprc_talks.html", "Wang Yi Holds Talks with Vietnamese Foreign Minister Bui Thanh Son", "2021-09-12", "CHN",
     "On September 11, 2021 local time", "regional issues of common concern.",
     ["About the Ministry", "Related News", "Copyright", "Font:", "Share:"]),
    ("whitehouse_readout.html", "Readout of President Joe Biden’s Call with General Secretary Trong of Vietnam",
     "2023-03-29", "USA", "President Joseph R. Biden, Jr. spoke today", "###",
     ["Skip to content", "Briefing Room", "Stay Connected", "Privacy Policy", "Readout of"]),
    ("mea_windows1252.html", "Prime Minister’s meeting with President of Ukraine", "2024-09-23", "IND",
     "Prime Minister Shri Narendra Modi met", "New York\nSeptember 23, 2024",
     ["Media Center", "Passport", "Website Policies", "Skip to main"]),
])
def test_html_page_gives_article_paragraphs_and_metadata(name, title, published, publisher, first, last, absent):
    doc = only(read_paths([PAGES / name]))
    assert (doc.doc_id, doc.title, doc.published, doc.publisher) == (Path(name).stem, title, published, publisher)
    assert doc.from_markup and doc.url.startswith("https://")
    assert doc.text.startswith(first) and doc.text.endswith(last)
    assert doc.text.count("\n\n") == 3  # one block per paragraph
    for words in absent:
        assert words not in doc.text


def test_html_declared_windows_1252_is_read_with_a_warning():
    doc = only(read_paths([PAGES / "mea_windows1252.html"]))
    assert "India’s readiness" in doc.text
    assert doc.warnings == ["not UTF-8 (byte 0x92 at offset 295); decoded as cp1252, the charset the file declares"]


@pytest.mark.parametrize("wrapper", ["div", "span", "ul", "blockquote"])
@pytest.mark.parametrize("depth", [300, 20_000])
def test_html_nested_past_the_parsers_limits_still_gives_its_article(wrapper, depth):
    """libxml2 stops at 256 levels (no article) and lexbor slows with the square of the depth."""
    html = (f"<html><head><title>Readout</title><meta name='date' content='2022-04-14'></head><body>"
            + f"<{wrapper} class='x'>" * depth + f"<p>{OPENING}</p><p>{OPENING}</p>" + f"</{wrapper}>" * depth
            + "</body></html>")
    doc = only(read_bytes(html.encode(), name="deep.html"))
    assert doc.text == f"{OPENING.strip()}\n\n{OPENING.strip()}"
    assert (doc.title, doc.published) == ("Readout", "2022-04-14")


def test_a_flattened_page_keeps_no_script_style_menu_or_footer_text():
    html = ("<html><head><title>Readout</title></head><body><style>body { color: red }</style>"
            "<script>var tracker = '<p>';</script><nav>Home | About | Contact</nav><!-- <p>old draft</p> -->"
            + "<div>" * 300 + f"<p>{OPENING}</p>" + "</div>" * 300 + "<footer>Copyright 2024 Ministry</footer>"
            "</body></html>")
    assert only(read_bytes(html.encode(), name="deep.html")).text == OPENING.strip()


def test_page_with_only_cookie_banner_and_menus_has_no_article():
    err = only(read_paths([PAGES / "govuk_cookies_only.html"]))
    assert isinstance(err, NoArticleText) and "no article text" in str(err)


@pytest.mark.parametrize("banner", ["id='COOKIE-NOTICE'", "class='CookieConsent'", "aria-label='GDPR notice'"])
def test_consent_banner_in_any_case_is_not_the_article(banner):
    html = (f"<html><body><div {banner}><p>This website uses cookies to give you the best experience of our "
            "services. By continuing you agree to our Cookie Policy.</p><button>Accept</button></div>"
            "<div id='Menu'><a href='/'>Home</a></div></body></html>").encode()
    err = only(read_bytes(html, name="consent.html"))
    assert isinstance(err, NoArticleText)


def test_article_shorter_than_min_text_chars_is_no_article():
    html = (b"<html><body><article><p>President Biden spoke today with Prime Minister Kishida.</p></article>"
            b"</body></html>")
    assert isinstance(only(read_bytes(html, name="a.html")), Document)
    err = only(read_bytes(html, name="a.html", settings=Settings(min_text_chars=100)))
    assert isinstance(err, NoArticleText) and "under min_text_chars (100)" in str(err)


@pytest.mark.parametrize("head, published", [
    ('<meta name="DC.date.issued" content="2024-09-23">', "2024-09-23"),
    ('<meta property="og:published_time" content="2022-04-14T09:00:00+07:00">', "2022-04-14"),
    ('<meta name="pubdate" content="14 April 2022">', "2022-04-14"),
    ('<meta name="date" content="not a date"><meta name="dc.date" content="2022-04-15">', "2022-04-15"),
    ("", "2022-04-16"),  # from <time datetime> in the article
])
def test_html_published_from_meta_tags_or_time(head, published):
    html = (f"<html><head>{head}</head><body><article><time datetime='2022-04-16T10:00'>16 April</time>"
            f"<p>{OPENING}</p></article></body></html>")
    assert read_page(html).published == published


def test_stdin_is_sniffed():
    html = (PAGES / "fmprc_talks.html").read_bytes()
    assert only(read_bytes(html, name="-")).title.startswith("Wang Yi Holds Talks")
    assert only(read_bytes(html, name="-")).doc_id == stdin_stem(html)
    record = b'{"text": "On May 2, 2023, Wang Yi met Blinken."}'
    assert only(read_bytes(record, name="-")).doc_id == stdin_stem(record) + "-1"
    assert only(read_bytes(OPENING.encode(), name="-")).text == OPENING


def test_dash_reads_standard_input(monkeypatch, tmp_path):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"date 2021-09-12\n" + OPENING.encode())))
    doc, other = read_paths(["-", write(tmp_path, "b.txt", OPENING)])
    assert (doc.doc_id, doc.published, doc.source, other.doc_id) == (
        stdin_stem(b"date 2021-09-12\n" + OPENING.encode()), "2021-09-12", "-", "b")


# --- publisher ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, code", [
    ("https://bidenwhitehouse.archives.gov/briefing-room/", "USA"),
    ("https://www.whitehouse.gov/briefings-statements/", "USA"),
    ("http://en.kremlin.ru/events/president/news/73043", "RUS"),
    ("https://www.fmprc.gov.cn/mfa_eng/", "CHN"),
    ("https://english.www.gov.cn/news/", "CHN"),
    ("https://www.mofa.go.jp/a_o/na/us/page1e_000001.html", "JPN"),
    ("https://www.gov.uk/government/news/pm-call", "GBR"),
    ("https://consilium.europa.eu/en/press/", "EU"),
    ("https://WWW.MOFA.GOV.VN./en", "VNM"),
    ("www.state.gov/readout", "USA"),
    ("https://www.example.com/gov.cn", None),
    ("https://notgov.cn/", None),
    ("not a url", None),
    ("", None),
])
def test_publisher_for_url(url, code):
    assert publisher_for_url(url) == code


@pytest.mark.parametrize("record, code", [
    ({"publisher": "jp-mofa"}, "JPN"),  # a dataset's source label: ISO 3166 alpha-2 prefix
    ({"publisher": "un-sg"}, "UN"),  # an organisation's prefix
    ({"publisher": "uk-fcdo"}, "GBR"),  # a prefix in use that ISO 3166 reserves: "uk" for GB
    ({"publisher": "el-mfa"}, "GRC"),  # the EU's code for Greece
    ({"publisher": "USA"}, "USA"),
    ({"publisher": "kremlin.ru"}, "RUS"),
    ({"publisher": "Ministry of Foreign Affairs of Viet Nam"}, "VNM"),
    ({"publisher": "xx-unknown"}, None),
    ({"publisher": 7}, None),  # not a string: a warning, no publisher
    ({"publisher": "un-sg", "url": "https://www.gov.uk/government/news/x"}, "GBR"),  # a known URL wins
    ({"publisher": "qa-qna", "url": "https://example.com/news"}, "QAT"),  # an unknown one does not
    ({"url": "https://mofa.gov.bd/site/press_release/1"}, "BGD"),  # a government domain under a country code
    ({"url": "https://www.gob.mx/sre/prensa/x"}, "MEX"),
    ({"url": "https://www.mofa.go.ke/x", "publisher": "ng-mfa"}, "KEN"),  # the site's state wins over the label
    ({"url": "https://news.gov.zz/x"}, None),  # no such country code
])
def test_publisher_from_a_records_own_field(record, code):
    data = json.dumps({"text": OPENING, **record}).encode()
    assert only(read_bytes(data, name="a.jsonl")).publisher == code


def test_publisher_lexicon_is_valid():
    table = publishers()
    assert 40 <= len(table) and table["mea.gov.in"] == "IND" and table["eeas.europa.eu"] == "EU"


def test_explicit_publisher_setting_wins():
    data = json.dumps({"text": OPENING, "url": "https://www.mofa.go.jp/x"}).encode()
    assert only(read_bytes(data, name="a.jsonl")).publisher == "JPN"
    assert only(read_bytes(data, name="a.jsonl", settings=Settings(publisher="VNM"))).publisher == "VNM"
    assert only(read_bytes(OPENING.encode(), name="a.txt", settings=Settings(publisher="VNM"))).publisher == "VNM"


# --- property ----------------------------------------------------------------------------------------------

@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=600),
                      st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.sampled_from([b"<html><body><p>", b'{"text": ', b"[", b"\xff\xfe", b"date "]).flatmap(
                          lambda head: st.binary(max_size=200).map(lambda tail: head + tail))),
       name=st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.json", "noext", "-"]))
def test_read_bytes_never_raises(data, name):
    for item in read_bytes(data, name=name):
        assert isinstance(item, (Document, InputError))
        if isinstance(item, InputError):
            assert "\n" not in str(item)
        else:
            assert 0 <= item.body_start <= len(item.text)


# -- sentences for `communique code`: one input a line, every error naming file:line -------------

def _sentences(data: bytes, name: str = "s.txt", **kw):
    from communique.ingest.sentences import sentences_of_stream

    return [(type(i).__name__, getattr(i, "id", None) or str(i)) for i in
            sentences_of_stream(io.BytesIO(data), name=name, **kw)]


@pytest.mark.parametrize(("data", "name", "expected"), [
    (b"China condemned the test.\r\n\n  Vietnam hoped for talks.  \n", "s.txt",
     [("BareSentence", "s-1"), ("BareSentence", "s-3")]),
    (b'\xef\xbb\xbf{"id": 7, "text": "A."}\n{"text": "B."}\n', "s.jsonl", [("BareSentence", "7"), ("BareSentence", "s-2")]),
    (b'{"text": "A."}\n', "s.txt", [("BareSentence", "s-1")]),  # a .txt line is text, even when it looks like JSON
    (b'{"text": "A."}\n', "-", [("BareSentence", "stdin-1")]),  # no extension: the first line decides
    (b'{"id": "x", "text": ""}\n{"id": [1], "text": "B."}\n"just a string"\n', "s.jsonl",
     [("MalformedRecord", 's.jsonl:1: field "text" must be a non-empty string, not empty [C107]'),
      ("MalformedRecord", 's.jsonl:2: field "id" must be a non-empty string or an integer, not [1] [C107]'),
      ("MalformedRecord", 's.jsonl:3: a record must be a JSON object with a "text" field, not a string [C107]')]),
    (b"ok\nWang Yi\x92s visit\n", "s.txt",
     [("BareSentence", "s-1"),
      ("EncodingError", "s.txt:2: not UTF-8 (byte 0x92 at column 8); re-save the file as UTF-8 [C104]")]),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "s.txt", [("BinaryInput", "s.txt: a PNG image, not text; give the text as "
                                                                    ".txt, .html or .jsonl [C103]")]),
    (b"\n \n", "s.txt", [("EmptyInput", "s.txt: holds no sentences, only blank lines [C102]")]),
])
def test_sentences_of_a_stream(data, name, expected):
    assert _sentences(data, name) == expected


def test_sentences_utf16_file_is_decoded_with_a_warning():
    from communique.ingest.sentences import sentences_of_stream

    items = list(sentences_of_stream(io.BytesIO("One.\nTwo.\n".encode("utf-16")), name="u.txt"))
    assert [(s.id, s.text) for s in items] == [("u-1", "One."), ("u-2", "Two.")]
    assert items[0].warnings == ("UTF-16 with byte-order mark; decoded as UTF-16",) and items[1].warnings == ()


def test_sentences_over_long_line_is_refused_and_the_next_read(tmp_path):
    from communique.ingest.sentences import sentences_of_stream

    data = b"short.\n" + b"x" * 300 + b"\nlast.\n"
    items = list(sentences_of_stream(io.BytesIO(data), name="l.txt", settings=Settings(max_bytes=100)))
    assert [getattr(i, "id", None) or str(i) for i in items] == [
        "l-1", "l.txt:2: line is over max_bytes (100 bytes); split it [C105]", "l-3"]


def test_read_sentences_refuses_html_and_names_missing_files(tmp_path):
    from communique.ingest.sentences import read_sentences

    page = write(tmp_path, "p.html", "<html><p>Hi.</p></html>")
    items = [str(i) for i in read_sentences([page, tmp_path / "gone.txt"])]
    assert "a .html file; `code` reads sentences" in items[0] and items[1].endswith("check the path [C101]")


@pytest.mark.parametrize("title", ["United\xa0States–France Joint\xa0Statement", "United States–France  Joint Statement ",
                                   "United States–France\u202fJoint Statement"])
def test_a_titles_spaces_of_any_kind_are_one_space(title):
    """A page title is metadata, no span points into it: its no-break and doubled spaces (the White House's pages) are
    read as the single spaces the rules that read titles write."""
    from communique.ingest.text import document_from_text

    assert document_from_text("Text.", doc_id="t", title=title).title == "United States–France Joint Statement"
