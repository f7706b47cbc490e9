"""The phrasebook as data: every module loads, every phrase is well-formed and matches its
own example through the compiled matcher, a phrase added to the data is found, ``explain``
shows each phrase's part, and the Gmail search and the first pass share the vocabulary."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from agent.understand.classify import MATCHER, score
from agent.understand.phrase_matcher import MatchTexts, PhraseMatcher
from agent.understand.phrasebook import Entry
from agent.understand.phrases import (
    Phrase,
    Signal,
    VocabularyError,
    decision_weights,
    load_phrases,
    phrases_of,
)

PHRASES = load_phrases()


def test_every_signal_module_loads_with_unique_names() -> None:
    assert len(PHRASES) > 300
    keys = Counter(p.key for p in PHRASES)
    assert [k for k, n in keys.items() if n > 1] == []
    assert {p.signal for p in PHRASES} == set(Signal)


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda p: p.key)
def test_every_example_matches_its_phrase(phrase: Phrase) -> None:
    assert re.search(phrase.pattern, phrase.example, re.I)
    # and the compiled matcher finds it (its literal prefilter does not hide it)
    where = "subject" if phrase.where == "subject" else "body"
    texts = MatchTexts.of(
        subject=phrase.example if where == "subject" else "",
        body=phrase.example if where == "body" else "",
    )
    found = {m.phrase.key for m in MATCHER.scan(texts, stage=phrase.signal.stage)}
    assert phrase.key in found


def test_every_phrase_carries_an_example() -> None:
    assert [p.key for p in PHRASES if not p.example] == []


def test_weights_name_every_tier_the_phrases_use() -> None:
    w = decision_weights()
    for p in PHRASES:
        assert p.weight == w.tiers[p.signal][p.tier]
        assert (p.weight < 0) == p.signal.value.startswith("veto_")


def test_a_phrase_added_to_the_phrasebook_is_found() -> None:
    added = Entry(
        "ship_has_sailed",
        ("en",),
        "strong",
        r"\bthe\s+ship\s+has\s+sailed\s+on\s+this\s+role\b",
        example="the ship has sailed on this role",
    )
    matcher = PhraseMatcher([*PHRASES, *phrases_of(Signal.REJECTION, [added])])
    texts = MatchTexts.of(subject="", body="Sadly the ship has sailed on this role, Alex.")
    found = [m.phrase.key for m in matcher.scan(texts, context=False)]
    assert found == ["rejection/ship_has_sailed"]
    assert found[0] not in {p.key for p in PHRASES}  # the installed phrasebook lacks it
    assert not list(MATCHER.scan(texts, context=False))


def test_a_phrase_with_an_unknown_tier_or_language_is_refused() -> None:
    with pytest.raises(VocabularyError, match="enormous"):
        phrases_of(Signal.OFFER, [Entry("odd", ("en",), "enormous", r"odd")])
    with pytest.raises(VocabularyError, match="lang"):
        phrases_of(Signal.OFFER, [Entry("odd", ("xx",), "decisive", r"odd")])


def test_score_lists_each_phrase_contribution() -> None:
    sc = score("Your application", "We regret to inform you that we decided not to move forward.")
    rejection = [c for c in sc.contributions if c.signal is Signal.REJECTION]
    assert {c.name for c in rejection} >= {"rejection/regret_to_inform"}
    assert all(c.points == 4 and c.tier == "strong" for c in rejection)
    assert sc.get(Signal.REJECTION) == sum(c.points for c in rejection)


def test_explain_shows_each_phrase_contribution(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from agent.cli import app

    eml = tmp_path / "one.eml"
    eml.write_bytes(
        b"From: Dana Whitfield <dana@northwind.example>\r\nTo: alex.rivera@example.com\r\n"
        b"Subject: Your application\r\nDate: Tue, 03 Mar 2026 10:15:00 -0500\r\n"
        b"Message-ID: <e-1@northwind.example>\r\n\r\n"
        b"Hi Alex,\r\n\r\nThank you for applying. We regret to inform you that we have decided"
        b" to move forward with other candidates for the analyst role.\r\n\r\nDana\r\n"
    )
    result = CliRunner().invoke(
        app, ["explain", "--me", "alex.rivera@example.com", str(eml)], env={"COLUMNS": "220"}
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    table = out[out.index("phrases and evidence") : out.index("dates found")]
    assert "rejection/regret_to_inform" in table
    row = next(line for line in table.splitlines() if "rejection/regret_to_inform" in line)
    assert "rejection" in row and "strong" in row and "+4" in row and "regret to inform" in row
    assert "applied/the_candidate_applied" in table
    assert "totals:" in table and "rejection +" in table


HIRING_SIGNALS = {
    Signal.PROCESS,
    Signal.JOB,
    Signal.APPLIED,
    Signal.INTERVIEW,
    Signal.REJECTION,
    Signal.OFFER,
    Signal.ASSESSMENT,
    Signal.APPLICATION_RECEIVED,
    Signal.EMPLOYMENT,
}


def test_the_gmail_search_phrases_are_the_classifiers_vocabulary() -> None:
    """One vocabulary: every precise phrase the Gmail search looks for is hiring talk to
    the classifier too, except the few listed as search-only (and those really are not)."""
    from agent.understand.phrasebook import search

    phrases = {p for ps in search.PHRASES.values() for p in ps}
    recognised = {
        p for p in phrases if {c.signal for c in score(p, p).contributions} & HIRING_SIGNALS
    }
    assert phrases - recognised == search.SEARCH_ONLY


def test_the_first_pass_reads_the_phrasebook_in_every_language() -> None:
    from agent.understand import firstpass
    from agent.understand.phrasebook import search
    from agent.understand.phrases import LANGUAGES

    assert set(search.HEADER_STEMS) == LANGUAGES
    for stems in search.HEADER_STEMS.values():
        for stem in stems:
            headers = f"From: Robot <noreply@shop.example>\nSubject: About {stem}\n".encode()
            assert firstpass.could_be_job_mail(headers), stem
    quiet = b"From: Robot <noreply@shop.example>\nList-Id: <deals.shop.example>\nSubject: Deals\n"
    assert not firstpass.could_be_job_mail(quiet)
