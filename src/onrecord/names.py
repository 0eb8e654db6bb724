"""How people's names are written: the particles that join a surname."""

from __future__ import annotations

# Words that join a surname ("Ursula von der Leyen", "Charles de Gaulle").
PARTICLES = frozenset("von van der den de da di du del della la le ter ten bin ibn al".split())


def surname_of(name: str) -> str:
    """A name's last word with the particles before it: "von der Leyen"."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[start:])
