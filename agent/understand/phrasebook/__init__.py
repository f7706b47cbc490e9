r"""The phrasebook: every phrase of hiring mail the classifier knows, as data.

One module per signal (``interview``, ``veto_interview``, ``process``, ...), each a tuple
``PHRASES`` of :class:`Entry`; :mod:`.weights` holds every number of the decision and
:mod:`.search` the plain words the Gmail search and the header first pass look for. They
are read once per process by :mod:`agent.understand.phrases` and compiled into one matcher
(:mod:`agent.understand.phrase_matcher`). To add a phrase::

    Entry(
        "regret_to_inform",          # unique in the module; ``explain`` shows it
        ("en",),                     # some of en, es, de, fr, it, pt, nl
        "strong",                    # a tier of this signal in weights.TIERS (4 points)
        r"\bregret\s+to\s+(?:inform|let\s+you\s+know|tell\s+you|advise|say)",
        example="regret to inform",  # must match (tests/test_phrases.py checks every one)
        where="body",                # body (default), subject, or both
    ),

Then run ``python3 -m agent.understand.phrasebook``: it regenerates the precomputed
anchoring literals of every pattern (:mod:`agent.understand.phrase_anchors`, read at
start-up instead of parsing every pattern); tests/test_phrases.py fails until you do.

Patterns are Python regular expressions written in lower case and matched
case-insensitively on the text the sender wrote (quoted mail and signatures are split off
first); a long one is a tuple of pieces, joined as written. A phrase counts once per
message. A kind's points are its phrases' less its vetoes' (``veto_<kind>``); the context
signals (``process``, ``job``, ``applied``, ``alert``, ``outreach``) decide whether and how
the kinds' points count (:mod:`.weights`). Write phrases for the language of hiring mail,
not for one message. ``python3 -m benchmarks.fit_phrase_weights`` scores the tiers and
thresholds with cross-validation on the labelled corpus.
"""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    """One phrase as written in the phrasebook."""

    name: str
    lang: tuple[str, ...]
    weight: str  # a tier name of the signal (weights.TIERS)
    pattern: str | tuple[str, ...]
    example: str | None = None
    where: str = "body"


__all__ = [
    "Entry",
]
