"""Weighted phrases → one of the six kinds, a confidence and the evidence.

Offline, explainable and precision-first. The phrases are data (:mod:`agent.understand.phrasebook`,
read by :mod:`agent.understand.phrases`), each voting with a named weight for one kind,
against one (a *veto*) or for a context signal, and compiled once into one matcher
(:mod:`agent.understand.phrase_matcher`). They are only ever looked for in the text the
sender wrote in this message: quoted earlier messages and signatures are split off before
we get here, so a quoted "unfortunately" never decides. The decision is a priority ladder
over the scores (rejection, offer, assessment, interview, application received) with
per-kind thresholds (``phrasebook/weights.py``), after the hard negatives (automatic replies, job
alerts, newsletters, webinars, cold outreach, the candidate's own mail, unrelated
invitations) have had their say.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from agent.models import Kind
from agent.understand.phrase_matcher import MatchTexts, PhraseMatch, PhraseMatcher
from agent.understand.phrases import (
    JOB_KINDS,
    VETO,
    DecisionWeights,
    Signal,
    decision_weights,
    load_phrases,
)

logger = logging.getLogger(__name__)

__all__ = [
    "AUTO_REPLY_SUBJECT",
    "EVIDENCE_TIER",
    "JOB_KINDS",
    "JOB_WORDS",
    "MATCHER",
    "OUT_OF_OFFICE_BODY",
    "PROCESS_WORDS",
    "WEIGHTS",
    "Contribution",
    "Decision",
    "Scores",
    "Signal",
    "clue",
    "decide",
    "not_hiring_life",
    "points_over_bar",
    "ruled_out",
    "score",
]

AUTO_REPLY_SUBJECT = re.compile(
    r"^(?:automatic\s+reply|auto(?:matic)?[- ]?reply|out\s+of\s+(?:the\s+)?office|ooo\b|abwesenheitsnotiz|"
    r"abwesend|automatische\s+antwort|respuesta\s+automática|fuera\s+de\s+la\s+oficina|"
    r"réponse\s+automatique|absence\s+du\s+bureau|absent)",
    re.I,
)
OUT_OF_OFFICE_BODY = re.compile(
    r"\b(?:i\s+am|i'm|i\s+will\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:vacation|"
    r"holiday|leave|pto|parental\s+leave)|away\s+from\s+(?:the\s+)?office)|\bwith\s+limited\s+access\s+to\s+e-?mail"
    r"|\bbin\s+(?:ich\s+)?(?:bis|vom)\b.{0,40}\b(?:abwesend|nicht\s+im\s+büro|im\s+urlaub)"
    r"|\bestaré\s+fuera\s+de\s+la\s+oficina|\bje\s+suis\s+(?:actuellement\s+)?absente?",
    re.I,
)


@dataclass(frozen=True)
class Contribution:
    """One part of a message's scores: a phrase it says, or evidence from its structure
    (a calendar invitation, bulk-mail headers). ``explain`` lists them."""

    name: str  # the phrase's ``signal/name``, or the evidence's name in phrasebook/weights.py
    signal: Signal
    points: float
    evidence: str  # what the message said, or what was seen
    tier: str = "evidence"  # the phrase's weight tier; EVIDENCE_TIER for structure
    counted: bool = True  # False: said inside words a veto of its kind took back (no points)


EVIDENCE_TIER = "evidence"
WEIGHTS = decision_weights()


def clue(name: str, signal: Signal, evidence: str) -> Contribution:
    """Evidence from a message's structure, with its points from ``phrasebook/weights.py``."""
    return Contribution(name, signal, WEIGHTS.evidence[name], evidence)


@dataclass
class Scores:
    """Per-signal points with the matched phrases, as :func:`score` leaves them."""

    points: dict[Signal, float] = field(default_factory=dict)
    hits: dict[Signal, list[str]] = field(default_factory=dict)
    contributions: list[Contribution] = field(default_factory=list)

    def add(self, c: Contribution) -> None:
        self.contributions.append(c)
        if c.counted:
            self.points[c.signal] = self.points.get(c.signal, 0.0) + c.points
            self.hits.setdefault(c.signal, []).append(c.evidence)

    def add_matches(self, matches: Iterable[PhraseMatch]) -> None:
        """Each phrase found, with its points, except a kind's phrase said inside the words
        of one of its vetoes ("Next steps: phone screen, technical interview and offer"
        names three interviews in one stage list the veto already counts against)."""
        found = list(matches)
        vetoed = _inside_a_veto(found)
        for m in found:
            p = m.phrase
            self.add(
                Contribution(p.key, p.signal, p.weight, m.evidence, p.tier, id(m) not in vetoed)
            )

    def get(self, signal: Signal) -> float:
        return self.points.get(signal, 0.0)

    def reweighted(self, weights: DecisionWeights) -> Scores:
        """The same phrases and evidence counted with other numbers (the weight fit)."""
        out = Scores()
        for c in self.contributions:
            if not c.counted:
                out.add(c)
            elif c.tier == EVIDENCE_TIER:
                out.add(replace(c, points=weights.evidence[c.name]))
            else:
                out.add(replace(c, points=weights.tiers[c.signal][c.tier]))
        return out


_VETOED_KIND = {veto: Signal(kind) for kind, veto in VETO.items()}


def _inside_a_veto(found: list[PhraseMatch]) -> set[int]:
    """The ids of the kinds' phrases whose words lie within a veto of their kind said in
    the same text: the veto's reading of those words stands for them."""
    spans = [
        (_VETOED_KIND[m.phrase.signal], _place(m), m.start, m.start + len(m.said))
        for m in found
        if m.phrase.signal in _VETOED_KIND
    ]
    if not spans:
        return set()
    return {
        id(m)
        for m in found
        for kind, where, a, b in spans
        if m.phrase.signal is kind
        and _place(m) == where
        and a <= m.start
        and m.start + len(m.said) <= b
    }


def _place(m: PhraseMatch) -> bool:
    """Which text a match was found in (True: the subject)."""
    return m.evidence.startswith("subject:")


MATCHER = PhraseMatcher(load_phrases())
# hiring talk (interview and application nouns): the gate for interview and rejection,
# also looked for in signatures and quoted earlier messages (core._thread_context)
PROCESS_WORDS = next(c.regex for c in MATCHER.compiled if c.phrase.signal is Signal.PROCESS)
# job vocabulary (a role, a position): read in the candidate's own quoted reply
JOB_WORDS = next(c.regex for c in MATCHER.compiled if c.phrase.signal is Signal.JOB)


def score(
    subject: str,
    body: str,
    extra: Iterable[Contribution] = (),
    *,
    footer: str = "",
    gate: bool = False,
) -> Scores:
    """Look for every phrase once in the subject and the (new, unquoted) body.

    Bulk-mail phrases (``alert``) also read ``footer`` (the signature block), where
    newsletters and notifications say why you are receiving them. With ``gate``, mail
    without any job vocabulary keeps the kinds' phrases only when one of them names the
    hiring decision itself (``self_evident``: "we went with another candidate"); otherwise
    it would be ``other`` anyway.
    """
    sc = Scores()
    texts = MatchTexts.of(subject=subject, body=body, footer=footer)
    sc.add_matches(MATCHER.scan(texts, context=True))
    for c in extra:  # before the gate: job talk earlier in the thread opens it too
        sc.add(c)
    if not gate or sc.get(Signal.JOB) or sc.get(Signal.APPLIED):
        sc.add_matches(MATCHER.scan(texts, context=False))
        return sc
    # only refusals have self-evident phrases: look at those first, the rest only if one is said
    decisions = MATCHER.scan(texts, context=False, only=Signal.REJECTION, tier=SELF_EVIDENT)
    if any(True for _ in decisions):
        sc.add_matches(MATCHER.scan(texts, context=False))
    return sc


@dataclass(frozen=True)
class Decision:
    kind: Kind
    confidence: float
    evidence: list[str]


@dataclass(frozen=True)
class _Context:
    """What the decision knows about the message besides the kinds' points."""

    applied: bool  # the candidate applied
    job: bool  # job vocabulary, a hiring platform sender, or applied
    talk: bool  # hiring talk, a hiring platform sender, or applied
    job_sender: bool  # the sender is a hiring platform
    meeting_counts: bool  # meeting talk counts for an interview

    @classmethod
    def of(cls, sc: Scores, has_job_sender: bool) -> _Context:
        applied = sc.get(Signal.APPLIED) > 0
        meeting_counts = bool(sc.get(Signal.MEETING)) and (
            (sc.get(Signal.INTERVIEW) > 0 and sc.get(Signal.JOB) > 0) or applied or has_job_sender
        )
        decision_named = _self_evident(sc)
        return cls(
            applied=applied,
            job=sc.get(Signal.JOB) > 0 or has_job_sender or applied or decision_named,
            talk=applied or has_job_sender or sc.get(Signal.PROCESS) > 0 or decision_named,
            job_sender=has_job_sender,
            meeting_counts=meeting_counts,
        )


#: the tier of a phrase that is hiring talk in itself (phrasebook/weights.py)
SELF_EVIDENT = "self_evident"


def _self_evident(sc: Scores) -> bool:
    """A phrase that names the hiring decision itself ("offered the role to another
    applicant", "the position has been filled") is hiring talk: no other noun is needed."""
    return any(c.tier == SELF_EVIDENT for c in sc.contributions)


def decide(
    sc: Scores,
    *,
    automatic_reply: bool = False,
    has_job_sender: bool = False,
    weights: DecisionWeights = WEIGHTS,
) -> Decision:
    """The priority ladder over the scores. Precision first for rejection and interview."""
    if automatic_reply:
        return Decision("other", 0.9, ["automatic reply (out of office)"])
    ctx = _Context.of(sc, has_job_sender)
    rules = weights.rules
    negative = _hard_negative(sc, ctx, rules)
    if negative is not None:
        return negative
    points = _kind_points(sc, ctx, rules)
    bars = _bars(ctx, weights)
    passing = [k for k in JOB_KINDS if points[k] >= bars[k]]
    if not passing:
        return _no_kind(sc, ctx)
    chosen = _chosen(passing, points, rules)
    hits = sc.hits.get(Signal(chosen), [])
    if chosen == "interview" and ctx.meeting_counts:
        hits = hits + sc.hits.get(Signal.MEETING, [])
    return Decision(chosen, _confidence(points, chosen, weights), _distinct(hits)[:4])


def _hard_negative(sc: Scores, ctx: _Context, rules: dict[str, float]) -> Decision | None:
    """``other`` whatever the kinds say: non-hiring life that borrows hiring words (a wrong
    thank-you to a podcast host or a landlord is worse than none), bulk mail about jobs,
    and cold outreach without an application."""
    if not_hiring_life(sc, rules) and not ctx.job_sender:
        return Decision("other", 0.75, ["not hiring: " + ", ".join(sc.hits[Signal.NONJOB][:2])])
    if sc.get(Signal.ALERT) >= rules["bulk_mail"] and not ctx.applied:
        return Decision("other", 0.85, ["bulk mail: " + ", ".join(sc.hits[Signal.ALERT][:2])])
    offer = sc.get(Signal.OFFER) + sc.get(Signal.VETO_OFFER)
    if (
        sc.get(Signal.OUTREACH) >= rules["cold_outreach"]
        and not ctx.applied
        and offer < rules["offer_despite_outreach"]
    ):
        ev = sc.hits[Signal.OUTREACH][:2]
        return Decision("other", 0.8, ["recruiter outreach: " + ", ".join(ev)])
    return None


def ruled_out(sc: Scores, *, has_job_sender: bool = False) -> bool:
    """Whether a hard negative makes the message ``other`` whatever its words say (the
    learned fallback is never asked about such mail)."""
    return _hard_negative(sc, _Context.of(sc, has_job_sender), WEIGHTS.rules) is not None


def points_over_bar(
    sc: Scores, kind: Kind, *, has_job_sender: bool = False, weights: DecisionWeights = WEIGHTS
) -> float:
    """How many points ``kind`` has above the bar it had to pass in this message (0: only
    just): how sure the rules were of a kind they found (the learned fallback's second
    opinion is asked only where this is small)."""
    ctx = _Context.of(sc, has_job_sender)
    return _kind_points(sc, ctx, weights.rules)[kind] - _bars(ctx, weights)[kind]


def not_hiring_life(sc: Scores, rules: dict[str, float] = WEIGHTS.rules) -> bool:
    """Life that borrows hiring words: non-job words without employment words, or a named
    non-job object of the "application" or "interview" (a grant, a flat, a mortgage)."""
    nonjob = sc.get(Signal.NONJOB)
    return (nonjob > 0 and sc.get(Signal.EMPLOYMENT) <= 0) or nonjob >= rules["nonjob_object"]


def _kind_points(sc: Scores, ctx: _Context, rules: dict[str, float]) -> dict[Kind, float]:
    """Each kind's points: its phrases less its vetoes, plus meeting talk for an interview
    in hiring context, less a penalty in mail that looks like bulk mail."""
    points: dict[Kind, float] = {k: sc.get(Signal(k)) + sc.get(VETO[k]) for k in JOB_KINDS}
    if ctx.meeting_counts:
        points["interview"] += sc.get(Signal.MEETING)
    if sc.get(Signal.ALERT) >= rules["bulk_hint"] and not ctx.applied:
        for k in points:
            points[k] -= rules["bulk_penalty"]
    return points


def _bars(ctx: _Context, weights: DecisionWeights) -> dict[Kind, float]:
    """The points each kind needs here. Without any job vocabulary it takes much more
    (trials, invites, receipts); without hiring talk, a job title or "position" is not
    enough for an interview or a rejection: meeting talk and business regrets use the same
    words (issue 12's real-mail failures)."""
    rules = weights.rules
    bars: dict[Kind, float] = {k: weights.thresholds[k] for k in JOB_KINDS}
    if not ctx.job:
        bars = {k: v + rules["without_job_vocabulary"] for k, v in bars.items()}
    if not ctx.talk:
        for k in ("interview", "rejection"):
            bars[k] += rules["without_hiring_talk"]
    return bars


def _no_kind(sc: Scores, ctx: _Context) -> Decision:
    """No kind reached its bar: a status update, or other mail with its best hint."""
    if sc.get(Signal.STATUS) > 0 and ctx.job:
        return Decision("other", 0.7, ["status update: " + ", ".join(sc.hits[Signal.STATUS][:2])])
    ev = _top_evidence(sc, [Signal.JOB, Signal.ALERT]) or ["no deciding phrase"]
    return Decision("other", 0.6 if ctx.job else 0.8, ev)


def _chosen(passing: list[Kind], points: dict[Kind, float], rules: dict[str, float]) -> Kind:
    """The first passing kind in priority order, unless a later one is far ahead of it:
    an interview that mentions a test, an offer that regrets a detail, an invitation that
    says "unfortunately" about a date."""
    chosen = passing[0]
    if (
        chosen == "assessment"
        and "interview" in passing
        and points["interview"] >= points["assessment"] + rules["interview_over_assessment"]
    ):
        chosen = "interview"
    if (
        chosen == "rejection"
        and "offer" in passing
        and points["offer"] > points["rejection"] + rules["offer_over_rejection"]
    ):
        chosen = "offer"
    if (
        chosen == "rejection"
        and "interview" in passing
        and points["interview"] >= points["rejection"] + rules["interview_over_rejection"]
    ):
        chosen = "interview"
    return chosen


def _confidence(points: dict[Kind, float], chosen: Kind, weights: DecisionWeights) -> float:
    """Higher with more points and a wider lead over the runner-up."""
    c = weights.confidence
    margin = points[chosen] - max([*(v for k, v in points.items() if k != chosen), 0.0])
    conf = min(
        c["cap"], c["base"] + c["per_point"] * points[chosen] + c["per_margin"] * max(0.0, margin)
    )
    return round(conf, 2)


def _distinct(hits: list[str]) -> list[str]:
    """Evidence without repeats: a phrase inside a longer matched phrase is dropped."""
    out: list[str] = []
    for h in sorted(hits, key=len, reverse=True):
        core = h.split('"', 1)[-1].rstrip('"…').lower()
        if not any(core and core in o.lower() for o in out):
            out.append(h)
    return sorted(out, key=hits.index)


def _top_evidence(sc: Scores, signals: list[Signal]) -> list[str]:
    out: list[str] = []
    for s in signals:
        out += sc.hits.get(s, [])[:1]
    return out
