"""Read PolNeAR-style corpora: ``text/<doc>.txt`` with brat ``.ann`` files.

Used to train the attribution model and to score it.  Follows the shared
scorer's conventions: the first ``.ann`` file per document in sorted order,
``Content2`` merged into the content, events without content skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

Fragments = tuple[tuple[int, int], ...]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Fragments
    source: Fragments
    cue: Fragments


@dataclass(frozen=True, slots=True)
class GoldDocument:
    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def parse_brat(ann: str) -> list[GoldAttribution]:
    fragments: dict[str, list[tuple[int, int]]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.split("\n"):
        if match := _T_LINE.match(line):
            tid, _type, offsets = match.groups()
            fragments[tid] = [
                (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))
            ]
        elif match := _E_LINE.match(line):
            pairs = [arg.split(":", 1) for arg in match.group(2).split()]
            events.append([(pair[0], pair[-1]) for pair in pairs[1:]])
    attributions = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {"content": [], "source": [], "cue": []}
        for role, tid in args:
            name = role.rstrip("0123456789").lower()
            if name in roles and tid in fragments:
                roles[name].extend(fragments[tid])
        if roles["content"]:
            attributions.append(
                GoldAttribution(*(tuple(sorted(roles[r])) for r in ("content", "source", "cue")))
            )
    return attributions


def load_split(folder: Path) -> list[GoldDocument]:
    """All documents of one split folder, sorted by id."""
    ann_dir = folder / "attributions"
    first: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        first.setdefault(path.stem.rsplit("_", 1)[0], path)
    docs = []
    for path in sorted((folder / "text").glob("*.txt")):
        ann = first.get(path.stem)
        gold = parse_brat(read_text(ann)) if ann else []
        docs.append(GoldDocument(path.stem, read_text(path), tuple(gold)))
    return docs
