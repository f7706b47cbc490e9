"""Fit the phrasebook's weight tiers and thresholds on the labelled corpus, cross-validated.

    python -m benchmarks.fit_phrase_weights [--sweeps 2] [--show-fitted]

Why: the weights and thresholds of ``agent/understand/phrasebook/weights.py`` were set by
hand while tuning on the corpus. This script asks whether numbers fitted by a machine do
better on mail they were not fitted on. It reads ``tests/corpus/messages``, ``holdout`` and
``batch5`` (never ``batch6``: the newest batch stays unseen by any fitting), scores every
message once (:func:`agent.understand.core.score_message`: each phrase's contribution and
what else the decision is told), then fits by coordinate search over a grid: each tier
value of the five kinds, their vetoes and meeting talk, and each kind's threshold, one at a
time, keeping a change only when it raises the training messages' macro-F1 (a change that
drops rejection precision below 0.97 is refused: a wrong rejection reply is worse than
none). Two cross-validations, both grouped so that related mail is never on both sides:

- by batch: leave one batch out (each batch was written at a different time, for different
  failures);
- by author: 5 folds grouped by the sender's domain (one company's or platform's templates
  are written by one hand).

For each held-out fold it prints the macro-F1 and rejection precision of the hand-set
numbers and of the numbers fitted on the other folds. The hand-set numbers were tuned on
all of this mail, so their held-out scores are optimistic; the fitted ones are honest.
scikit-learn is a development-only extra (``pip install -e .[fit]``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from agent.models import KINDS
from agent.understand.classify import WEIGHTS
from agent.understand.core import Scoring, kind_of, score_message
from agent.understand.phrases import DecisionWeights, Signal

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
BATCHES = ("messages", "holdout", "batch5")  # never batch6
ME = ["alex.rivera@example.com"]
MIN_REJECTION_PRECISION = 0.97
POSITIVE = (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 7.0, 8.0)
FITTED_SIGNALS = (
    Signal.INTERVIEW,
    Signal.REJECTION,
    Signal.OFFER,
    Signal.ASSESSMENT,
    Signal.APPLICATION_RECEIVED,
    Signal.VETO_INTERVIEW,
    Signal.VETO_REJECTION,
    Signal.VETO_OFFER,
    Signal.VETO_ASSESSMENT,
    Signal.VETO_APPLICATION_RECEIVED,
    Signal.MEETING,
)


@dataclass(frozen=True)
class Example:
    name: str
    batch: str
    author: str  # the sender's domain
    label: str
    scoring: Scoring | None  # None: the candidate's own mail (always other)


def batch_of(folder: str, name: str) -> str:
    """The cross-validation group of a labelled message: its batch folder, or for
    ``messages/`` one of five ranges of its number (written at different times)."""
    if folder != "messages":
        return folder
    number = int(name.split("-", 1)[0])
    return f"messages-{min(number // 100, 5) if number >= 200 else 1}"


def labelled(folders: Sequence[str]) -> Iterator[tuple[str, Path, bytes, str]]:
    """(folder, path, raw message, labelled kind) of every message of ``folders``."""
    for folder in folders:
        for path in sorted((CORPUS / folder).glob("*.eml")):
            label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["kind"]
            yield folder, path, path.read_bytes(), label


def load_examples() -> list[Example]:
    """Every labelled message of the fitted batches, scored once."""
    from email import message_from_bytes, policy
    from email.utils import parseaddr

    out: list[Example] = []
    for folder, path, raw, label in labelled(BATCHES):
        sender = parseaddr(str(message_from_bytes(raw, policy=policy.default)["From"] or ""))[1]
        author = sender.rsplit("@", 1)[-1].lower() or "?"
        scoring = score_message(raw, me=ME)
        out.append(Example(path.name, batch_of(folder, path.name), author, label, scoring))
    return out


def predict(examples: Sequence[Example], weights: DecisionWeights) -> list[str]:
    return [kind_of(e.scoring, weights).kind if e.scoring else "other" for e in examples]


def scores(examples: Sequence[Example], weights: DecisionWeights) -> tuple[float, float]:
    """(macro-F1 over the six kinds, rejection precision)."""
    from sklearn.metrics import f1_score, precision_score

    truth = [e.label for e in examples]
    got = predict(examples, weights)
    f1 = float(f1_score(truth, got, labels=list(KINDS), average="macro", zero_division=1.0))
    rp = float(
        precision_score(truth, got, labels=["rejection"], average="macro", zero_division=1.0)
    )
    return f1, rp


Setter = Callable[[DecisionWeights, float], DecisionWeights]


def _parameters(w: DecisionWeights) -> list[tuple[str, float, Setter, tuple[float, ...]]]:
    """(name, hand-set value, setter, grid) for every fitted number."""
    out: list[tuple[str, float, Setter, tuple[float, ...]]] = []
    for signal in FITTED_SIGNALS:
        for tier, value in w.tiers[signal].items():

            def set_tier(
                w: DecisionWeights, v: float, s: Signal = signal, t: str = tier
            ) -> DecisionWeights:
                return replace(w, tiers={**w.tiers, s: {**w.tiers[s], t: v}})

            grid = POSITIVE if value > 0 else tuple(-v for v in POSITIVE)
            out.append((f"tier {signal.value}.{tier}", value, set_tier, grid))
    for kind, value in w.thresholds.items():

        def set_bar(w: DecisionWeights, v: float, k: str = kind) -> DecisionWeights:
            return replace(w, thresholds={**w.thresholds, k: v})

        out.append((f"threshold {kind}", value, set_bar, POSITIVE))
    return out


def _objective(examples: Sequence[Example], w: DecisionWeights) -> float:
    f1, rp = scores(examples, w)
    return f1 if rp >= MIN_REJECTION_PRECISION else f1 - 1.0


def fit(examples: Sequence[Example], start: DecisionWeights, sweeps: int) -> DecisionWeights:
    """Coordinate search from ``start``: a change is kept only when it scores better."""
    w = start
    best = _objective(examples, w)
    for _ in range(sweeps):
        improved = False
        for _name, _hand, setter, grid in _parameters(w):
            for v in grid:
                trial = setter(w, v)
                got = _objective(examples, trial)
                if got > best + 1e-9:
                    w, best, improved = trial, got, True
        if not improved:
            break
    return w


def cross_validate(
    examples: list[Example], groups: list[str], splitter: object, sweeps: int, title: str
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    hand, fitted = [], []
    print(f"\n{title}")
    print(f"  {'held out':28} {'n':>4}  {'hand-set F1 / rej.P':>20}  {'fitted F1 / rej.P':>18}")
    for train_idx, test_idx in splitter.split(examples, groups=groups):  # type: ignore[attr-defined]
        train = [examples[i] for i in train_idx]
        test = [examples[i] for i in test_idx]
        w = fit(train, WEIGHTS, sweeps)
        h, f = scores(test, WEIGHTS), scores(test, w)
        hand.append(h)
        fitted.append(f)
        held = sorted({groups[i] for i in test_idx})
        label = held[0] if len(held) == 1 else f"{len(held)} groups"
        print(
            f"  {label:28} {len(test):>4}  {h[0]:>11.3f} / {h[1]:.3f}  {f[0]:>10.3f} / {f[1]:.3f}"
        )
    mean = lambda xs, i: sum(x[i] for x in xs) / len(xs)  # noqa: E731
    print(
        f"  {'mean':28} {'':>4}  {mean(hand, 0):>11.3f} / {mean(hand, 1):.3f}"
        f"  {mean(fitted, 0):>10.3f} / {mean(fitted, 1):.3f}"
    )
    return hand, fitted


def _changed(start: DecisionWeights, w: DecisionWeights) -> list[str]:
    out = []
    for (name, hand, _s, _g), (_n, value, _s2, _g2) in zip(
        _parameters(start), _parameters(w), strict=True
    ):
        if hand != value:
            out.append(f"{name}: {hand:g} -> {value:g}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sweeps", type=int, default=2, help="coordinate-search passes per fit")
    args = ap.parse_args(argv)
    try:
        from sklearn.model_selection import GroupKFold, LeaveOneGroupOut
    except ImportError:
        print("scikit-learn is needed: pip install -e '.[fit]'", file=sys.stderr)
        return 2
    examples = load_examples()
    print(f"{len(examples)} labelled messages from {', '.join(BATCHES)} (batch6 never read)")
    h_all = scores(examples, WEIGHTS)
    print(
        f"hand-set numbers on all of them (tuned on them): macro-F1 {h_all[0]:.3f}, rejection precision {h_all[1]:.3f}"
    )
    cross_validate(
        examples, [e.batch for e in examples], LeaveOneGroupOut(), args.sweeps,
        "cross-validation by batch (leave one batch out)",
    )  # fmt: skip
    cross_validate(
        examples, [e.author for e in examples], GroupKFold(n_splits=5), args.sweeps,
        "cross-validation by author (5 folds grouped by sender domain)",
    )  # fmt: skip
    w = fit(examples, WEIGHTS, args.sweeps)
    f_all = scores(examples, w)
    print(
        f"\nfitted on all of them: macro-F1 {f_all[0]:.3f}, rejection precision {f_all[1]:.3f} (in-sample)"
    )
    for line in _changed(WEIGHTS, w):
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
