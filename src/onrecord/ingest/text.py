"""Plain-text inputs: files, folders of ``.txt`` files and standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from onrecord.errors import InputError

STDIN = "-"


_TITLE_MAX = 200


def title_of(text: str) -> str | None:
    """The first line, when it looks like a headline: short, unpunctuated, set apart."""
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    first = first.strip()
    if not first or len(first) > _TITLE_MAX or first[-1] in '.,;:!?"”' or not rest.startswith("\n"):
        return None
    return first


@dataclass(frozen=True, slots=True)
class TextInput:
    """One text and the name it goes by (a file name without its extension)."""

    name: str
    text: str


def decode(data: bytes, name: str) -> str:
    """``data`` as text, or an InputError saying why it is not UTF-8 text."""
    if b"\x00" in data:
        raise InputError(name, "binary data, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            name, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    return text


def read_text_file(path: Path) -> str:
    """A file's text as the offsets are defined: UTF-8, newlines untouched."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as err:
        raise InputError(str(path), err.strerror or "cannot be read") from None
    return decode(data, str(path))


def expand(paths: Iterable[str]) -> Iterator[str | Path]:
    """Paths with folders replaced by their ``.txt`` files, sorted; ``-`` kept."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def read_inputs(paths: Iterable[str | Path], errors: list[InputError]) -> Iterator[TextInput]:
    """The readable inputs among ``paths``; each unreadable one is added to ``errors``."""
    for item in paths:
        try:
            if item == STDIN:
                yield TextInput("stdin", decode(sys.stdin.buffer.read(), "stdin"))
            else:
                path = Path(item)
                yield TextInput(path.stem, read_text_file(path))
        except InputError as err:
            errors.append(err)
