"""The learned fallback: a small linear text model for hiring mail no phrase covers.

Why: the phrasebook is precise on real mail, but every batch written blind shows job
messages whose wording matches no phrase ("we're going with someone else", "die Stelle ist
inzwischen vergeben") coming out ``other``. This model reads the words of the new text and
subject and names a kind; :mod:`agent.understand.core` asks it only when the rules said
``other`` and already established that the message is the candidate's own hiring mail
(the gate), and accepts its answer only above a per-kind probability fitted by
cross-validation (``benchmarks/fit_fallback.py``, which writes the data file). Where the
rules found a kind only just (a few points over its bar), it is asked for a second opinion
(:meth:`LearnedModel.second_opinion`): a sure answer of another kind overrules them, and
the evidence says which answer it overruled and how sure it was (the four blind replays
in tests/corpus/README.md chose the probabilities and margins). The fitted
model ships as data (``agent/understand/learned_model.py``: feature → per-kind weights);
scoring is pure Python, no scikit-learn at run time.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agent.models import Kind

#: the fitted model, as Python data (the core reads no files): ``MODEL`` of this module
DATA_MODULE = "agent.understand.learned_model"
#: characters of the new text the model reads (the opening says what a message is)
MAX_TEXT = 4000
#: contributions ``explain`` shows
TOP_FEATURES = 4
#: the lengths of the word pieces of the ``chars`` feature set
CHAR_SIZES = (3, 4, 5)

_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "’": "'"})
# language-independent tokens: a clock time, a number
_TIME = re.compile(
    r"\b\d{1,2}(?::\d\d|\s*[ap]\.?m\.?|\s*h\d\d|\s*uhr|h)(?!\w)|\b\d{1,2}\s*(?:am|pm)\b", re.I
)
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[a-z<>]+(?:'[a-z]+)?")


def fold(text: str) -> str:
    """Lower case without accents: "Stelle vergeben" and "stellé" meet the same features."""
    low = text.lower().translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of ``text``, times as ``<time>`` and other numbers as ``<num>``."""
    flat = _NUMBER.sub(" <num> ", _TIME.sub(" <time> ", fold(text)))
    return _WORD.findall(flat)


def own_names(me: Iterable[str]) -> frozenset[str]:
    """The words of the candidate's own addresses ("alex.rivera@..." → alex, rivera): the
    model reads them as ``<me>``, so it learns "addressed by name", not one person's name."""
    return frozenset(
        w
        for a in me
        for w in words(a.split("@", 1)[0].split("+", 1)[0])  # alex+jobs@: "jobs" is a tag
        if len(w) >= 3 and not w.startswith("<")
    )


def features(subject: str, body: str, me: frozenset[str] = frozenset()) -> list[str]:
    """The distinct features of a message: the body's words and word pairs, and the
    subject's words marked ``s:``; the candidate's own names (:func:`own_names`) are
    ``<me>``. The fit and the scorer both use this function (feature set ``words``)."""
    out = _subject_features(subject, me)
    ws = ["<me>" if w in me else w for w in words(body[:MAX_TEXT])]
    for w in ws:
        out[w] = None
    for a, b in itertools.pairwise(ws):
        out[f"{a} {b}"] = None
    return list(out)


def char_features(subject: str, body: str, me: frozenset[str] = frozenset()) -> list[str]:
    """The distinct features of a message read as pieces of words (feature set ``chars``):
    the subject's words marked ``s:``, and every 3 to 5 character piece of each body word
    with ``_`` at its edges, marked ``c:`` ("_verg", "geben_"). Why: a piece is shared by
    the inflections and compounds of a word across languages ("rechaz" in rechazar,
    rechazamos; "absag" in Absage, abgesagt), where whole words and pairs learned which
    function words a few authors use. Tokens (``<time>``, ``<num>``, ``<me>``) are not
    cut; the body's tokens are left out (measured both ways: they taught the style of a
    few authors)."""
    out = _subject_features(subject, me)
    for w in dict.fromkeys(words(body[:MAX_TEXT])):
        if w.startswith("<") or w in me:
            continue
        padded = f"_{w}_"
        for n in CHAR_SIZES:
            for i in range(len(padded) - n + 1):
                out["c:" + padded[i : i + n]] = None
    return list(out)


def _subject_features(subject: str, me: frozenset[str]) -> dict[str, None]:
    return {_SUBJECT + ("<me>" if w in me else w): None for w in words(subject)}


_SUBJECT = "s:"  # the mark of a subject feature


def feature_worth(feature: str, subject_weight: float) -> float:
    """How much a present feature counts, in the fit and in the scorer alike: a subject's
    word ``subject_weight`` (the subject names what a message is), any other 1."""
    return subject_weight if feature.startswith(_SUBJECT) else 1.0


#: how a model reads a message, by the name its data gives (``feature_set``)
FEATURE_SETS: dict[str, Callable[[str, str, frozenset[str]], list[str]]] = {
    "words": features,
    "chars": char_features,
}


@dataclass(frozen=True)
class LearnedModel:
    """A multinomial logistic model over binary features scaled by 1/sqrt(feature count)
    (a subject feature by ``subject_weight`` more: the subject names what a message is)."""

    kinds: tuple[Kind, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, Sequence[float]]  # feature → one weight per kind
    thresholds: dict[Kind, float]  # the probability a kind needs to be accepted
    enabled: bool  # whether understand() asks the model at all
    feature_set: str = "words"  # how it reads a message: a key of FEATURE_SETS
    subject_weight: float = 1.0  # a subject feature counts this many times a body feature
    # the second opinion: the rules' kind → the model's other job kind → probability needed,
    # where the rules' kind is at most ``overrule_margin`` points over its bar
    overrule: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    overrule_margin: float = -math.inf
    # ... and the probability of ``other`` that takes a job kind away, within ``dismiss_margin``
    dismiss: float = 2.0
    dismiss_margin: float = -math.inf

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LearnedModel:
        kinds = tuple(data["kinds"])
        weights: dict[str, list[float]] = data["weights"]  # as read: start-up is cheap
        if any(len(ws) != len(kinds) for ws in weights.values()):
            raise ValueError("learned fallback: a feature without one weight per kind")
        return cls(
            kinds=kinds,
            intercept=tuple(float(x) for x in data["intercept"]),
            weights=weights,
            thresholds={k: float(v) for k, v in data["thresholds"].items()},
            enabled=bool(data["enabled"]),
            feature_set=_known_feature_set(data.get("feature_set", "words")),
            subject_weight=float(data.get("subject_weight", 1.0)),
            overrule=_known_overrule(kinds, data.get("overrule", {})),
            overrule_margin=float(data.get("overrule_margin", -math.inf)),
            dismiss=float(data.get("dismiss", 2.0)),
            dismiss_margin=float(data.get("dismiss_margin", -math.inf)),
        )

    def features(self, subject: str, body: str, me: frozenset[str] = frozenset()) -> list[str]:
        """The features this model reads in a message (its ``feature_set``)."""
        return FEATURE_SETS[self.feature_set](subject, body, me)

    def probabilities(
        self, subject: str, body: str, me: frozenset[str] = frozenset()
    ) -> dict[Kind, float]:
        """Each kind's probability for this text (softmax of the linear scores)."""
        return _softmax(self.kinds, self._scores(self.features(subject, body, me))[0])

    def _scores(self, feats: list[str]) -> tuple[list[float], list[tuple[str, list[float]]]]:
        scale = 1.0 / math.sqrt(len(feats)) if feats else 0.0
        totals = list(self.intercept)
        used = [
            (f, [w * scale * feature_worth(f, self.subject_weight) for w in self.weights[f]])
            for f in feats
            if f in self.weights
        ]
        for _f, ws in used:
            for i, w in enumerate(ws):
                totals[i] += w
        return totals, used

    def verdict(self, subject: str, body: str, me: frozenset[str] = frozenset()) -> Verdict | None:
        """The kind the model names with at least its threshold's probability, else None
        (asked where the rules said ``other``)."""
        totals, used = self._scores(self.features(subject, body, me))
        kind, p = _best(_softmax(self.kinds, totals))
        if kind == "other" or p < self.thresholds.get(kind, 2.0):
            return None
        return self._explained(kind, p, "other", used)

    def needs_second_opinion(self, margin: float) -> bool:
        """Whether a rules answer ``margin`` points over its bar is close enough to it for
        the model to be asked (a clear answer is not: nothing is scored)."""
        return margin <= max(self.overrule_margin, self.dismiss_margin)

    def second_opinion(
        self,
        subject: str,
        body: str,
        rule: str,
        margin: float,
        me: frozenset[str] = frozenset(),
    ) -> Verdict | None:
        """Where the rules found ``rule`` only ``margin`` points over its bar: the model's
        own best kind when it is sure enough to overrule them (another job kind at its
        :attr:`overrule` probability, ``other`` at :attr:`dismiss`), else None. Why: the
        blind batches' misses between kinds are acknowledgements that are refusals or that
        describe the interview to come, and job words in a survey, a newsletter or a friend's
        interview; the rules decided those by one phrase, the model reads the whole text."""
        if not self.needs_second_opinion(margin):
            return None
        totals, used = self._scores(self.features(subject, body, me))
        kind, p = _best(_softmax(self.kinds, totals))
        if kind == rule:
            return None
        if kind == "other":
            sure = margin <= self.dismiss_margin and p >= self.dismiss
        else:
            need = self.overrule.get(rule, {}).get(kind, 2.0)
            sure = margin <= self.overrule_margin and p >= need
        if not sure:
            return None
        return self._explained(kind, p, rule, used, margin)

    def _explained(
        self,
        kind: Kind,
        p: float,
        against: str,
        used: list[tuple[str, list[float]]],
        margin: float | None = None,
    ) -> Verdict:
        """The verdict with the features that counted most for ``kind`` over ``against``
        (``other`` in the gate, the rules' kind in a second opinion)."""
        i, j = self.kinds.index(kind), self.kinds.index(against)
        lead = sorted(((ws[i] - ws[j], f) for f, ws in used), reverse=True)
        top = tuple((f, round(v, 2)) for v, f in lead[:TOP_FEATURES] if v > 0)
        overruled = None if against == "other" else Overruled(against, margin or 0.0)
        return Verdict(kind, p, top, overruled)


@dataclass(frozen=True)
class Overruled:
    """The rules' answer a second opinion overruled, and its points over its bar."""

    kind: str
    margin: float


@dataclass(frozen=True)
class Verdict:
    """What the learned fallback decided, and the features that counted most for it."""

    kind: Kind
    probability: float
    top: tuple[tuple[str, float], ...]  # (feature, its weight for the kind over the other)
    overruled: Overruled | None = None  # the rules' answer, in a second opinion

    @property
    def evidence(self) -> str:
        said = ", ".join(f'"{f}" {v:+.2f}' for f, v in self.top)
        if self.overruled is None:
            return f"learned fallback ({self.probability:.2f}): {said}"
        o = self.overruled
        return (
            f"learned fallback ({self.probability:.2f}) overruled the rules' {o.kind} "
            f"({o.margin:g} points over its bar) as {self.kind}: {said}"
        )


def _known_feature_set(name: str) -> str:
    if name not in FEATURE_SETS:
        raise ValueError(f"learned fallback: unknown feature set {name!r}")
    return name


def _known_overrule(
    kinds: tuple[Kind, ...], data: Mapping[str, Mapping[str, float]]
) -> dict[str, dict[str, float]]:
    named = {k for rule, to in data.items() for k in (rule, *to)}
    if not named <= set(kinds) or any("other" in to for to in data.values()):
        raise ValueError("learned fallback: overrule names an unknown kind (other: dismiss)")
    return {rule: {k: float(p) for k, p in to.items()} for rule, to in data.items()}


def _best(probs: dict[Kind, float]) -> tuple[Kind, float]:
    kind = max(probs, key=lambda k: probs[k])
    return kind, probs[kind]


def _softmax(kinds: tuple[Kind, ...], totals: list[float]) -> dict[Kind, float]:
    top = max(totals)
    exps = [math.exp(t - top) for t in totals]
    s = sum(exps)
    return {k: e / s for k, e in zip(kinds, exps, strict=True)}


@functools.cache
def shipped_model() -> LearnedModel | None:
    """The fitted model of :data:`DATA_MODULE`, imported the first time it is asked for;
    None without it."""
    try:
        data = importlib.import_module(DATA_MODULE).MODEL
    except ModuleNotFoundError:
        return None
    return LearnedModel.from_json(data)


__all__ = [
    "DATA_MODULE",
    "FEATURE_SETS",
    "LearnedModel",
    "Overruled",
    "Verdict",
    "char_features",
    "feature_worth",
    "features",
    "fold",
    "own_names",
    "shipped_model",
    "words",
]
