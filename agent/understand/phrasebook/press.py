"""Phrases for ``press``: the item lines of a press digest.

A press digest lists news items by outlet and date ("Reuters English News Service,
10/16/01", "PR Newswire- 10/23/01", "2001-10-19 16:24 (New York)"): its hiring words are
the news. Each pattern reads one line of the new text as written (line breaks kept,
capitals as written: the outlet's name starts with one); a message with a few such lines
is a digest (:mod:`agent.understand.whose`).

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "outlet_and_date",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "item",
        (
            r"(?m)^[ \t]*(?-i:[A-Z])[\w.&'’ -]{1,60}?(?:,|\s-|-)[ \t]*"
            r"\d{1,2}/\d{1,2}/\d{2,4}[ \t]*$"
        ),
        example="Reuters English News Service, 10/16/01",
    ),
    Entry(
        "date_time_and_place",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "item",
        r"(?m)^[ \t]*\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}[ \t]+\((?-i:[A-Z])[\w ]{1,30}\)[ \t]*$",
        example="2001-10-19 16:24 (New York)",
    ),
)


__all__ = [
    "PHRASES",
]
