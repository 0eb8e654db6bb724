"""The REST API over real HTTP on 127.0.0.1: filters, pages, limits, one error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from onrecord import Article
from onrecord.record import add
from onrecord.serve import create_app
from onrecord.store import Store
from tests.conftest import EXAMPLES, example_article, read, serving

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('api') / 'r.db'}")
    add(store, [example_article()])
    with serving(create_app(store, token=TOKEN)) as url, httpx.Client(base_url=url) as client:
        yield client


def error_of(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "detail"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


def test_statements_filter_and_page(api: httpx.Client) -> None:
    found = api.get("/api/statements", params={"search": "irreversible"}).json()
    assert found["total"] == 1
    [item] = found["items"]
    assert item["speaker"] == {"id": "mark-rutte", "name": "Mark Rutte", "via": None}
    assert item["article"]["outlet"] == "Example Wire"
    everything = api.get("/api/statements", params={"page_size": 5, "page": 2}).json()
    assert everything["page"] == 2 and len(everything["items"]) == 5
    assert everything["total"] > 10
    rutte = api.get("/api/statements", params={"speaker": "mark-rutte", "kind": "direct"}).json()
    assert rutte["total"] >= 2
    assert all(i["speaker"]["id"] == "mark-rutte" and i["kind"] == "direct" for i in rutte["items"])
    none = api.get("/api/statements", params={"since": "2026-01-01"}).json()
    assert none == {"items": [], "page": 1, "page_size": 50, "total": 0}


def test_speakers_and_articles(api: httpx.Client) -> None:
    speakers = {s["id"]: s for s in api.get("/api/speakers").json()}
    assert speakers["mark-rutte"]["statements"] >= 8
    rutte = api.get("/api/speakers/mark-rutte").json()
    assert rutte["name"] == "Mark Rutte"
    assert rutte["roles"] == [
        {
            "role": "NATO Secretary General",
            "statements": 1,
            "first_seen": "2025-04-16",
            "last_seen": "2025-04-16",
        }
    ]
    articles = api.get("/api/articles").json()
    assert [a["id"] for a in articles["items"]] == ["nato-rutte"]
    article = api.get("/api/articles/nato-rutte").json()
    for s in article["statements"]:
        content = s["content"] if isinstance(s["content"], dict) else s["content"][0]
        assert article["text"][content["start"] : content["end"]] == content["text"]


def test_issues_positions_and_conflicts(api: httpx.Client) -> None:
    issues = {i["label"]: i for i in api.get("/api/issues").json()}
    membership = issues["NATO membership"]
    assert membership["conflicts"] >= 1 and membership["speakers"] >= 3
    detail = api.get(f"/api/issues/{membership['id']}").json()
    stances = {p["speaker"]["name"]: p["stance"] for p in detail["positions"]}
    assert stances["Mark Rutte"] == "for" and stances["Donald Trump"] == "against"
    positions = api.get("/api/positions", params={"speaker": "donald-trump"}).json()
    assert {p["issue"]["id"] for p in positions} >= {membership["id"]}
    assert all(p["speaker"]["id"] == "donald-trump" for p in positions)
    conflicts = api.get("/api/conflicts", params={"issue": membership["id"]}).json()
    assert conflicts == detail["conflict_list"]
    cited = {c[k] for c in conflicts for k in ("a", "b")}
    on_issue = api.get("/api/statements", params={"issue": membership["id"], "page_size": 200})
    items = on_issue.json()["items"]
    assert cited <= {i["id"] for i in items}
    assert all(membership["id"] in i["issues"] for i in items)
    assert any(t["stance"] == "against" for i in items for t in i["topics"])
    error_of(api.get("/api/issues/nope"), 404)
    as_csv = api.get("/conflicts.csv", params={"issue": membership["id"]})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert len(as_csv.text.splitlines()) == len(conflicts) + 1
    exported = [json.loads(line) for line in api.get("/issues.jsonl").text.splitlines()]
    assert {i["id"] for i in exported} == {i["id"] for i in issues.values()}


def test_errors_have_one_shape(api: httpx.Client) -> None:
    error_of(api.get("/api/articles/nope"), 404)
    error_of(api.get("/api/speakers/nope"), 404)
    error_of(api.get("/api/nothing-here"), 404)
    assert error_of(api.get("/api/statements", params={"page_size": 10_000}), 422)["detail"]
    error_of(api.get("/api/statements", params={"kind": "sideways"}), 422)
    error_of(api.get("/api/statements", params={"since": "yesterday"}), 422)
    error_of(api.delete("/api/articles/nato-rutte"), 405)


def test_adding_needs_the_token(api: httpx.Client) -> None:
    text = "“We will open the bridge in May,” Mayor Ann Lee said on Monday."
    error_of(api.post("/api/articles", json={"text": text}), 401)
    error_of(
        api.post("/api/articles", json={"text": text}, headers={"Authorization": "Bearer wrong"}),
        401,
    )
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = api.post(
        "/api/articles",
        json={"text": text, "id": "bridge", "published": "2025-05-06"},
        headers=auth,
    )
    assert created.status_code == 201, created.text
    assert created.json() == {"id": "bridge", "added": True, "statements": 1}
    again = api.post("/api/articles", json={"text": text, "id": "bridge"}, headers=auth)
    assert again.json()["added"] is False
    [item] = api.get("/api/statements", params={"article": "bridge"}).json()["items"]
    assert item["said_on"] == "2025-05-05"
    error_of(api.post("/api/articles", json={"title": "no text"}, headers=auth), 422)
    error_of(api.post("/api/articles", json={"text": text, "published": "soon"}, headers=auth), 400)
    error_of(api.post("/api/articles", content=b"x" * 3_100_000, headers=auth), 413)


def test_read_only_without_a_token(tmp_path: Any) -> None:
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    with serving(create_app(store)) as url:
        response = httpx.post(
            f"{url}/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer anything"}
        )
    assert error_of(response, 403)["code"] == "forbidden"


def test_a_described_speaker_cites_the_statement_that_titles_them(tmp_path: Any) -> None:
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    named = "Ukrainian President Volodymyr Zelenskyy said that the deal should go ahead.\n"
    described = "“We are really happy to have such friends,” the Ukrainian president said.\n"
    add(
        store,
        [
            Article(id="named", published="2025-02-28", text=named),
            Article(id="described", published="2025-03-01", text=described),
        ],
    )
    with serving(create_app(store)) as url:
        found = httpx.get(f"{url}/api/statements", params={"search": "friends"}).json()
        page = httpx.get(f"{url}/search", params={"q": "friends"}).text
    [item] = found["items"]
    assert item["speaker"] == {
        "id": "volodymyr-zelenskyy",
        "name": "Volodymyr Zelenskyy",
        "via": "named:1",
    }
    assert item["mention"] == "the Ukrainian president"
    assert 'href="/articles/named#s-1"' in page and "as “the Ukrainian president”" in page


def test_openapi_schema_documents_the_api(api: httpx.Client) -> None:
    schema = api.get("/openapi.json").json()
    assert {
        "/api/statements",
        "/api/speakers",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/issues",
        "/api/issues/{issue_id}",
        "/api/positions",
        "/api/conflicts",
    } <= set(schema["paths"])
    assert api.get("/docs").status_code == 200


def test_schemathesis_finds_no_server_error_and_one_error_shape(tmp_path: Any) -> None:
    """Fuzz every operation of the app's own schema, a bounded number of examples each.

    Read-only (no token), so POST /api/articles is refused before it could
    fetch a generated URL: no request leaves 127.0.0.1.
    """
    import subprocess
    import sys
    from pathlib import Path

    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    add(store, [Article(id="nato-rutte", text=read(EXAMPLES / "nato-rutte.txt"))])
    st = Path(sys.executable).with_name("st")
    with serving(create_app(store)) as url:
        result = subprocess.run(
            [
                str(st),
                "run",
                f"{url}/openapi.json",
                "--max-examples",
                "20",
                "--generation-deterministic",
                "--checks",
                "not_a_server_error,status_code_conformance,content_type_conformance,"
                "response_schema_conformance",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert result.returncode == 0, result.stdout[-3000:]
