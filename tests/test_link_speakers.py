"""One speaker across articles and outlets, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from onrecord import Article
from onrecord.link.descriptions import description_keys
from onrecord.link.speakers import SpeakerIndex, link_speakers, name_key
from onrecord.names import surname_of
from onrecord.record import add, reanalyze, relink
from onrecord.store import StatementQuery, Store
from onrecord.store.schema import articles

ARTICLES = [
    ("kyiv-1", "Ukrainian President Volodymyr Zelensky said on Monday that talks had stalled.\n"),
    ("kyiv-2", "President Vladimir Zelensky told reporters that the front line was holding.\n"),
    ("kyiv-3", "Zelenskyy said in a video address that more air defence was needed.\n"),
    ("dc-1", "Hillary Clinton said that the plan would cost too much.\n"),
    ("dc-2", "Former President Bill Clinton said the economy was strong.\n"),
    ("dc-3", "“It will pass,” Clinton said of the bill.\n"),
    ("ru-1", "The Kremlin said that the talks were over.\n"),
    ("ru-2", "Moscow insisted that the sanctions would fail.\n"),
]


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store(db_url)
    add(s, [Article(id=i, text=t, published="2025-04-16") for i, t in ARTICLES])
    return s


def speaker_of(store: Store, article_id: str) -> str:
    [record] = list(store.statements(StatementQuery(article=article_id)))
    speaker_id: str = record["speaker"]["id"]
    return speaker_id


def test_one_speaker_across_articles_and_spellings(store: Store) -> None:
    assert len({speaker_of(store, a) for a in ("kyiv-1", "kyiv-2", "kyiv-3")}) == 1
    assert speaker_of(store, "ru-1") == speaker_of(store, "ru-2") == "russia"


def test_one_surname_two_people_stays_visible(store: Store) -> None:
    hillary, bill, bare = (speaker_of(store, a) for a in ("dc-1", "dc-2", "dc-3"))
    assert len({hillary, bill, bare}) == 3
    assert bare == "clinton"


def test_corrections_survive_reanalysis(store: Store) -> None:
    store.merge_speakers("hillary-clinton", "clinton")
    store.rename_speaker("hillary-clinton", "Hillary Rodham Clinton")
    with store.engine.begin() as connection:
        connection.execute(articles.update().values(engine="old"))
    assert reanalyze(store) == len(ARTICLES)
    assert speaker_of(store, "dc-3") == "hillary-clinton"
    [record] = list(store.statements(StatementQuery(article="dc-1")))
    assert record["speaker"]["name"] == "Hillary Rodham Clinton"
    names = {s["id"]: s["name"] for s in store.speakers()}
    assert "clinton" not in names and names["hillary-clinton"] == "Hillary Rodham Clinton"


def test_linking_is_idempotent(store: Store) -> None:
    before = store.speakers()
    assert link_speakers(store) == 0
    assert store.speakers() == before


def test_name_keys() -> None:
    assert name_key("Zelenskiy") == name_key("Zelenskyy") == name_key("Zelensky")
    assert name_key("Umierov") == name_key("Umyerov") == name_key("Umerov")
    assert name_key("Mr. Trump") == name_key("Trump")
    assert name_key("Donald Trump Jr.") != name_key("Donald Trump")
    # A particle is no first name: "Von der Leyen" is the surname alone.
    assert name_key("Von der Leyen") == name_key("von der Leyen") == name_key("Leyen")
    index_ = SpeakerIndex()
    leyen, _ = index_.resolve("Ursula von der Leyen", "person")
    assert index_.find("Von der Leyen", "person") == leyen
    index = SpeakerIndex()
    index.resolve("Bernie Sanders", "person")
    assert index.find("Saunders", "person") is None


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Lee Jae-myung", "Lee"),
        ("Woo Won Shik", "Woo"),
        ("Xi Jinping", "Xi"),
        ("Nguyen Xuan Phuc", "Nguyen"),
        ("Ann Lee", "Lee"),  # a Western name: given name first
        ("Lee Harvey Oswald", "Oswald"),
        ("Kim Kardashian", "Kardashian"),  # a Korean surname, a Western given name
        ("Jack Ma", "Ma"),
    ],
)
def test_a_name_written_surname_first(name: str, surname: str) -> None:
    assert surname_of(name) == surname


def test_one_speaker_across_romanizations_of_a_name_written_surname_first() -> None:
    index = SpeakerIndex()
    han, _ = index.resolve("Han Dong-hoon", "person")
    assert index.resolve("Han Dong Hoon", "person")[0] == han
    assert index.resolve("Han Dong-hun", "person")[0] == han
    assert index.find("Han", "person") == han
    yoon, _ = index.resolve("Yoon Suk Yeol", "person")
    assert yoon != han and index.find("Yun", "person") == yoon
    assert index.find("Suk", "person") is None and index.find("Hoon", "person") is None


def test_an_accented_name_keeps_its_letters_in_its_id() -> None:
    index = SpeakerIndex()
    assert index.resolve("Éric Coquerel", "person")[0] == "eric-coquerel"
    assert index.resolve("Jean-Luc Mélenchon", "person")[0] == "jean-luc-melenchon"


def test_a_surname_finds_a_full_name_the_tagger_gave_another_kind() -> None:
    index = SpeakerIndex()
    vance, _ = index.resolve("JD Vance", "organization")  # the entity tagger's reading
    assert index.find("Vance", "person") == vance
    assert index.find("Vance", "unknown") is None  # a lone surname of no kind: persons only
    index.resolve("Susan Vance", "person")
    assert index.find("Vance", "person") != vance  # a person bearing it comes first
    assert index.find("Fox", "person") is None and index.find("Russia", "country") is None


def onrecord(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args], capture_output=True, text=True, check=False
    )


def test_speaker_commands(tmp_path: Path) -> None:
    lines = [{"id": i, "text": t, "published": "2025-04-16"} for i, t in ARTICLES]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert onrecord("add", str(tmp_path / "a.jsonl"), "--db", db, "-w", "1").returncode == 0
    merged = onrecord("speakers", "merge", "hillary-clinton", "clinton", "--db", db)
    assert merged.returncode == 0, merged.stderr
    missing = onrecord("speakers", "merge", "hillary-clinton", "nobody", "--db", db)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "error: nobody: no such speaker"
    split = onrecord("speakers", "split", "hillary-clinton", "Clinton", "--db", db)
    assert split.returncode == 0, split.stderr
    timeline = onrecord("speaker", "zelensky", "--db", db, "--format", "jsonl")
    said = [json.loads(x)["said_on"] for x in timeline.stdout.splitlines()]
    assert said == sorted(said) and "2025-04-14" in said
    listed = [
        json.loads(x)["id"]
        for x in onrecord("speakers", "--db", db, "-f", "jsonl").stdout.splitlines()
    ]
    assert "clinton" in listed and len([x for x in listed if "zelensk" in x]) == 1


def test_roles_are_kept_with_the_date_reported(db_url: str) -> None:
    store = Store(db_url)
    add(
        store,
        [
            Article(
                id="a",
                published="2024-10-01",
                text="Dutch Prime Minister Mark Rutte said that the budget was sound.\n",
            ),
            Article(
                id="b",
                published="2025-04-16",
                text="NATO Secretary General Mark Rutte said that support would continue.\n",
            ),
            Article(  # a role in apposition after the name
                id="c",
                published="2025-06-20",
                text="Mark Rutte, NATO's secretary general, said that allies would spend more.\n",
            ),
        ],
    )
    found = store.speaker("mark-rutte")
    assert found is not None
    assert [(r["role"], r["first_seen"]) for r in found["roles"]] == [
        ("Dutch Prime Minister", "2024-10-01"),
        ("NATO Secretary General", "2025-04-16"),
        ("NATO's secretary general", "2025-06-20"),
    ]


def _recorded(db_url: str, *articles: tuple[str, str, str]) -> Store:
    """A store of the articles given as (id, published, text)."""
    store = Store(db_url)
    add(store, [Article(id=i, published=p, text=t) for i, p, t in articles])
    return store


def _statement(store: Store, article_id: str, words: str) -> dict[str, object]:
    [record] = [
        r
        for r in store.statements(StatementQuery(article=article_id))
        if words in r["content_text"]
    ]
    return record


def test_a_description_is_named_by_the_title_another_article_gives(db_url: str) -> None:
    named = "Ukrainian President Volodymyr Zelenskyy said that the deal should go ahead.\n"
    described = (
        "Volodymyr Zelenskyy met King Charles. “We’re really happy that we have such "
        "friends,” the Ukrainian president added.\n"
    )
    store = _recorded(
        db_url,
        ("named", "2025-02-28", named),
        ("described", "2025-03-01", described),
        # a year later the description may be someone else: no link
        ("later", "2026-03-01", described.replace("We’re", "We")),
    )
    via = _statement(store, "named", "the deal")
    speaker = _statement(store, "described", "such friends")["speaker"]
    assert speaker == {"id": "volodymyr-zelenskyy", "name": "Volodymyr Zelenskyy", "via": via["id"]}
    assert _statement(store, "later", "such friends")["speaker"] is None
    # linking again changes nothing; the link is redone from the record each time
    relink(store)
    assert _statement(store, "described", "such friends")["speaker"] == speaker


def test_a_pronoun_going_on_with_a_description_is_named_with_it(db_url: str) -> None:
    """ "the president-elect announced ... he wrote" names no one in its text;
    another article titles the president-elect, and the pronoun goes with the
    description."""
    described = (
        "On Monday, the president-elect announced that his son would travel there.\n\n"
        "“The people will benefit tremendously,” he wrote on social media.\n"
    )
    store = _recorded(
        db_url,
        ("named", "2025-01-07", "President-elect Donald Trump said that the island was vital.\n"),
        ("described", "2025-01-14", described),
    )
    via = _statement(store, "named", "the island")["id"]
    for words in ("his son", "benefit tremendously"):
        speaker = _statement(store, "described", words)["speaker"]
        assert speaker == {"id": "donald-trump", "name": "Donald Trump", "via": via}


def test_a_description_two_speakers_hold_stays_unknown(db_url: str) -> None:
    store = _recorded(
        db_url,
        ("a", "2025-03-01", "Ukrainian President Volodymyr Zelenskyy said that talks go on.\n"),
        ("b", "2025-03-02", "Ukrainian Prime Minister Denys Shmyhal said that it was ready.\n"),
        ("c", "2025-03-02", "Shmyhal met reporters. The Ukrainian leader said that aid came.\n"),
    )
    assert _statement(store, "c", "aid came")["speaker"] is None


@pytest.mark.parametrize(
    ("mention", "keys"),
    [
        ("the Ukrainian president", (frozenset({"Ukraine"}), "president")),
        ("Panama's president", (frozenset({"Panama"}), "president")),
        ("the president-elect", (frozenset({"elect"}), "president")),
        ("the Danish PM", (frozenset({"Denmark", "prime"}), "minister")),
        ("the president", None),  # no word besides the title
        ("a spokesman for the ministry", None),  # not definite
        ("he", None),
    ],
)
def test_description_keys(mention: str, keys: object) -> None:
    assert description_keys(mention) == keys


def test_a_name_one_letter_off_is_one_person_only_with_the_same_title(db_url: str) -> None:
    macron = "French President Emmanuel Macron said that Europe must act {}.\n"
    store = _recorded(
        db_url,
        ("macron-1", "2025-03-01", macron.format(1)),
        ("macron-2", "2025-03-01", macron.format(2)),
        # a typo in the name, with the same title
        ("macros", "2025-03-01", "French President Emmanuel Macros said that Russia attacked.\n"),
        ("kerry", "2015-03-01", "Secretary of State John Kerry said that the talks would go on.\n"),
        # one letter off, but another title: another person
        ("berry", "2015-03-01", "OPM Director John Berry said that the agency was hiring.\n"),
    )
    assert speaker_of(store, "macros") == speaker_of(store, "macron-1") == "emmanuel-macron"
    assert speaker_of(store, "kerry") != speaker_of(store, "berry")


def test_a_name_spelt_two_ways_with_one_middle_initial_is_one_person(db_url: str) -> None:
    """A machine translation's "Mut B. Eged" is Múte B. Egede: given name and
    surname each one letter off, the middle initial the same; another middle
    initial is another person."""
    store = _recorded(
        db_url,
        ("egede", "2025-01-10", "Premier Múte B. Egede said that the island was not for sale.\n"),
        ("eged", "2025-01-10", "Premier Mut B. Eged said that cooperation was about dialogue.\n"),
        ("ward", "2025-01-10", "Judge Ann T. Ward said that the case was closed.\n"),
        ("ware", "2025-01-10", "Judge Ann R. Warde said that the case was open.\n"),
    )
    assert speaker_of(store, "eged") == speaker_of(store, "egede")
    assert speaker_of(store, "ward") != speaker_of(store, "ware")
