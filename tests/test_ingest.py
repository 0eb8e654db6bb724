"""Every input kind, read from real files and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.errors import InputError
from onrecord.ingest.sources import read_sources
from onrecord.model import Article
from tests.conftest import Server, page

BODY = (
    "The mayor spoke to reporters outside city hall on Monday morning.\n\n"
    "“We will rebuild the bridge before winter,” Mayor Ann Lee said. "
    "She added that the city had already secured the money for the work."
)


def read(*items: str) -> tuple[list[Article], list[InputError]]:
    found = list(read_sources(items))
    return (
        [x for x in found if isinstance(x, Article)],
        [x for x in found if isinstance(x, InputError)],
    )


def test_text_file_title_from_first_line(tmp_path: Path) -> None:
    (tmp_path / "bridge-story.txt").write_text("Bridge To Be Rebuilt\n\n" + BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("no title here. " + BODY, encoding="utf-8")
    articles, errors = read(str(tmp_path))
    assert errors == []
    assert [(a.id, a.title) for a in articles] == [
        ("bridge-story", "Bridge To Be Rebuilt"),
        ("notes", None),
    ]


def test_html_file(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_bytes(page("Bridge To Be Rebuilt", BODY))
    [a], errors = read(str(tmp_path / "p.html"))
    assert errors == []
    assert "rebuild the bridge" in a.text and "Copyright" not in a.text
    assert a.title == "Bridge To Be Rebuilt"
    assert a.published == "2025-04-16"


def test_jsonl_keeps_fields_and_extra_keys(tmp_path: Path) -> None:
    lines = [
        {
            "id": "one",
            "text": BODY,
            "outlet": "Daily",
            "published": "2025-04-16",
            "url": "https://daily.example/one",
            "section": "city",
        },
        {"text": BODY + " Again.", "url": "https://daily.example/two"},
        {"title": "no text"},
        {"text": BODY + " Third.", "published": "last Tuesday"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    articles, errors = read(str(path))
    assert articles[0].id == "one" and articles[0].metadata == {"section": "city"}
    assert articles[1].id.startswith("daily-example-two-")
    reasons = [(e.name, e.problem.split(" (")[0]) for e in errors]
    assert reasons == [
        (f"{path}:3", "no 'text' field with the article's text"),
        (f"{path}:4", "'published' is not an ISO date or datetime: 'last Tuesday'"),
        (f"{path}:5", "invalid JSON"),
    ]


def test_json_list(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": BODY}, {"text": BODY + " More."}]), encoding="utf-8")
    articles, errors = read(str(path))
    assert [a.id for a in articles] == ["two-1", "two-2"] and errors == []


def test_page_and_feed_over_http(server: Server) -> None:
    server.routes["/a"] = (200, "text/html", page("First", BODY))
    server.routes["/b"] = (200, "text/html", page("Second", BODY.replace("bridge", "tunnel")))
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Daily Test Feed</title>'
        f"<item><title>First</title><link>{server.url('/a')}</link>"
        "<pubDate>Wed, 16 Apr 2025 10:00:00 GMT</pubDate></item>"
        f"<item><title>Second</title><link>{server.url('/b')}</link></item>"
        f"<item><title>Gone</title><link>{server.url('/gone')}</link></item>"
        "</channel></rss>"
    )
    server.routes["/feed"] = (200, "application/rss+xml", feed.encode())
    server.routes["/broken"] = (500, "text/plain", b"oops")
    articles, errors = read(server.url("/feed"), server.url("/a"), server.url("/broken"))
    assert [a.title for a in articles] == ["First", "Second", "First"]
    assert articles[0].published == "2025-04-16T10:00:00"
    assert articles[0].outlet == "Daily Test Feed"
    assert articles[0].url == server.url("/a")
    assert [(e.name, e.problem) for e in errors] == [
        (server.url("/gone"), "HTTP 404 Not Found"),
        (server.url("/broken"), "HTTP 500 Internal Server Error"),
    ]


def warc_bytes(pages: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, body in pages.items():
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    return buffer.getvalue()


def test_warc_and_truncated_warc(tmp_path: Path) -> None:
    data = warc_bytes(
        {
            "https://x.example/1": page("One", BODY),
            "https://x.example/2": page("Two", BODY.replace("bridge", "road")),
        }
    )
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    articles, errors = read(str(tmp_path / "crawl.warc.gz"))
    assert [a.url for a in articles] == ["https://x.example/1", "https://x.example/2"]
    assert errors == []
    articles, errors = read(str(tmp_path / "cut.warc.gz"))
    assert len(articles) <= 1
    assert len(errors) == 1 and "WARC" in errors[0].problem


def test_bad_files_each_named(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(gzip.compress(b"\x00\x01\x02" * 100))
    (tmp_path / "broken.rss").write_text("<rss><channel><item>", encoding="utf-8")
    (tmp_path / "empty.html").write_text(
        "<html><body><nav>menu</nav></body></html>", encoding="utf-8"
    )
    (tmp_path / "notes.docx").write_bytes(b"PK")
    articles, errors = read(
        str(tmp_path / "binary.txt"),
        str(tmp_path / "broken.rss"),
        str(tmp_path / "empty.html"),
        str(tmp_path / "notes.docx"),
        str(tmp_path / "missing.txt"),
    )
    assert articles == []
    assert [Path(e.name).name for e in errors] == [
        "binary.txt",
        "broken.rss",
        "empty.html",
        "notes.docx",
        "missing.txt",
    ]
    assert all(e.problem for e in errors)
