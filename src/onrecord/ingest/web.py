"""Fetching pages over HTTP: a clear User-Agent, timeouts, bounded concurrency."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx

from onrecord import __version__
from onrecord.errors import InputError

USER_AGENT = f"onrecord/{__version__} (news attribution research; python-httpx)"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
MAX_BYTES = 20_000_000
CONCURRENCY = 4


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    content: bytes
    content_type: str


def client() -> httpx.Client:
    return httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT, follow_redirects=True)


def fetch(url: str, session: httpx.Client | None = None) -> Page:
    """The page at ``url``, or an InputError saying why not."""
    own = session is None
    http = session or client()
    try:
        response = http.get(url)
    except httpx.TimeoutException:
        raise InputError(url, "timed out") from None
    except httpx.HTTPError as err:
        raise InputError(url, f"could not be fetched ({type(err).__name__}: {err})") from None
    except (httpx.InvalidURL, ValueError, UnicodeError) as err:
        raise InputError(url, f"not a URL that can be fetched ({err})") from None
    finally:
        if own:
            http.close()
    if response.status_code >= 400:
        raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
    if len(response.content) > MAX_BYTES:
        raise InputError(url, f"larger than {MAX_BYTES // 1_000_000} MB")
    return Page(str(response.url), response.content, response.headers.get("content-type", ""))


def fetch_all(urls: Iterable[str]) -> Iterator[Page | InputError]:
    """Pages in the order of ``urls``, fetched CONCURRENCY at a time."""
    with client() as http, ThreadPoolExecutor(CONCURRENCY) as pool:

        def one(url: str) -> Page | InputError:
            try:
                return fetch(url, http)
            except InputError as err:
                return err

        yield from pool.map(one, urls)
