"""Date parsers on the labelled date sentences: accuracy and speed (issue 13).

For every sentence with an expected date, does the parser find that date at all (the
calendar day for respond_by/follow_up_on, the instant for interview_at) in the unquoted
text, resolved against the Date header? This is recall of the *expression layer* only:
a library that finds the date still needs our meaning step to say which date is which.
Our own layer is also measured end to end (exact match of the three fields).

    python -m benchmarks.date_libraries            # needs: pip install dateparser ctparse

Libraries that are not installed are skipped. Prints one line per parser.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import yaml

from agent.understand.quotes import split_reply

DATA = Path(__file__).resolve().parent.parent / "tests" / "dates" / "sentences.yaml"
FIELDS = ("interview_at", "respond_by", "follow_up_on")


def _items() -> tuple[list[dict[str, Any]], dict[str, str]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return data["items"], data["headers"]


def _new_text(text: str) -> str:
    split = split_reply(text)
    return split.new if split.new.strip() else split.signature


def _wanted(item: dict[str, Any]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for f in FIELDS:
        v = item.get(f)
        if v is None:
            continue
        out.append((f, datetime.fromisoformat(v) if f == "interview_at" else v))
    return out


def _found(values: list[datetime], field: str, want: object, ref: datetime) -> bool:
    for v in values:
        if field == "interview_at":
            aware = v if v.tzinfo else v.replace(tzinfo=ref.tzinfo)
            if aware == want:
                return True
        elif v.date() == want:
            return True
    return False


def _dateparser() -> Callable[[str, datetime, str], list[datetime]] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(text: str, ref: datetime, lang: str) -> list[datetime]:
        settings = {"RELATIVE_BASE": ref.replace(tzinfo=None), "PREFER_DATES_FROM": "future"}
        got = search_dates(text, languages=[lang], settings=settings) or []  # type: ignore[arg-type]
        return [d for _, d in got]

    return run


def _ctparse() -> Callable[[str, datetime, str], list[datetime]] | None:
    try:
        from ctparse import ctparse
        from ctparse.types import Time
    except ImportError:
        return None

    def run(text: str, ref: datetime, lang: str) -> list[datetime]:
        parse = ctparse(text, ts=ref.replace(tzinfo=None), timeout=1.0)
        if parse is None:
            return []
        res = parse.resolution
        out: list[datetime] = []
        for t in (res, getattr(res, "start", None)):
            if isinstance(t, Time) and t.year and t.month and t.day:
                out.append(datetime(t.year, t.month, t.day, t.hour or 0, t.minute or 0))
        return out

    return run


def _ours() -> Callable[[str, datetime, str], list[datetime]]:
    from agent.understand.dates import find_expressions

    def run(text: str, ref: datetime, lang: str) -> list[datetime]:
        out: list[datetime] = []
        for e in find_expressions(text, ref, lang=lang):
            if e.at is not None:
                out.append(e.at)
            out.append(datetime.combine(e.day, datetime.min.time()))
        return out

    return run


def measure(name: str, fn: Callable[[str, datetime, str], list[datetime]]) -> str:
    items, headers = _items()
    hits = total = 0
    t0 = time.perf_counter()
    for item in items:
        ref = parsedate_to_datetime(headers[item["hdr"]])
        values = fn(_new_text(item["text"]), ref, item["lang"])
        for field, want in _wanted(item):
            total += 1
            hits += _found(values, field, want, ref)
    dt = time.perf_counter() - t0
    return (
        f"{name:<22} found {hits}/{total} expected dates ({hits / total:.3f}); "
        f"{len(items) / dt:,.0f} sentences/s"
    )


def measure_fields() -> str:
    from agent.understand.core import guess_language, normalise
    from agent.understand.date_meaning import read_dates
    from agent.understand.language import detect_language

    items, headers = _items()
    right = total = 0
    # the language is detected by core before the date step; it is not timed here
    prepared = []
    for item in items:
        new = _new_text(item["text"])
        lang = detect_language(new) or guess_language(normalise(new))
        prepared.append((item, parsedate_to_datetime(headers[item["hdr"]]), new, lang))
    t0 = time.perf_counter()
    for item, ref, new, lang in prepared:
        got = read_dates(
            new,
            ref=ref,
            kind=item["kind"],
            status_update=bool(item.get("status")),
            msg_tz=ref.tzinfo,
            lang=lang,
        )
        for f in FIELDS:
            total += 1
            want = item.get(f)
            value = getattr(got, f)
            if f == "interview_at":
                right += (value is None and want is None) or (
                    value is not None and want is not None and value == datetime.fromisoformat(want)
                )
            else:
                right += value == (want if isinstance(want, date) else None)
    dt = time.perf_counter() - t0
    return (
        f"{'ours: three fields':<22} exact {right}/{total} ({right / total:.3f}); "
        f"{len(items) / dt:,.0f} sentences/s"
    )


def main() -> None:
    print(measure("ours: expressions", _ours()))
    print(measure_fields())
    for name, make in (("dateparser.search", _dateparser), ("ctparse", _ctparse)):
        fn = make()
        if fn is None:
            print(f"{name:<22} not installed")
            continue
        print(measure(name, fn))


if __name__ == "__main__":
    main()
