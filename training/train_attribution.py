"""Rebuild the shipped attribution tagger from PolNeAR's train split.

    python training/train_attribution.py [--polnear ../shared/polnear]

Writes ``src/onrecord/models/attribution.crfsuite`` (the CRF) and
``attribution.json`` (cue lemmas, settings, the training data's fingerprint).
Deterministic: the same data and settings give the same files.  Only the
train split is read; choose settings on dev with ``training/evaluate.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc, DocBin

from onrecord.analyze.features import (
    TokenTable,
    document_features,
    learn_cue_lemmas,
    sequences,
)
from onrecord.analyze.pipeline import base_pipeline
from onrecord.analyze.quotes import find_quotes
from onrecord.analyze.rules import COMPLEMENTS, complement, learn_verbs
from onrecord.analyze.tagger import MODEL_STEM, models_dir
from onrecord.corpus import GoldDocument, load_split

ROOT = Path(__file__).resolve().parent.parent
VERB_RATIO = 0.6
SETTINGS = {"c1": 0.1, "c2": 10.0, "max_iterations": 200, "feature.minfreq": 2}


def parse(docs: list[GoldDocument], cache: Path | None) -> list[Doc]:
    """spaCy Docs of the texts, from a cache keyed by the texts and the pipeline
    that parses them (its name, version and components) when there is one: a
    parse cached by another pipeline would train a model the script, run from
    a clean checkout, does not rebuild."""
    nlp = base_pipeline()
    way = "|".join([nlp.meta["name"], nlp.meta["version"], *nlp.pipe_names])
    key = hashlib.sha256("".join([way, *(d.text for d in docs)]).encode()).hexdigest()[:16]
    path = cache / f"train-{key}.spacy" if cache else None
    if path and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=parsed, store_user_data=False).to_disk(path)
    return parsed


def char_roles(gold: GoldDocument) -> list[tuple[int, str, int] | None]:
    """Per character: (attribution, role, fragment) or None."""
    roles: list[tuple[int, str, int] | None] = [None] * len(gold.text)
    fragment = 0
    for a, attribution in enumerate(gold.attributions):
        for role, frags in (
            ("CON", attribution.content),
            ("SRC", attribution.source),
            ("CUE", attribution.cue),
        ):
            for start, end in frags:
                fragment += 1
                for c in range(start, min(end, len(roles))):
                    roles[c] = (a, role, fragment)
    return roles


def token_labels(doc: Doc, roles: list[tuple[int, str, int] | None]) -> list[str]:
    """BIO labels per token: a token takes the role of its first non-space character."""
    labels, previous = [], None
    for token in doc:
        mark = roles[token.idx] if token.idx < len(roles) and not token.is_space else None
        if mark is None:
            labels.append("O")
        else:
            labels.append(
                ("I-" if previous is not None and previous[2] == mark[2] else "B-") + mark[1]
            )
        previous = mark
    return labels


def verb_uses(labelled: list[tuple[Doc, list[str]]], relation: str) -> Iterator[tuple[str, bool]]:
    """(lemma, heads a gold attribution) for each verb with its subject and complement."""
    for doc, labels in labelled:
        for token in doc:
            found = complement(token)
            if found is None or found[0] != relation:
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                continue
            yield (
                token.lemma_.lower(),
                (labels[token.i].endswith("CUE") and labels[found[1].i].endswith("CON")),
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--polnear", type=Path, default=ROOT.parent / "shared" / "polnear")
    parser.add_argument("--out", type=Path, default=models_dir())
    parser.add_argument(
        "--cache",
        type=Path,
        default=ROOT / "artifacts" / "cache",
        help="where parsed Docs are kept between runs",
    )
    parser.add_argument("--c1", type=float, default=SETTINGS["c1"], help="L1 penalty")
    parser.add_argument("--c2", type=float, default=SETTINGS["c2"], help="L2 penalty")
    parser.add_argument(
        "--verb-ratio",
        type=float,
        default=VERB_RATIO,
        help="share of a verb's uses that must be cues for the syntactic layer to trust it",
    )
    args = parser.parse_args(argv)
    settings = {**SETTINGS, "c1": args.c1, "c2": args.c2}

    started = time.perf_counter()
    golds = load_split(args.polnear / "train")
    docs = parse(golds, args.cache)
    print(
        f"parsed {len(docs)} train documents in {time.perf_counter() - started:.0f}s",
        file=sys.stderr,
    )
    labelled = [
        (doc, token_labels(doc, char_roles(gold))) for doc, gold in zip(docs, golds, strict=True)
    ]
    cue_lemmas = learn_cue_lemmas(
        (t.lemma_.lower(), label.endswith("CUE"))
        for doc, labels in labelled
        for t, label in zip(doc, labels, strict=True)
        if not t.is_space
    )
    cue_prepositions = sorted(
        {
            doc[i].lower_
            for doc, labels in labelled
            for i in range(len(doc))
            if labels[i].endswith("CUE")
            and doc[i].pos_ == "ADP"
            and (i + 1 == len(doc) or labels[i + 1] != "I-CUE")
        }
    )
    rule_verbs = {
        relation: learn_verbs(verb_uses(labelled, relation), min_ratio=args.verb_ratio)
        for relation in COMPLEMENTS
    }
    speech_verbs = frozenset().union(*rule_verbs.values())
    trainer = pycrfsuite.Trainer(verbose=False)
    for doc, labels in labelled:
        runs = sequences(doc)
        table = TokenTable.of(doc, find_quotes(doc.text))
        features_of = document_features(table, runs, cue_lemmas, speech_verbs)
        for run, features in zip(runs, features_of, strict=True):
            trainer.append(features, [labels[i] for i in run])
    trainer.set_params(settings)
    args.out.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out / f"{MODEL_STEM}.crfsuite"))
    fingerprint = hashlib.sha256("".join(g.doc_id + g.text for g in golds).encode()).hexdigest()
    meta = {
        "trained_on": "PolNeAR v1.0.0 train split",
        "train_documents": len(golds),
        "train_fingerprint": fingerprint,
        "settings": settings,
        "verb_ratio": args.verb_ratio,
        "cue_lemmas": sorted(cue_lemmas),
        "cue_prepositions": cue_prepositions,
        "rule_verbs": {relation: sorted(v) for relation, v in rule_verbs.items()},
    }
    (args.out / f"{MODEL_STEM}.json").write_text(
        json.dumps(meta, indent=1) + "\n", encoding="utf-8"
    )
    size = (args.out / f"{MODEL_STEM}.crfsuite").stat().st_size
    print(
        f"trained in {time.perf_counter() - started:.0f}s; model {size / 1e6:.1f} MB, "
        f"{len(cue_lemmas)} cue lemmas",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
