from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.fixture(scope="session")
def example_text() -> str:
    return read(EXAMPLES / "nato-rutte.txt")


@pytest.fixture(scope="session")
def example_expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read(EXAMPLES / "nato-rutte.expected.json"))
    return data


# -- stores: every store test runs on SQLite and on the PostgreSQL server -----

import os  # noqa: E402
import threading  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402

PG_SERVER = os.environ.get("ONRECORD_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


def _pg_admin() -> Any:
    import sqlalchemy as sa

    return sa.create_engine(f"{PG_SERVER}/test", isolation_level="AUTOCOMMIT")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database, dropped afterwards."""
    import sqlalchemy as sa

    name = f"onrecord_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'record.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


# -- a real HTTP server on 127.0.0.1 -----------------------------------------

Route = tuple[int, str, bytes]


class Server:
    """Serves ``routes`` (path -> status, content type, body) on 127.0.0.1."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, content_type, body = routes.get(self.path, (404, "text/plain", b"nope"))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


def page(title: str, body: str) -> bytes:
    """A small but real news page."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="Daily Test">'
        f'<meta name="author" content="Jo Writer">'
        f'<meta property="article:published_time" content="2025-04-16"></head>'
        f"<body><nav>Home | World</nav><article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>Copyright</footer></body></html>"
    ).encode()


# -- the onrecord app served by uvicorn on 127.0.0.1 --------------------------

from contextlib import contextmanager  # noqa: E402


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Run ``app`` on a free port of 127.0.0.1; yields its base URL."""
    import time

    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def example_article(**fields: Any) -> Any:
    """The founding example as an Article, as both web test suites load it."""
    from onrecord import Article

    defaults = {"outlet": "Example Wire", "published": "2025-04-16"}
    return Article(
        id="nato-rutte", text=read(EXAMPLES / "nato-rutte.txt"), **{**defaults, **fields}
    )
