"""Phrases for ``press``: the item lines of a press digest.

A press digest lists news items by outlet and date ("Reuters English News Service,
10/16/01", "PR Newswire- 10/23/01", "2001-10-19 16:24 (New York)"): its hiring words are
the news. Each pattern reads one line of the new text as written (line breaks kept,
capitals as written: the outlet's name starts with one); a message with a few such lines
is a digest (:mod:`agent.understand.whose`). An item line ends in a date's digit or a
bracketed place: whose.py counts such line ends before it runs these patterns.

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
    # the same item lines with the dates of other languages ("Handelsblatt, 16.10.2001",
    # "El País, 16 de octubre de 2001", "Le Monde - 16 octobre 2001", "Reuters, October 16, 2001")
    Entry(
        "outlet_and_dotted_date",
        ("de", "nl", "fr", "it", "es", "pt"),
        "item",
        (
            r"(?m)^[ \t]*(?-i:[A-Z])[\w.&'’ -]{1,60}?(?:,|\s-|-)[ \t]*"
            r"\d{1,2}\.\d{1,2}\.\d{2,4}[ \t]*$"
        ),
        example="Handelsblatt, 16.10.2001",
    ),
    Entry(
        "outlet_and_written_date",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "item",
        (
            r"(?m)^[ \t]*(?-i:[A-Z])[\w.&'’ -]{1,60}?(?:,|\s-|-)[ \t]*"
            r"(?:\d{1,2}\.?\s+(?:de\s+)?(?:"
            r"jan\w*|feb\w*|fév\w*|mar\w*|mär\w*|apr\w*|avr\w*|abr\w*|ma[iy]\w*|mei|mag\w*|jun\w*"
            r"|jui\w*|jul\w*|giu\w*|lug\w*|aug\w*|ago\w*|août|sep\w*|set\w*|o[ck]t\w*|ott\w*|out\w*|nov\w*"
            r"|de[cz]\w*|dic\w*|déc\w*|dez\w*|ene\w*|gen\w*)\s+(?:de\s+)?\d{4}"
            r"|(?:january|february|march|april|may|june|july|august|september|october|november"
            r"|december)\s+\d{1,2},\s+\d{4})[ \t]*$"
        ),
        example="Le Monde - 16 octobre 2001",
    ),
)


__all__ = [
    "PHRASES",
]
