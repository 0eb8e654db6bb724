"""Token features for the attribution tagger, shared by training and inference.

A document is cut into sequences (paragraphs, split further at sentence
boundaries when very long); each token of a sequence gets a list of string
features.  Space tokens are left out of every sequence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from onrecord.analyze.quotes import Quote

MAX_SEQUENCE = 300  # tokens; longer paragraphs are cut at sentence starts
_ANCESTOR_DEPTH = 6
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "«", "»", "„"})


def sequences(doc: Doc) -> list[tuple[int, ...]]:
    """Token index runs: paragraphs without space tokens, cut when too long."""
    runs: list[tuple[int, ...]] = []
    current: list[int] = []

    def flush() -> None:
        if current:
            runs.append(tuple(current))
            current.clear()

    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                flush()
            continue
        if len(current) >= MAX_SEQUENCE and token.is_sent_start:
            flush()
        if len(current) >= 2 * MAX_SEQUENCE:
            flush()
        current.append(token.i)
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


def _cue_path(token: Token, cue_lemmas: frozenset[str]) -> tuple[str, int]:
    """The dependency label under the nearest cue-word ancestor, and its depth."""
    child = token
    node = token.head
    depth = 1
    while depth <= _ANCESTOR_DEPTH and node is not child:
        if node.lemma_.lower() in cue_lemmas:
            return child.dep_, depth
        child, node = node, node.head
        depth += 1
    return "", 0


def document_features(
    doc: Doc, quotes: Sequence[Quote], cue_lemmas: frozenset[str]
) -> list[tuple[tuple[int, ...], list[list[str]]]]:
    """Each sequence of ``doc`` with the feature lists of its tokens."""
    flags = quote_flags(doc, quotes)
    lower = [t.lower_ for t in doc]
    tags = [t.tag_ for t in doc]
    deps = [t.dep_ for t in doc]
    lemmas = [t.lemma_.lower() for t in doc]
    is_cue = [lemma in cue_lemmas for lemma in lemmas]
    sent_quote: dict[int, bool] = {}
    for sent in doc.sents:
        has = any(flags[i] for i in range(sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_quote[i] = has
    out = []
    for run in sequences(doc):
        feats: list[list[str]] = []
        n = len(run)
        opens_with_quote = lower[run[0]] in QUOTE_MARKS
        for k, i in enumerate(run):
            token = doc[i]
            head = token.head
            path_dep, depth = _cue_path(token, cue_lemmas)
            f = [
                "b",
                "w=" + lower[i],
                "l=" + lemmas[i],
                "t=" + tags[i],
                "d=" + deps[i],
                "hl=" + head.lemma_.lower(),
                "hd=" + head.dep_,
                "ht=" + head.tag_,
                "dt=" + deps[i] + "|" + head.tag_,
                "sh=" + token.shape_[:4],
                "e=" + token.ent_iob_ + token.ent_type_,
                "q=%d" % flags[i],
                "sq=%d" % sent_quote[i],
                "pq=%d" % opens_with_quote,
                "cp=" + path_dep,
                "cpd=%s%d" % (path_dep, min(depth, 3)),
            ]
            if is_cue[i]:
                f.append("cue")
                f.append("cuet=" + tags[i])
            if is_cue[head.i]:
                f.append("hcue=" + deps[i])
            if token.is_sent_start:
                f.append("bos")
            if i + 1 >= len(doc) or doc[i + 1].is_sent_start:
                f.append("eos")
            if lower[i] in QUOTE_MARKS:
                f.append("qm")
            if head.i < i:
                f.append("hleft")
            for off in (-2, -1, 1, 2):
                j = k + off
                if 0 <= j < n:
                    t = run[j]
                    f.append("%d:w=%s" % (off, lower[t]))
                    f.append("%d:t=%s" % (off, tags[t]))
                    f.append("%d:q=%d" % (off, flags[t]))
                    if is_cue[t]:
                        f.append("%d:cue" % off)
                else:
                    f.append("%d:pad" % off)
            f.append("-1:d=" + (deps[run[k - 1]] if k else "pad"))
            f.append("+1:d=" + (deps[run[k + 1]] if k + 1 < n else "pad"))
            feats.append(f)
        out.append((run, feats))
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
