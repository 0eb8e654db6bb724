"""Token features for the attribution tagger, shared by training and inference.

A document is cut into sequences (paragraphs, split further at sentence
boundaries when very long); each token of a sequence gets a list of string
features.  Space tokens are left out of every sequence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_SPACE,
    LEMMA,
    LOWER,
    POS,
    SENT_START,
    SHAPE,
    TAG,
)
from spacy.tokens import Doc

from onrecord.analyze.quotes import Quote

MAX_SEQUENCE = 300  # tokens; longer paragraphs are cut at sentence starts
_ANCESTOR_DEPTH = 10
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "«", "»", "„"})
_COLUMNS = [LOWER, LEMMA, TAG, POS, DEP, HEAD, ENT_IOB, ENT_TYPE, SHAPE, SENT_START]
_IOB = {0: "", 1: "I", 2: "O", 3: "B"}


def sequences(doc: Doc) -> list[tuple[int, ...]]:
    """Token index runs: paragraphs without space tokens, cut when too long."""
    runs: list[tuple[int, ...]] = []
    current: list[int] = []

    def flush() -> None:
        if current:
            runs.append(tuple(current))
            current.clear()

    spaces, starts = doc.to_array([IS_SPACE, SENT_START]).astype("int64").T.tolist()
    for i, (space, start) in enumerate(zip(spaces, starts, strict=True)):
        if space:
            if "\n" in doc[i].text:
                flush()
            continue
        if len(current) >= MAX_SEQUENCE and start == 1:
            flush()
        if len(current) >= 2 * MAX_SEQUENCE:
            flush()
        current.append(i)
    flush()
    return runs


def quote_flags(doc: Doc, quotes: Sequence[Quote]) -> list[int]:
    """Per token: 0 outside quotes, 1 inside a closed quote, 2 inside an open one."""
    flags = [0] * len(doc)
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        value = 1 if quote.closed else 2
        for i in range(span.start, span.end):
            flags[i] = value
    return flags


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Per-token attributes of one Doc as plain lists: read once, used often."""

    lower: list[str]
    lemma: list[str]
    tag: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]
    ent: list[str]
    shape: list[str]
    sentence: list[int]
    sent_start: list[bool]
    quoted: list[int]

    @classmethod
    def of(cls, doc: Doc, quotes: Sequence[Quote]) -> TokenTable:
        # One array read: a Token object per attribute costs more than the reads.
        columns = doc.to_array(_COLUMNS).astype("int64").T.tolist()
        lower, lemma, tag, pos, dep, head, iob, kind, shape, starts = columns
        strings = doc.vocab.strings
        names: dict[int, str] = {}

        def read(ids: list[int]) -> list[str]:
            out = []
            for x in ids:
                name = names.get(x)
                if name is None:
                    name = names[x] = strings[x % 2**64]
                out.append(name)
            return out

        sentence, number = [], -1
        for s in starts:
            number += s == 1
            sentence.append(max(number, 0))
        return cls(
            lower=read(lower),
            lemma=[x.lower() for x in read(lemma)],
            tag=read(tag),
            pos=read(pos),
            dep=read(dep),
            head=[i + h for i, h in enumerate(head)],
            ent=[_IOB[b] + t for b, t in zip(iob, read(kind), strict=True)],
            shape=[x[:4] for x in read(shape)],
            sentence=sentence,
            sent_start=[s == 1 for s in starts],
            quoted=quote_flags(doc, quotes),
        )


def _governor(table: TokenTable, i: int, wanted: Callable[[int], bool]) -> tuple[str, int, int]:
    """The dependency label under the nearest ancestor for which ``wanted`` holds.

    Returns that label, the depth and the ancestor's index (-1 when none).
    """
    head = table.head
    child, node, depth = i, head[i], 1
    while depth <= _ANCESTOR_DEPTH and node != child:
        if wanted(node):
            return table.dep[child], depth, node
        child, node = node, head[node]
        depth += 1
    return "", 0, -1


def _bucket(distance: int) -> str:
    return "1" if distance <= 1 else "3" if distance <= 3 else "7" if distance <= 7 else "far"


def document_features(
    table: TokenTable,
    runs: Sequence[tuple[int, ...]],
    cue_lemmas: frozenset[str],
    speech_verbs: frozenset[str],
) -> list[list[list[str]]]:
    """The feature lists of each token of each sequence in ``runs``.

    ``cue_lemmas`` is the broad cue vocabulary, ``speech_verbs`` the narrow
    one of verbs that are nearly always cues.
    """
    lower, lemma, tag, dep, head = table.lower, table.lemma, table.tag, table.dep, table.head
    flags, sentence = table.quoted, table.sentence
    is_cue = [x in cue_lemmas for x in lemma]
    is_verb = [p in ("VERB", "AUX") for p in table.pos]
    is_speech = [v and x in speech_verbs for v, x in zip(is_verb, lemma, strict=True)]
    sentence_quoted: dict[int, int] = {}
    for i, flag in enumerate(flags):
        if flag:
            sentence_quoted[sentence[i]] = 1
    size = len(lower)
    out = []
    for run in runs:
        n = len(run)
        opens_with_quote = lower[run[0]] in QUOTE_MARKS
        cue_positions = [k for k, i in enumerate(run) if is_cue[i]]
        feats: list[list[str]] = []
        c = 0  # index into cue_positions of the first cue at or after k
        for k, i in enumerate(run):
            h = head[i]
            path_dep, depth, _ = _governor(table, i, is_cue.__getitem__)
            verb_dep, _, verb = _governor(table, i, is_verb.__getitem__)
            speech_dep, speech_depth, _ = _governor(table, i, is_speech.__getitem__)
            f = [
                "b",
                "w=" + lower[i],
                "l=" + lemma[i],
                "t=" + tag[i],
                "d=" + dep[i],
                "hl=" + lemma[h],
                "hd=" + dep[h],
                "ht=" + tag[h],
                "dt=" + dep[i] + "|" + tag[h],
                "sh=" + table.shape[i],
                "e=" + table.ent[i],
                f"q={flags[i]}",
                f"sq={sentence_quoted.get(sentence[i], 0)}",
                f"pq={int(opens_with_quote)}",
                "cp=" + path_dep,
                f"cpd={path_dep}{min(depth, 3)}",
                f"vp={lemma[verb] if verb >= 0 else ''}|{verb_dep}",
                f"sp={speech_dep}{min(speech_depth, 3)}",
            ]
            while c < len(cue_positions) and cue_positions[c] < k:
                c += 1
            if c < len(cue_positions):
                f.append("cr=" + _bucket(cue_positions[c] - k))
            if c > 0:
                f.append("cl=" + _bucket(k - cue_positions[c - 1]))
            if is_cue[i]:
                f.append("cue")
                f.append("cuet=" + tag[i])
            if is_cue[h]:
                f.append("hcue=" + dep[i])
            if table.sent_start[i]:
                f.append("bos")
            if i + 1 >= size or table.sent_start[i + 1]:
                f.append("eos")
            if lower[i] in QUOTE_MARKS:
                f.append("qm")
            if h < i:
                f.append("hleft")
            for off in (-2, -1, 1, 2):
                j = k + off
                if 0 <= j < n:
                    t = run[j]
                    f.append(f"{off}:w={lower[t]}")
                    f.append(f"{off}:t={tag[t]}")
                    f.append(f"{off}:q={flags[t]}")
                    if is_cue[t]:
                        f.append(f"{off}:cue")
                else:
                    f.append(f"{off}:pad")
            f.append("-1:d=" + (dep[run[k - 1]] if k else "pad"))
            f.append("+1:d=" + (dep[run[k + 1]] if k + 1 < n else "pad"))
            feats.append(f)
        out.append(feats)
    return out


def learn_cue_lemmas(
    pairs: Iterable[tuple[str, bool]], min_count: int = 3, min_ratio: float = 0.05
) -> frozenset[str]:
    """Lemmas that head gold cues often enough to be worth a feature.

    ``pairs`` gives, for every non-space token of the training data, its lemma
    and whether it lies inside a gold cue.
    """
    seen: dict[str, int] = {}
    cue: dict[str, int] = {}
    for lemma, in_cue in pairs:
        seen[lemma] = seen.get(lemma, 0) + 1
        if in_cue:
            cue[lemma] = cue.get(lemma, 0) + 1
    return frozenset(
        lemma
        for lemma, count in cue.items()
        if count >= min_count and count / seen[lemma] >= min_ratio and lemma.isalpha()
    )
