"""The web UI (communique/web) through FastAPI's test client: every page and API route on a store of
the dev corpus, hostile readouts, bad parameters, the read-only guarantee and the offline assets."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import socket

import pytest
from fastapi.testclient import TestClient

from communique import extract
from communique.cli import main
from communique.store import Store
from communique.web import create_app
from communique.web.render import Mark, marked

DOC = "004_4ed7dbded0f9f16b"  # China–Vietnam phone call, April 2022
BASE = "http://localhost"  # the app answers requests addressed to loopback names only
HOSTILE = ("On April 14, 2022, Foreign Minister Wang Yi had a phone conversation with Vietnamese Foreign "
           "Minister Bui Thanh Son.\nWang Yi said, <script>alert('x')</script> China is ready to help Vietnam "
           "<img src=x onerror=alert(2)>.")


@pytest.fixture(scope="module")
def client(dev_db):
    with TestClient(create_app(dev_db), base_url=BASE) as c:
        yield c


@pytest.fixture()
def hostile(tmp_path):
    r = extract(HOSTILE, doc_id="x<s>")
    r = dataclasses.replace(r, title="<script>document.title='owned'</script>", url="javascript:alert(3)")
    path = tmp_path / "hostile.db"
    with Store(path) as store:
        store.put(r)
    with TestClient(create_app(path), base_url=BASE) as c:
        yield c


def test_list_shows_readouts_newest_first_with_filters(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    dates = re.findall(r'<td class="date">([\d-]+)</td>', page.text)
    assert dates == sorted(dates, reverse=True) and len(dates) == 19
    only = client.get("/", params={"dyad": "chn-vnm"}).text
    assert f"/readouts/{DOC}" in only and "us-whitehouse-003" not in only
    assert client.get("/", params={"issue": "covid19", "since": "2022-01-01"}).status_code == 200


def test_paging(client):
    first = client.get("/", params={"page": 1}).text
    assert 'rel="next"' not in first  # 19 readouts fit on one page of 50
    assert "19 readouts · page 1 of 1" in first
    assert "2 readouts · page 1 of 1" in client.get("/", params={"dyad": "CHN-VNM"}).text
    api = client.get("/api/readouts", params={"dyad": "CHN-VNM", "limit": 1})
    assert api.headers["x-total-count"] == "2" and len(api.json()) == 1
    assert "No readouts match" in client.get("/", params={"page": 3}).text


def test_readout_page_colours_speakers_and_marks_evidence(client):
    page = client.get(f"/readouts/{DOC}").text
    assert 'class="stmt speaker-0"' in page and 'class="stmt speaker-1"' in page and 'class="stmt both"' in page
    assert re.search(r'<span class="event" title="AGREE CHN → ASEAN[^"]*">', page)
    assert '<span class="issue" title="covid19">' in page or 'title="covid19"' in page
    assert "Bui Thanh Son" in page and "/dyads/CHN-VNM" in page
    assert "150 million doses" in page  # the text itself, unparaphrased


def test_the_readout_page_shows_each_type_in_the_charts_colour(client):
    from communique.analysis.charts import TYPE_COLOURS

    page = client.get(f"/readouts/{DOC}").text
    assert f'style="background: {TYPE_COLOURS["AGREE"]}"></span><span class="type">AGREE' in page


def test_compare_page_of_a_readout_alone(client):
    page = client.get(f"/compare/{DOC}").text
    assert "No other readout of this encounter is stored" in page
    assert "Only this side reports" not in page and "Reported by all" not in page  # it said both before


def test_dyad_page_embeds_the_chart_data_and_the_latest_diff(client):
    page = client.get("/dyads/CHN-VNM", params={"by": "year"}).text
    assert 'id="timeline-chart"' in page and '<script src="/static/plotly.min.js">' in page
    data = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S).group(1)
    assert '"period": "2021"' in data and '"period": "2022"' in data
    chart = json.loads(data)
    assert chart["colours"]["ACCUSE"] != chart["colours"]["SUPPORT"]  # one colour a type, on every dyad
    (e_low, e_high), (n_low, n_high) = chart["ranges"]["events"], chart["ranges"]["net"]
    assert e_low / (e_low - e_high) == pytest.approx(n_low / (n_low - n_high))  # one zero line
    assert "+ ukraine" in page and "Indo-Pacific" in page  # what the 2022 readout added


def test_events_page_filters_counts_and_links_each_event_to_its_sentence(client):
    page = client.get("/events", params={"dyad": "CHN-VNM"}).text
    api = client.get("/api/events", params={"dyad": "CHN-VNM", "limit": 1000}).json()
    counts = dict(re.findall(r'<span class="swatch"[^>]*></span>([A-Z]+) (\d+)</a>', page))
    assert sum(map(int, counts.values())) == len(api) and f"{len(api)} events" in page
    said = next(e for e in api if e["statement"] is not None)
    assert f'href="/readouts/{said["doc_id"]}#s-{said["statement"]}"' in page  # the sentence, on its readout
    assert "<mark>" in page  # the trigger words
    agree = client.get("/events", params={"dyad": "CHN-VNM", "type": "AGREE", "q": "VACCINE"}).text
    rows = re.findall(r'<td class="date">', agree)
    assert 0 < len(rows) < int(counts["AGREE"]) and "vaccine" in agree.lower()
    same = {"dyad": "CHN-VNM", "type": "AGREE", "q": "VACCINE"}
    twin = client.get("/api/events", params=same)  # the JSON twin filters as the page does
    assert int(twin.headers["x-total-count"]) == len(twin.json()) == len(rows)
    assert client.get("/events", params={"dyad": "USA-G7"}).status_code == 200  # codes may hold digits
    table = client.get("/events.csv", params={"dyad": "CHN-VNM"}).text.splitlines()
    assert table[0].startswith("date,doc_id,ordinal,type,actor,target") and len(table) == len(api) + 1
    assert client.get("/events", params={"polarity": "maybe"}).status_code == 400


@pytest.mark.parametrize("page, twin, params, header", [
    ("/", "/readouts.csv", {"dyad": "CHN-VNM"}, "date,doc_id,encounter,participants,issues,title"),
    ("/search", "/search.csv", {"q": "vaccine"}, "date,doc_id,ordinal,speaker,country,title,text"),
    ("/events", "/events.csv", {"type": "AID"}, "date,doc_id,ordinal,type,actor,target"),
])
def test_every_list_has_a_csv_twin_with_all_its_rows(client, page, twin, params, header):
    html = client.get(page, params=params).text
    total = int(re.search(r"([\d,]+) (?:readout|statement|event)s?\b", html).group(1).replace(",", ""))
    assert f'href="{twin}?' in html
    response = client.get(twin, params=params)
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert ",".join(rows[0]).startswith(header) and len(rows) == total + 1


def test_a_csv_cell_a_spreadsheet_would_run_is_defused(tmp_path):
    path = tmp_path / "formula.db"
    with Store(path) as store:
        store.put(extract("=HYPERLINK(\"http://evil.example\") Wang Yi met Bui Thanh Son in Hanoi.", doc_id="f"))
    with TestClient(create_app(path), base_url=BASE) as c:
        cells = next(csv.reader(io.StringIO(c.get("/search.csv", params={"q": "hyperlink"}).text.splitlines()[1])))
        assert cells[-1].startswith("'=HYPERLINK(")


def test_the_words_filter_reads_the_search_syntax_without_the_index_too(dev_db):
    """PostgreSQL has no FTS5: the events filter then uses the search's own fallback, phrases and OR."""
    with Store(dev_db, create=False) as store:
        indexed = {w: sum(store.event_counts(words=w).values()) for w in ('"South China Sea"', "vaccines OR masks")}
        store.indexed = False
        plain = {w: sum(store.event_counts(words=w).values()) for w in indexed}
    assert all(indexed.values()) and all(plain.values())


def test_a_readout_groups_its_events_by_type_and_links_into_the_events_page(client):
    page = client.get(f"/readouts/{DOC}").text
    assert page.count('<details class="event-group"') >= 3
    assert 'href="/events?dyad=CHN-VNM&amp;type=AGREE"' in page


def test_a_dyad_page_links_to_all_its_readouts(tmp_path):
    path = tmp_path / "many.db"
    with Store(path) as store:
        for day in range(1, 23):
            store.put(extract(f"On May {day}, 2022, Foreign Minister Wang Yi had a phone conversation with "
                              f"Vietnamese Foreign Minister Bui Thanh Son.", doc_id=f"call-{day}"))
    with TestClient(create_app(path), base_url=BASE) as c:
        page = c.get("/dyads/CHN-VNM").text
        assert "the latest 20 of 22" in page and 'href="/?dyad=CHN-VNM">all 22</a>' in page


def test_the_chart_bars_know_their_days(client):
    page = client.get("/dyads/CHN-VNM", params={"by": "quarter"}).text
    chart = json.loads(re.search(r'id="timeline-data">(.*?)</script>', page, re.S).group(1))
    assert chart["bounds"]["2022-Q2"] == ["2022-04-01", "2022-06-30"]
    assert 'href="/events?dyad=CHN-VNM"' in page


def test_search_page_highlights_matches(client):
    page = client.get("/search", params={"q": "Indo-Pacific Strategy"}).text
    assert "<mark>Indo-Pacific Strategy</mark>" in page or "<mark>Indo-Pacific</mark>" in page
    assert client.get("/search").status_code == 200  # the empty form


def test_search_and_event_lists_have_totals_and_go_past_the_first_page(client):
    api = client.get("/api/search", params={"q": "China", "limit": 1000})
    total = int(api.headers["x-total-count"])
    assert total == len(api.json()) > 50  # more than one page of the search page
    first = client.get("/search", params={"q": "China"}).text
    assert f"{total:,} statements · page 1 of {-(-total // 50)}" in first and 'rel="next"' in first
    second = client.get("/search", params={"q": "China", "page": 2}).text
    assert 'rel="prev"' in second and len(re.findall("<li>", second)) == min(50, total - 50)
    everything = client.get("/api/events", params={"dyad": "CHN-VNM", "limit": 5}).json()
    assert client.get("/api/events", params={"dyad": "CHN-VNM", "limit": 2, "offset": 3}).json() == everything[3:5]
    hits = client.get("/api/search", params={"q": "said", "limit": 4}).json()
    assert client.get("/api/search", params={"q": "said", "limit": 2, "offset": 2}).json() == hits[2:]


@pytest.mark.parametrize("path, params, key", [
    ("/api/readouts", {"dyad": "CHN-VNM"}, "doc_id"),
    ("/api/events", {"dyad": "CHN-VNM", "type": "agree"}, "type"),
    ("/api/search", {"q": "vaccines"}, "snippet"),
])
def test_api_lists(client, path, params, key):
    rows = client.get(path, params=params).json()
    assert rows and all(key in r for r in rows)


def test_api_readout_and_timeline(client):
    record = client.get(f"/api/readouts/{DOC}").json()
    assert record["doc_id"] == DOC and record["text"][record["events"][0]["span"][0]:].startswith("On April 14")
    line = client.get("/api/timeline", params={"dyad": "VNM-CHN", "by": "quarter"}).json()
    assert [p["period"] for p in line["periods"] if p["encounters"]] == ["2021-Q3", "2022-Q2"]


def test_openapi_documents_the_api(client):
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    assert {"/api/readouts", "/api/readouts/{doc_id}", "/api/events", "/api/timeline", "/api/search"} == set(paths)
    for path, methods in paths.items():  # what it promises is what it answers: 400 with {"error"}, never 422
        answers = methods["get"]["responses"]
        assert "422" not in answers and "400" in answers, path
    assert "404" in paths["/api/readouts/{doc_id}"]["get"]["responses"]
    assert client.get("/api/readouts", params={"limit": "x"}).status_code == 400


@pytest.mark.parametrize("path, status, words", [
    ("/readouts/no-such-doc", 404, "no document &#39;no-such-doc&#39;"),
    ("/nowhere", 404, "Not Found"),
    ("/?since=2022-13-01", 400, "not an ISO date"),
    ("/?since=2023-01-01&until=2022-01-01", 400, "is after"),
    ("/dyads/CHINA", 400, "is not a dyad"),
    ("/dyads/CHN-VNM?by=week", 400, "week"),
    ("/search?q=%22unclosed", 400, "C302"),
    ("/?page=x", 400, "page"),
    ("/?page=9223372036854775807", 400, "page"),  # an OverflowError (500) before
    ("/?page=0", 400, "page"),
    ("/dyads/USA-USA", 400, "two different codes"),
])
def test_bad_requests_get_a_page_that_says_why(client, path, status, words):
    response = client.get(path)
    assert response.status_code == status and "text/html" in response.headers["content-type"]
    assert words in response.text


@pytest.mark.parametrize("path, status", [
    ("/api/readouts/no-such-doc", 404), ("/api/events?since=yesterday", 400), ("/api/timeline", 400),
    ("/api/readouts?limit=0", 400), ("/api/readouts?offset=99999999999999999999", 400),
    ("/api/readouts?offset=-1", 400),
])
def test_api_errors_are_json(client, path, status):
    response = client.get(path)
    assert response.status_code == status and "error" in response.json()


def test_readout_text_is_escaped_never_run(hostile):
    page = hostile.get("/readouts/x<s>").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script>document.title" not in page and "javascript:alert" not in page  # title escaped, bad URL dropped
    listing = hostile.get("/").text
    assert "<script>document.title" not in listing and "/readouts/x%3Cs%3E" in listing


def test_a_readout_found_in_a_subfolder_opens_by_its_id(tmp_path):
    """Walking a folder gives ids with "/" (chn/2022-04-14): the pages, the compare page and the API open them."""
    path = tmp_path / "sub.db"
    with Store(path) as store:
        store.put(extract(HOSTILE.split("\n")[0], doc_id="chn/2022-04-14"))
        store.put(extract(HOSTILE.split("\n")[0] + " Again.", doc_id="vnm/compare"))  # a file called compare.txt
    with TestClient(create_app(path), base_url=BASE) as c:
        assert "/readouts/chn/2022-04-14" in c.get("/").text
        for url in ("/readouts/chn/2022-04-14", "/readouts/chn%2F2022-04-14", "/compare/chn/2022-04-14"):
            response = c.get(url)
            assert response.status_code == 200 and "chn/2022-04-14" in response.text, url
        assert c.get("/api/readouts/chn/2022-04-14").json()["doc_id"] == "chn/2022-04-14"
        assert c.get("/readouts/chn").status_code == 404
        assert "vnm/compare" in c.get("/readouts/vnm/compare").text


def test_a_huge_title_is_cut_in_lists(tmp_path):
    path = tmp_path / "long.db"
    with Store(path) as store:
        store.put(dataclasses.replace(extract(HOSTILE.split("\n")[0], doc_id="long"), title="Readout " * 20_000))
    with TestClient(create_app(path), base_url=BASE) as c:
        listing = c.get("/").text
        assert "Readout Readout" in listing and len(listing) < 20_000


def test_every_answer_forbids_framing_sniffing_and_scripts_from_elsewhere(client):
    for path in ("/", f"/readouts/{DOC}", "/api/readouts", "/nowhere", "/static/plotly.min.js"):
        headers = client.get(path).headers
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
        assert "script-src 'self';" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_a_request_addressed_to_another_name_is_refused(dev_db):
    """DNS rebinding: a page on evil.example resolving its name to 127.0.0.1 cannot read the store."""
    with TestClient(create_app(dev_db), base_url="http://evil.example") as c:
        assert c.get("/api/readouts").status_code == 400
    with TestClient(create_app(dev_db, hosts=None), base_url="http://analyst-box.lan") as c:  # --host 0.0.0.0
        assert c.get("/api/readouts").status_code == 200
    for name in ("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"):
        with TestClient(create_app(dev_db), base_url=name) as c:
            assert c.get("/").status_code == 200, name


def test_the_app_cannot_write(client):
    store = client.app.state.store
    with pytest.raises(Exception, match="readonly|read-only|attempt to write"):
        store.put(extract(HOSTILE, doc_id="intruder"))


def test_pages_load_nothing_from_other_hosts(client):
    for path in ("/", f"/readouts/{DOC}", "/dyads/CHN-VNM", "/search?q=ASEAN"):
        html = client.get(path).text
        assert not re.search(r'(?:src|href)="(?:https?:)?//', html), path
    assert client.get("/static/plotly.min.js").status_code == 200


def test_marks_may_overlap_and_are_cut_not_nested():
    from communique.model import Span

    html = str(marked("Vietnam thanks China.", 0, 21, [Mark(Span(8, 14), "event", "SUPPORT"),
                                                      Mark(Span(8, 20), "issue", "a&b")]))
    assert html == ('Vietnam <span class="event issue" title="SUPPORT; a&amp;b">thanks</span>'
                    '<span class="issue" title="a&amp;b"> China</span>.')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_binds_to_localhost_unless_told(monkeypatch, dev_db):
    seen = []

    def run(server, sockets):  # uvicorn.Server.run, told which socket to serve on
        seen.append(sockets[0].getsockname()[:2])
        sockets[0].close()

    monkeypatch.setattr("uvicorn.Server.run", run)
    port = _free_port()
    assert main(["serve", "--db", str(dev_db), "--port", str(port)]) == 0
    other = _free_port()
    assert main(["serve", "--db", str(dev_db), "--host", "0.0.0.0", "--port", str(other)]) == 0
    assert seen == [("127.0.0.1", port), ("0.0.0.0", other)]


def test_serve_on_a_busy_port_is_one_coded_line_before_serving(capsys, dev_db):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        assert main(["serve", "--db", str(dev_db), "--port", str(port)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"127.0.0.1:{port}" in err and "[C700]" in err and "serving" not in err


def test_serve_a_missing_database_is_one_line(capsys, tmp_path):
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 3
    assert "no such database" in capsys.readouterr().err
