"""Replay the learned fallback's policies on batches as the rules stood when they were scored blind.

    # 1. in a detached checkout of the commit a batch was scored blind at (later batch
    #    folders copied into its tests/corpus), with THIS file's dump step:
    cd /tmp/replay-e0d8109 && PYTHONPATH=. python /path/to/benchmarks/fallback_replay.py \\
        dump /tmp/rows-e0d8109.json messages holdout batch5 ... batch12 batch13
    # 2. here: fit on the folders that existed before the batch was scored, score policies
    python -m benchmarks.fallback_replay score /tmp/rows-e0d8109.json --test batch13 \\
        --train messages holdout batch5 batch6 batch7 batch8 batch9 batch10 batch11 batch12

Why: a policy of the fallback (where it may answer, how sure it must be) can only be judged
on mail the rules were not tuned on, and every batch was tuned on after its blind score. The
dump step reads each labelled message with that commit's rules (its kind, the gate, the
vetoes, the kind's points over its bar) using only functions every commit since ``8e1bcb9``
has; the score step fits the model of :mod:`benchmarks.fit_fallback` on the training folders
and applies today's policy and the policy that ships (tests/corpus/README.md, "The second
opinion"). The dump step never writes into the checkout.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ME = ["alex.rivera@example.com"]


def dump(out: Path, folders: Sequence[str]) -> int:
    """One row per labelled message of ``folders``, read by the rules of the checkout in
    the working directory."""
    from agent.understand import classify, core
    from benchmarks.fit_phrase_weights import batch_of

    rows = []
    for folder in folders:
        for path in sorted((Path("tests/corpus") / folder).glob("*.eml")):
            label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["kind"]
            m = core._prepare(core.parse_message(path.read_bytes(), default_tz=None), ME, None)
            row: dict[str, Any] = {
                "folder": folder,
                "name": path.name,
                "group": batch_of(folder, path.name),
                "label": label,
                "subject": m.subject,
                "body": m.body,
                "rule": "other",
                "gated": False,
                "vetoed": [],
                "margin": 0.0,
            }
            if not m.base.is_own:
                sc = core._scores(m, [e for e in m.events if core._job_event(e, m.subject, m.body)])
                decision, elsewhere = core._decision(m, sc, me=ME, work_domains=())
                ctx = classify._Context.of(sc, m.job_sender)
                kind = decision.kind
                margin = (
                    classify._kind_points(sc, ctx, classify.WEIGHTS.rules)[kind]
                    - classify._bars(ctx, classify.WEIGHTS)[kind]
                    if kind != "other"
                    else 0.0
                )
                row.update(
                    rule=kind,
                    gated=core._own_hiring_mail(m, sc, decision, elsewhere, ME, ()),
                    vetoed=sorted(k for k in core.VETO if core._rules_veto(sc, k)),
                    margin=margin,
                )
            rows.append(row)
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} messages → {out}")
    return 0


def score(rows_file: Path, train_folders: Sequence[str], test: str, top_k: int, c: float) -> int:
    """Fit on ``train_folders``, then print the rules alone, today's policy and the shipped
    one on ``test``: macro-F1, rejection P/R, the model's answers right/fired, each answer."""
    from agent.understand.classify import Decision
    from agent.understand.core import FallbackCase
    from agent.understand.learned import features, own_names
    from benchmarks import fit_fallback as ff

    me = own_names(ME)
    rows = json.loads(rows_file.read_text(encoding="utf-8"))

    def example(r: dict[str, Any]) -> ff.Example:
        case = FallbackCase(
            Decision(r["rule"], 0.0, []),
            r["gated"],
            r["subject"],
            r["body"],
            frozenset(r["vetoed"]),
            r["margin"],
        )
        feats = tuple(features(r["subject"], r["body"], me))
        return ff.Example(f"{r['folder']}/{r['name']}", r["group"], r["label"], case, feats)

    train = [example(r) for r in rows if r["folder"] in train_folders]
    tests = [example(r) for r in rows if r["folder"] == test]
    if not train or not tests:
        print("no training or test messages in these rows", file=sys.stderr)
        return 2
    sk, vocab = ff.train(train, top_k=top_k, c=c)
    shipped = ff.to_model(sk, vocab, ff._named_thresholds(THRESHOLDS), "words")
    today = replace(shipped, overrule={}, dismiss=2.0)
    truth = [e.label for e in tests]
    rules = [e.case.rule.kind for e in tests]
    print(f"{test}: {len(tests)} messages; trained on {len(train)} from {', '.join(train_folders)}")
    _line("rules alone", ff.metrics(truth, rules), [])
    for name, model in (("today", today), ("ships", shipped)):
        got = [ff.with_fallback(model, e) for e in tests]
        fired = [(e, g) for e, g, r in zip(tests, got, rules, strict=True) if g != r]
        _line(
            name, ff.metrics(truth, got), [(e.name, e.case.rule.kind, g, e.label) for e, g in fired]
        )
    return 0


# the gate's thresholds, today's and shipped alike (the second opinion is what differs)
THRESHOLDS = "interview=0.45,rejection=0.55,offer=0.3"


def _line(name: str, m: dict[str, Any], fired: list[tuple[str, str, str, str]]) -> None:
    right = sum(g == label for _, _, g, label in fired)
    print(
        f"  {name:12} macro-F1 {m['f1']:.3f}  rejection P/R {m['rejection'][0]:.3f}/"
        f"{m['rejection'][1]:.3f}  right/fired {right}/{len(fired)}"
    )
    for n, rule, got, label in fired:
        print(f"      {'ok ' if got == label else 'BAD'} {n}: {rule} -> {got} (labelled {label})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    d = sub.add_parser("dump", help="rows of the rules in the working directory's checkout")
    d.add_argument("out", type=Path)
    d.add_argument("folders", nargs="+")
    s = sub.add_parser("score", help="fit, then today's and the shipped policy on a batch")
    s.add_argument("rows", type=Path)
    s.add_argument("--train", nargs="+", required=True)
    s.add_argument("--test", required=True)
    s.add_argument("--top-k", type=int, default=3000)
    s.add_argument("--c", type=float, default=4.0)
    args = ap.parse_args(argv)
    if args.step == "dump":
        return dump(args.out, args.folders)
    return score(args.rows, args.train, args.test, args.top_k, args.c)


if __name__ == "__main__":
    raise SystemExit(main())
