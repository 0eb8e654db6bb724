"""The web pages in a real browser: Playwright driving Debian's chromium.

Screenshots of each page are kept in artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from onrecord import Article
from onrecord.record import add
from onrecord.serve import create_app
from onrecord.store import Store
from tests.conftest import ROOT, example_article, serving

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "artifacts" / "screenshots"
HOSTILE = (
    "Hostile page\n\n"
    '<script>window.pwned = 1</script> The minister said that <img src=x onerror="window.pwned=2"> '
    "was fine. " + "W" * 10_000 + " end.\n\n"
    "“שלום עליכם,” the ambassador said on Monday. مرحبا بالعالم\n"
)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'r.db'}")
    add(
        store,
        [
            example_article(title="Rutte: membership not guaranteed"),
            Article(
                id="hostile",
                text=HOSTILE,
                url="javascript:window.pwned=3",
                title="<script>alert(1)</script>",
                published="2025-04-17",
            ),
        ],
    )
    with serving(create_app(store)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    yield context.new_page()
    context.close()


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_article_page_highlights_rutte_with_his_name(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/articles/nato-rutte")
    marks = page.locator('#article-text mark[data-speaker="Mark Rutte"]')
    assert marks.count() >= 8
    assert "irreversible" in " ".join(marks.all_inner_texts())
    label = page.locator("#article-text a.who", has_text="Mark Rutte").first
    assert label.is_visible()
    assert label.get_attribute("href") == "/speakers/mark-rutte"
    shot(page, "article")


def test_search_lands_on_the_statement(page: Page, base_url: str) -> None:
    page.goto(base_url)
    page.fill("#q", "irreversible")
    page.click("header button[type=submit]")
    page.wait_for_url("**/search?q=irreversible")
    results = page.locator("ol.results li.result")
    assert results.count() == 1
    assert "Mark Rutte" in results.first.inner_text()
    shot(page, "search")
    results.first.locator("a.content").click()
    page.wait_for_url("**/articles/nato-rutte#s-*")
    target = page.url.split("#", 1)[1]
    assert page.locator(f"#{target}").inner_text() == "Mark Rutte"
    assert page.locator(f"#{target}").is_visible()


def test_speaker_page_draws_the_timeline(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/speakers/mark-rutte")
    assert page.locator("h1").inner_text() == "Mark Rutte"
    assert "NATO Secretary General" in page.locator("ul.roles").inner_text()
    page.wait_for_selector("#timeline svg circle")
    assert page.locator("#timeline svg circle").count() >= 8
    assert "NATO membership" in (page.locator("#timeline svg").text_content() or "")
    assert page.locator("#timeline svg circle[fill='#2b8a3e']").count() >= 1  # a "for" dot
    positions = page.locator("table.positions").inner_text()
    assert "NATO membership" in positions and "troops" in positions
    shot(page, "speaker")


def test_hostile_article_renders_inert_and_readable(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/articles/hostile")
    assert page.evaluate("typeof window.pwned") == "undefined"
    text = page.locator("#article-text")
    assert text.locator("script, img, iframe, object").count() == 0
    assert page.locator("script:not([src]):not([type='application/json'])").count() == 0
    assert page.locator("a[href^='javascript' i]").count() == 0
    assert "<script>window.pwned = 1</script>" in text.inner_text()
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert "שלום עליכם" in text.inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1100, "a 10,000-character word must wrap, not widen the page"
    shot(page, "hostile")


def test_conflicts_page_shows_rutte_against_trump(page: Page, base_url: str) -> None:
    page.goto(base_url)
    page.click("nav.sections >> text=Conflicts")
    page.wait_for_url("**/conflicts")
    conflict = page.locator("article.conflict", has_text="Donald Trump").filter(
        has_text="Mark Rutte"
    )
    assert conflict.count() == 1
    assert "NATO membership" in conflict.locator("h2").inner_text()
    cited = " | ".join(conflict.locator(".context mark").all_inner_texts())
    assert "irreversible" in cited
    assert "never going to be a member of NATO" in cited
    assert conflict.locator("a.who").all_inner_texts() == ["Donald Trump", "Mark Rutte"]
    shot(page, "conflicts")
    conflict.locator(".side").last.locator("a[href*='#s-']").click()
    page.wait_for_url("**/articles/nato-rutte#s-*")
    assert page.locator(f"#{page.url.split('#', 1)[1]}").inner_text() == "Mark Rutte"


def test_issue_page_shows_speakers_by_stance(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/issues")
    page.click("table.issues >> text=NATO membership")
    page.wait_for_url("**/issues/nato-membership")
    rows = {
        row.locator("th").inner_text(): row.locator("td").first.inner_text()
        for row in page.locator("table.positions tbody tr").all()
    }
    assert rows["Mark Rutte"].startswith("for")
    assert rows["Donald Trump"].startswith("against")
    assert page.locator("article.conflict").count() >= 1
    shot(page, "issue")


def test_phone_width_has_no_sideways_scroll(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    for path, name in (("/search?q=NATO", "search-phone"), ("/conflicts", "conflicts-phone")):
        page.goto(f"{base_url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        shot(page, name)
    context.close()
