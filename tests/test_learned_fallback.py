"""The learned fallback (agent/understand/learned.py): the shipped data, its scorer, its gate
and its second opinion.

The model decides where the rules said ``other`` in the candidate's own hiring mail, and may
overrule a kind the rules found only just (a few points over its bar). The gate and
second-opinion tests replace the shipped model with one that always answers one kind with
certainty, so that where it can and cannot fire is tested apart from what it has learned;
the margins come from the rules themselves (``core.fallback_case``), so these tests hold
whatever weights the phrasebook gives.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from agent.models import KINDS
from agent.understand import core, learned_model, understand
from agent.understand.learned import (
    FEATURE_SETS,
    LearnedModel,
    char_features,
    features,
    own_names,
    shipped_model,
    words,
)

ME = ["alex.rivera@example.com"]


def _mail(
    sender: str,
    body: str,
    *,
    to: str = "alex.rivera@example.com",
    subject: str = "Your application",
    extra: str = "",
) -> bytes:
    return (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: Mon, 13 Apr 2026 09:00:00 -0400\n"
        f"Message-ID: <l@x>\n{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}\n"
    ).encode()


# a rejection in words no phrase of the phrasebook needs to know: the test model decides
OWN = (
    "Hi Alex,\n\nThanks again for the time you gave us about the Data Analyst position. "
    "The team has met and we have made our choice.\n\nBest,\nJane\n"
)


def test_the_shipped_data_loads_with_a_weight_per_kind() -> None:
    model = shipped_model()
    assert model is not None
    assert set(model.kinds) == set(KINDS)
    assert 500 <= len(model.weights) <= 5000, "a few thousand features, pruned"
    assert all(math.isfinite(w) for ws in model.weights.values() for w in ws)
    assert set(model.thresholds) == set(KINDS) - {"other"}
    assert model.feature_set in FEATURE_SETS
    # a wrong rejection reply is worse than none: rejection is never taken on a coin toss
    assert model.thresholds["rejection"] >= 0.3
    # the second opinion overrules only answers the rules found by a few points, and only
    # when the model is surer than it needs to be in the gate
    assert 0 <= model.overrule_margin <= 5 and 0 <= model.dismiss_margin <= model.overrule_margin
    assert all(p >= 0.5 for to in model.overrule.values() for p in to.values())
    assert all(
        to.get("rejection", 1.0) >= model.thresholds["rejection"] for to in model.overrule.values()
    )
    assert model.dismiss >= 0.6


def test_overrule_data_naming_an_unknown_kind_is_refused() -> None:
    data = {**learned_model.MODEL, "overrule": {"interview": {"hired": 0.5}}}
    with pytest.raises(ValueError, match="overrule"):
        LearnedModel.from_json(data)
    # ``other`` is the dismiss probability's, not an overrule's
    with pytest.raises(ValueError, match="overrule"):
        LearnedModel.from_json({**learned_model.MODEL, "overrule": {"interview": {"other": 0.5}}})


def test_the_scorer_gives_the_probabilities_scikit_learn_gave() -> None:
    data = learned_model.MODEL
    model = LearnedModel.from_json(data)
    assert len(data["checks"]) >= 5
    for check in data["checks"]:
        got = model.probabilities(check["subject"], check["body"])
        want = dict(zip(model.kinds, check["probabilities"], strict=True))
        for kind in model.kinds:
            assert got[kind] == pytest.approx(want[kind], abs=1e-4), (check["body"], kind)


def test_features_fold_accents_and_numbers_across_languages() -> None:
    assert words("Die Stelle ist VERGEBEN, Straße") == [
        "die",
        "stelle",
        "ist",
        "vergeben",
        "strasse",
    ]
    assert words("um 14 Uhr, am 3. März") == ["um", "<time>", "am", "<num>", "marz"]
    assert words("at 3pm on the 12th") == ["at", "<time>", "on", "the", "<num>", "th"]
    feats = features("Entrevista", "Nos gustaría conocerte")
    assert feats == [
        "s:entrevista",
        "nos",
        "gustaria",
        "conocerte",
        "nos gustaria",
        "gustaria conocerte",
    ]


def test_word_pieces_are_shared_by_the_forms_of_a_word() -> None:
    """The ``chars`` feature set: 3-5 character pieces of each body word, edges marked."""
    feats = char_features("Absage", "Leider abgesagt um 14 Uhr, Alex", frozenset({"alex"}))
    assert feats[0] == "s:absage"
    assert {"c:_lei", "c:der_", "c:abge", "c:sagt_"} <= set(feats)
    assert not any("<" in f or "alex" in f for f in feats), "tokens and own names not cut"
    assert len(feats) == len(set(feats))
    # "rechazar" and "rechazamos" meet in their shared pieces, where whole words never do
    a = set(char_features("", "rechazar")) & set(char_features("", "rechazamos"))
    assert {"c:_rech", "c:echaz", "c:chaz"} <= a
    assert LearnedModel.from_json({**learned_model.MODEL, "feature_set": "chars"}).features(
        "", "Absage"
    ) == char_features("", "Absage")
    with pytest.raises(ValueError, match="unknown feature set"):
        LearnedModel.from_json({**learned_model.MODEL, "feature_set": "letters"})


def test_the_candidates_own_name_is_one_token_whoever_they_are() -> None:
    me = own_names(["alex.rivera@example.com", "alex_r+jobs@mail.example", "ar2@x.example"])
    assert me == {"alex", "rivera"}
    assert features("Alex, your interview", "Hi Alex Rivera", me) == [
        "s:<me>",
        "s:your",
        "s:interview",
        "hi",
        "<me>",
        "hi <me>",
        "<me> <me>",
    ]


def _always(kind: str) -> LearnedModel:
    """A model that names ``kind`` with probability ~1 for any text."""
    return LearnedModel(
        kinds=tuple(KINDS),
        intercept=tuple(30.0 if k == kind else 0.0 for k in KINDS),
        weights={"team": tuple(0.5 if k == kind else 0.0 for k in KINDS)},
        thresholds={k: 0.5 for k in KINDS if k != "other"},
        enabled=True,
    )


@pytest.fixture
def certain_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core, "shipped_model", lambda: _always("rejection"))


@pytest.mark.usefixtures("certain_rejection")
def test_in_the_gate_the_fallback_decides_and_says_so() -> None:
    facts = understand(_mail("Jane Roe <jane@acme.com>", OWN), me=ME)
    assert facts.kind == "rejection"
    assert facts.evidence[0].startswith("learned fallback (1.00)")
    assert '"team"' in facts.evidence[0]  # its contributing feature is named


@pytest.mark.usefixtures("certain_rejection")
@pytest.mark.parametrize(
    ("why", "raw"),
    [
        (
            "no hiring words",
            _mail(
                "Jane Roe <jane@acme.com>",
                "Hi Alex, the team met and chose the blue logo.",
                subject="Logo",
            ),
        ),
        ("addressed to someone else", _mail("Jane Roe <jane@acme.com>", OWN, to="sam@other.org")),
        ("among colleagues", _mail("Jane Roe <jane@acme.com>", OWN, to="tom@acme.com")),
        (
            "bulk mail",
            _mail("Jane Roe <jane@acme.com>", OWN, extra="List-Unsubscribe: <mailto:u@acme.com>\n"),
        ),
        (
            "automatic reply",
            _mail("Jane Roe <jane@acme.com>", OWN, extra="Auto-Submitted: auto-replied\n"),
        ),
        (
            "the candidate's own mail",
            _mail("Alex Rivera <alex.rivera@example.com>", OWN, to="jane@acme.com"),
        ),
        (
            "the reader is the employer",
            _mail(
                "Jane Roe <jane@acme.com>",
                "Hi Alex,\n\nPlease submit your scorecard for the Data Analyst position. "
                "The team has met and we have made our choice.\n\nJane\n",
            ),
        ),
    ],
)
def test_outside_the_gate_the_fallback_never_fires(why: str, raw: bytes) -> None:
    facts = understand(raw, me=ME)
    assert not any("learned fallback" in e for e in facts.evidence), why
    assert facts.kind == "other", why


@pytest.mark.usefixtures("certain_rejection")
def test_the_fallback_never_overrules_a_kind_the_rules_found() -> None:
    invite = (
        "Hi Alex,\n\nThank you for applying for the Analyst role. We would like to invite you "
        "to an interview on Thursday, April 16 at 2:00 PM ET.\n\nJane\n"
    )
    facts = understand(_mail("Jane Roe <jane@acme.com>", invite), me=ME)
    assert facts.kind == "interview"


def test_a_switched_off_model_is_never_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    off = _always("rejection")
    monkeypatch.setattr(
        core, "shipped_model", lambda: LearnedModel(**{**off.__dict__, "enabled": False})
    )
    assert understand(_mail("Jane Roe <jane@acme.com>", OWN), me=ME).kind == "other"


@pytest.fixture
def certain_interview(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core, "shipped_model", lambda: _always("interview"))


@pytest.mark.usefixtures("certain_interview")
def test_a_veto_of_the_rules_binds_the_fallback() -> None:
    """A consulate's visa interview is hiring-shaped (it names the new employer and the
    position), but the rules' veto for ``interview`` forbids the model's ``interview`` as it
    forbids theirs."""
    visa = (
        "Hi Alex,\n\nYour visa interview at the consulate is booked. Please bring the letter "
        "from your new employer about the Analyst position.\n\nJane\n"
    )
    facts = understand(_mail("Jane Roe <jane@acme.com>", visa), me=ME)
    assert facts.kind == "other"
    assert not any("learned fallback" in e for e in facts.evidence)


# ---------------------------------------------------------------- the second opinion

# an acknowledgement the rules find by its opening phrase; the model (in these tests) says
# it is a refusal: "thank you for your application ... we have made our choice"
ACK = (
    "Hi Alex,\n\nThank you for your application for the Data Analyst position. The team has "
    "met and we have made our choice.\n\nBest,\nJane\n"
)


def _second_opinion(kind: str, *, over: dict[str, float], margin: float) -> LearnedModel:
    """:func:`_always` ``kind``, allowed to overrule the rules' kinds in ``over`` (rules' kind
    → probability needed) within ``margin`` points, or to dismiss them as ``other``."""
    model = _always(kind)
    if kind == "other":
        return replace(model, dismiss=0.6, dismiss_margin=margin)
    overrule = {rule: {kind: p} for rule, p in over.items()}
    return replace(model, overrule=overrule, overrule_margin=margin)


def _rules_margin(raw: bytes) -> tuple[str, float]:
    case = core.fallback_case(raw, me=ME)
    return case.rule.kind, case.margin


def test_a_sure_model_overrules_a_kind_the_rules_found_only_just(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = _mail("Jane Roe <jane@acme.com>", ACK)
    rule, margin = _rules_margin(raw)
    assert rule == "application_received"
    model = _second_opinion("rejection", over={rule: 0.6}, margin=margin)
    monkeypatch.setattr(core, "shipped_model", lambda: model)
    facts = understand(raw, me=ME)
    assert facts.kind == "rejection"
    # the evidence names the rules' answer it overruled, how sure it was and why
    first = facts.evidence[0]
    assert first.startswith("learned fallback (1.00) overruled the rules' application_received")
    assert f"({margin:g} points over its bar) as rejection" in first
    assert '"team"' in first
    assert any(e.startswith('rules: "Thank you for your application"') for e in facts.evidence)


def test_no_second_opinion_over_the_margin_or_below_the_probability(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = _mail("Jane Roe <jane@acme.com>", ACK)
    rule, margin = _rules_margin(raw)
    for model in (
        _second_opinion("rejection", over={rule: 0.6}, margin=margin - 0.5),  # too sure
        replace(
            _second_opinion("rejection", over={rule: 0.6}, margin=margin), intercept=(0.0,) * 6
        ),
        _second_opinion("rejection", over={"interview": 0.6}, margin=margin),  # not this pair
    ):
        monkeypatch.setattr(core, "shipped_model", lambda m=model: m)
        facts = understand(raw, me=ME)
        assert facts.kind == rule
        assert not any("learned fallback" in e for e in facts.evidence)


def test_a_veto_of_the_rules_binds_the_second_opinion(monkeypatch: pytest.MonkeyPatch) -> None:
    """An application acknowledgement that says the interview is for a visa: the model may
    not turn it into an interview, whatever its margin."""
    visa = (
        "Hi Alex,\n\nThank you for your application for the Analyst position. Your visa "
        "interview at the consulate is booked.\n\nJane\n"
    )
    raw = _mail("Jane Roe <jane@acme.com>", visa)
    rule, margin = _rules_margin(raw)
    assert "interview" in core.fallback_case(raw, me=ME).vetoed
    model = _second_opinion("interview", over={rule: 0.5}, margin=margin)
    monkeypatch.setattr(core, "shipped_model", lambda: model)
    assert understand(raw, me=ME).kind == rule


def test_a_sure_other_takes_a_kind_found_only_just_away(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wrongly found: a kind by a few points, in text the model reads as not hiring."""
    raw = _mail("Jane Roe <jane@acme.com>", ACK)
    rule, margin = _rules_margin(raw)
    monkeypatch.setattr(
        core, "shipped_model", lambda: _second_opinion("other", over={}, margin=margin)
    )
    facts = understand(raw, me=ME)
    assert facts.kind == "other"
    assert facts.evidence[0].startswith(f"learned fallback (1.00) overruled the rules' {rule}")
    assert "as other" in facts.evidence[0]
    no = _second_opinion("other", over={}, margin=margin - 1)
    monkeypatch.setattr(core, "shipped_model", lambda: no)
    assert understand(raw, me=ME).kind == rule


def test_the_fit_script_answers_as_understand_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks/fit_fallback measures policies with ``with_fallback``: it must give the
    kind ``understand`` gives, in the gate, in a second opinion and where neither fires."""
    fit = pytest.importorskip("benchmarks.fit_fallback")
    ack = _mail("Jane Roe <jane@acme.com>", ACK)
    rule, margin = _rules_margin(ack)
    cases = [
        (_always("rejection"), _mail("Jane Roe <jane@acme.com>", OWN)),
        (_second_opinion("rejection", over={rule: 0.6}, margin=margin), ack),
        (_second_opinion("rejection", over={rule: 0.6}, margin=margin - 1), ack),
        (_second_opinion("other", over={}, margin=margin), ack),
    ]
    for model, raw in cases:
        monkeypatch.setattr(core, "shipped_model", lambda m=model: m)
        case = core.fallback_case(raw, me=ME)
        example = fit.Example("t", "t", "other", case, ())
        assert fit.with_fallback(model, example) == understand(raw, me=ME).kind
