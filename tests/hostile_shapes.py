"""Adversarial text shapes for the understanding code, and the places a sender puts them.

Used by ``tests/test_hostile_stalls.py`` (each must finish under a generous limit) and by
``benchmarks/hostile_inputs.py`` (prints the time of each, slowest first). Sizes are the
issue's: 100k-character header values, a 1 MB single line, long runs of one character.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

HEADER = 100_000  # characters in one header value
BODY = 1_000_000  # characters in one body line

WORD = "Interview invite "


def shapes(n: int) -> dict[str, str]:
    """Name → about ``n`` characters of one hostile shape."""
    return {
        # the list
        "one char": "a" * n,
        "a-a-a-": "a-" * (n // 2),
        "digits": "1" * n,
        "spaces": " " * n,
        "nested parens": "(" * (n // 2) + ")" * (n // 2),
        "words on one line": ("word " * (n // 5)),
        # beyond it
        "capitalised words": "Acme " * (n // 5),
        "dots": "a." * (n // 2),
        "at signs": "a@" * (n // 2),
        "quote markers": "> " * (n // 2),
        "newlines": "\n" * n,
        "tabs and spaces": " \t" * (n // 2),
        "times": "10:" * (n // 3),
        "dates": "12/" * (n // 3),
        "date words": "Monday March " * (n // 13),
        "am pm": "10am " * (n // 5),
        "keyword runs": "interview " * (n // 10),
        "title words": "Senior Engineer " * (n // 16),
        "apostrophes": "'" * n,
        "angle brackets": "<" * n,
        "url": "https://acme.example/" + "a/" * (n // 2),
        "wrote lines": "On Mon wrote " * (n // 13),
        "hyphen digits": "1-" * (n // 2),
        "commas": "a, " * (n // 3),
        "combining marks": "e\u0301" * (n // 2),
        "CJK": "面接" * (n // 2),
        "mixed case run": "aB" * (n // 2),
        "underscores": "_" * n,
        "equals": "=" * n,
        "dashes": "-" * n,
        "signature dashes": "--\n" * (n // 3),
        "words at the length cap": ("a" * 300 + " ") * (n // 301),
    }


def message(
    *, subject: str = "Interview invitation", body: str = "Hi Alex,\n\nThanks.\n", **headers: str
) -> bytes:
    head = {
        "From": "Jane Smith <jane@acme.example>",
        "To": "Alex Rivera <alex@example.com>",
        "Subject": subject,
        "Date": "Mon, 02 Mar 2026 09:00:00 -0500",
        "Message-ID": "<hostile@acme.example>",
    }
    head.update({k.replace("_", "-"): v for k, v in headers.items()})
    lines = "".join(f"{k}: {v}\r\n" for k, v in head.items())
    return (lines + "Content-Type: text/plain; charset=utf-8\r\n\r\n").encode() + body.encode()


INVITE = (
    "We'd like to invite you to an interview for the Backend Engineer role on "
    "Wednesday, March 4 at 10:00 AM ET. We will get back to you by Friday, March 13."
)


def placements(shape: str) -> dict[str, bytes]:
    """Where a sender can put ``shape`` (cut to header size for headers)."""
    h = shape[:HEADER]
    return {
        "subject": message(subject=WORD + h),
        "from name": message(From=f'"{h[:HEADER]}" <jane@acme.example>'),
        "date header": message(Date=h),
        "body": message(body=f"Hi Alex,\n\n{INVITE}\n\n{shape}\n\nBest,\nJane Smith\n"),
        "body first": message(body=shape + "\n\n" + INVITE),
        "quoted": message(body=f"Thanks!\n\nOn Mon, Jane wrote:\n> {shape}\n"),
        "signature": message(body=f"{INVITE}\n\n--\nJane Smith\n{shape[:HEADER]}\n"),
        "html": message(
            body=f"<html><body><p>{INVITE}</p><p>{shape}</p></body></html>",
            Content_Type="text/html; charset=utf-8",
        ),
    }


REF = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def parser_calls(text: str) -> dict[str, Callable[[], object]]:
    """The date, contact and quote parsers called directly on ``text``."""
    from agent.understand import company_name, contact_person, job_role
    from agent.understand import dates as dt
    from agent.understand.quotes import split_reply

    return {
        "dates.find_mentions": lambda: dt.find_mentions(text, REF),
        "dates.full_datetimes": lambda: dt.full_datetimes(text, REF),
        "dates.find_spans": lambda: dt.find_spans(text, REF.date()),
        "dates.find_times": lambda: dt.find_times(text),
        "contacts.role_from": lambda: job_role.role_from(WORD + text[:HEADER], text),
        "contacts.company_from_subject": lambda: company_name.company_from_subject(
            WORD + text[:HEADER]
        ),
        "contacts.company_from_text": lambda: company_name.company_from_text(text),
        "contacts.company_from_signature": lambda: company_name.company_from_signature(text),
        "contacts.name_from_signature": lambda: contact_person.name_from_signature(text),
        "contacts.first_name": lambda: contact_person.first_name(text[:HEADER]),
        "quotes.split_reply": lambda: split_reply(text),
    }


def cases(n: int = BODY) -> Iterator[tuple[str, Callable[[], object]]]:
    """Every (label, call): ``understand()`` on each placement, and each parser directly."""
    from agent.understand import understand

    for name, shape in shapes(n).items():
        for where, raw in placements(shape).items():
            yield f"understand / {where} / {name}", lambda raw=raw: understand(raw, me=[])
        for parser, call in parser_calls(shape).items():
            yield f"{parser} / {name}", call
