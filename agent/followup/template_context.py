"""The variables a draft template sees: declared and built in this one place.

Two steps build them. When planning, :func:`plan_context` writes the facts of the moment
in English (shown by ``plan`` and stored with the follow-up: company, role, the
interview's day, the decision and follow-up dates). When composing, :func:`draft_context`
adds what the draft's language and register need: the greeting
(:func:`agent.followup.greetings.salutation`), day words from the recipient's clock
(:mod:`agent.followup.wording`), dates written the language's way, and only true facts
(how many interviews, who sent a rejection, whether the recipient was an interviewer; a
topic only when the invitation names one).

Every name in :data:`TEMPLATE_VARIABLES` is always defined (empty when unknown).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from agent.config import Me, Rules
from agent.followup.addressing import Addressing, employer_message
from agent.followup.application import Application, Interview, when
from agent.followup.days import human_day, short_time
from agent.followup.greetings import joined, referred, salutation
from agent.followup.recipients import is_usable_contact
from agent.followup.wording import long_day, when_phrase
from agent.models import FollowUpKind, PlannedFollowUp, StoredMessage
from agent.person_names import PersonName, is_team_mailbox, names_a_person, parse_person
from agent.terminal_text import clean_text
from agent.understand.language import LANGUAGES

DEFAULT_LANGUAGE = "en"
TEMPLATE_VARIABLES = (
    "kind",
    "language",
    "register",
    "familiar",
    "greeting",
    "company",
    "role",
    "interview_when",
    "interview_count",
    "interviewers",
    "pass_on_to",
    "pass_on_count",
    "recipient_interviewed",
    "informed_by",
    "topic",
    "note_mode",
    "decision_date",
    "follow_up_date",
    "my_name",
    "my_first_name",
    "signature",
    # kept for templates written before languages existed
    "greeting_names",
    "interview_day",
    "interview_date",
    "interview_time",
)
# words of a calendar summary that say what kind of meeting it is, not what it is about
_GENERIC_SUMMARY = re.compile(
    r"\b(?:interviews?|entrevistas?|vorstellungsgespr[äa]ch|gespr[äa]ch|interview|entretien"
    r"|colloquio|sollicitatiegesprek|gesprek|call|chat|meeting|meet|video|phone|zoom|teams"
    r"|google|onsite|on-site|virtual|remote|round|runde|ronda|tour|first|second|third|final"
    r"|1st|2nd|3rd|technical|technisches|t[ée]cnica|technique|tecnico|screen|screening"
    r"|recruiter|hiring|manager|panel|with|mit|con|avec|met|com|and|und|y|et|e|en|for|f[üu]r"
    r"|para|pour|per|voor|the|der|die|das|el|la|le|il|o|a|de|di|van|invitation|einladung"
    r"|confirmed|confirmation|updated|invite|intro|introductory|follow-up|next|steps?|\d+)\b",
    re.IGNORECASE,
)
_APPLICATION_WORD = re.compile(
    r"^(?:sollicitatie|bewerbung|candidatura|candidature|application|solicitud)"
    r"(?:\s+(?:als|voor|for|para|pour|per|de|als))?\s+",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- when planning


def _names(people: list[str]) -> str:
    if not people:
        return ""
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " and " + people[-1]


def _greeting_names(app: Application, to: list[str]) -> str:
    """The recipients' first names: everyone's, or no one's."""
    firsts: list[str] = []
    for addr in to:
        c = app.contact_named(addr)
        if c is None or c.first_name is None:
            return ""
        if c.first_name not in firsts:
            firsts.append(c.first_name)
    return _names(firsts)


def _interview_words(iv: Interview, tz: ZoneInfo) -> dict[str, str]:
    return {
        "interview_day": iv.start.astimezone(tz).strftime("%A"),
        "interview_date": human_day(iv.start, tz),
        "interview_time": short_time(iv.start, tz),
    }


def plan_context(
    app: Application,
    me: Me,
    to: list[str],
    tz: ZoneInfo,
    *,
    interview: Interview | None = None,
    decision: date | None = None,
    follow_up: date | None = None,
) -> dict[str, str]:
    """The moment's facts in English, as ``plan`` shows and stores them."""
    my_first = me.first_name or (me.name.split()[0] if me.name.split() else "")
    context = {
        "company": clean_text(app.company) if not app.company.startswith("Unknown") else "",
        "role": clean_text(app.role),
        "greeting_names": clean_text(_greeting_names(app, to)),
        "my_name": clean_text(me.name),
        "my_first_name": clean_text(my_first),
        "signature": me.signature or "",
        "interview_day": "",
        "interview_date": "",
        "interview_time": "",
        "decision_date": human_day(decision) if decision is not None else "",
        "follow_up_date": human_day(follow_up) if follow_up is not None else "",
    }
    if interview is not None:
        context |= _interview_words(interview, tz)
    return context


def stored_context(context: dict[str, str], kind: FollowUpKind, moment: datetime) -> dict[str, str]:
    """The context stored with a follow-up: its kind and the moment it answers too."""
    return {**context, "kind": kind, "moment": moment.isoformat()}


def named_people(people: list[str]) -> str:
    """``Jane``, ``Jane and Bob``, ``Jane, Bob and Tom``: for a plan's reasons."""
    return _names(people)


# --------------------------------------------------------------------------- when composing


def moment_of(followup: PlannedFollowUp) -> datetime | None:
    """The moment a stored follow-up answers (see :func:`stored_context`)."""
    text = followup.context.get("moment", "")
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def interview_at(app: Application | None, moment: datetime | None) -> Interview | None:
    """The interview a moment answers: the one at that time, else the last before it."""
    if app is None or moment is None:
        return None
    same = [iv for iv in app.interviews if iv.start == moment]
    if same:
        return same[0]
    past = [iv for iv in app.interviews if iv.start <= moment]
    return past[-1] if past else None


def _topic(iv: Interview | None, app: Application, me_name: str, lang: str) -> str:
    """What the interview was about, when its calendar title names it ("system design").

    Written mid-sentence: lowercased, except acronyms ("API design") and German, whose
    nouns keep their capital ("Fallstudie")."""
    if iv is None or iv.source.message is None:
        return ""
    for ev in iv.source.message.facts.calendar:
        text = ev.summary
        for known in (app.company, app.role or "", me_name, *me_name.split()):
            if known:
                text = re.sub(re.escape(known), " ", text, flags=re.IGNORECASE)
        parts = [p for p in re.split(r"[:|()\[\]–—/<>]|\s-\s|,", text) if p.strip()]
        for part in reversed(parts):
            words = re.sub(r"[^\w\s&+#'-]", " ", part).split()
            if _GENERIC_SUMMARY.search(part) or not 1 <= len(words) <= 4:
                continue  # "Interview 1", "Video call": what kind of meeting, not its topic
            if sum(len(w) for w in words) >= 3:
                if lang != "de":
                    words = [w if len(w) > 1 and w.isupper() else w.lower() for w in words]
                return " ".join(words)
    return ""


def _greeted(
    app: Application | None, addresses: list[str], names: dict[str, str]
) -> list[PersonName | None]:
    """The people a greeting names: a team mailbox is left out, an unknown name is None."""
    company = app.company if app and not app.company.startswith("Unknown") else None
    out: list[PersonName | None] = []
    for a in addresses:
        person = parse_person(names.get(a), company=company)
        if person is None and is_team_mailbox(a, names.get(a)):
            continue
        out.append(person)
    return out


def _role(role: str | None) -> str:
    """The role as a noun: "Sollicitatie Data Engineer" (a subject line's) → "Data Engineer"."""
    return _APPLICATION_WORD.sub("", clean_text(role))


def _company(app: Application | None) -> str:
    """The company to name, unless it is unknown or really a person's name (a relay's)."""
    if app is None or app.company.startswith("Unknown"):
        return ""
    people: list[str | None] = [c.name for c in app.contacts]  # people with an address
    people += [n for iv in app.interviews for n, _ in iv.interviewers]
    return "" if names_a_person(app.company, people) else clean_text(app.company)


def _informed_by(app: Application | None, moment: datetime | None, to: list[str]) -> str:
    """ "person" when the rejection came from someone we now write to, else "system"."""
    if app is None or moment is None:
        return "system"
    for m in app.rejections:
        if when(m) == moment:
            f = m.facts
            senders = {(a or "").lower() for a in (f.from_email, f.reply_to, f.contact_email)}
            human = not f.is_automatic and is_usable_contact(f.from_email or "")
            return "person" if human and senders & set(to) else "system"
    return "system"


def _note_mode(kind: FollowUpKind, rules: Rules) -> str:
    rule = getattr(rules, kind, None)
    return str(getattr(rule, "personal_note", "suggest"))


def _voice(app: Application | None, parent: StoredMessage | None, now: datetime) -> tuple[str, str]:
    """The language and register of the draft: the employer's last message decides; a
    short one ("Great, see you Tuesday") that shows neither leaves it to the one before."""
    employer = employer_message(app, parent, now)
    earlier = [m for m in (app.employer_messages() if app else []) if when(m) <= now]
    voices = [employer, *reversed(earlier)] if employer else list(reversed(earlier))
    lang = next((m.facts.language for m in voices if m.facts.language), DEFAULT_LANGUAGE)
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    register = next((m.facts.formality for m in voices if m.facts.formality), None)
    return lang, register or ("familiar" if lang == "en" else "polite")


def _interview_facts(
    iv: Interview, who: Addressing, company: str, lang: str, reg: str, me: Me
) -> dict[str, Any]:
    """When it was, who interviewed (named only when first names are known), and whether
    the recipient was one of them (else they are asked to pass the thanks on)."""
    mine = set(me.addresses)
    met = [(n, e.lower()) for n, e in iv.interviewers if e.lower() not in mine]
    names = [
        referred(p, lang, reg)
        for n, _ in met
        if (p := parse_person(n, company=company or None)) is not None and p.first
    ]
    interviewed = bool(set(who.to) & {e for _, e in met if e})
    out: dict[str, Any] = {
        "interviewers": joined(names, lang),
        "recipient_interviewed": interviewed,
    }
    if names and not interviewed:
        out["pass_on_to"] = joined(names, lang)
        out["pass_on_count"] = len(names)
    return out


def _dates(
    followup: PlannedFollowUp, app: Application | None, iv: Interview | None, lang: str
) -> dict[str, str]:
    """The dates the rules said there are, written the language's way."""
    out: dict[str, str] = {}
    if followup.context.get("decision_date") and app is not None and app.promises:
        since = iv.start.date() if iv is not None and followup.kind == "thank_you" else None
        promised = [p for p in app.promises if since is None or p.value >= since]
        if promised:
            out["decision_date"] = long_day(promised[-1].value, lang)
    if followup.context.get("follow_up_date"):
        out["follow_up_date"] = long_day(followup.due_at.date(), lang)
    return out


def draft_context(
    followup: PlannedFollowUp,
    app: Application | None,
    parent: StoredMessage | None,
    me: Me,
    rules: Rules,
    who: Addressing,
    now: datetime,
) -> tuple[str, dict[str, Any]]:
    """The language of the draft and every template variable, from the timeline's facts."""
    lang, reg = _voice(app, parent, now)
    ctx: dict[str, Any] = {k: v for k, v in followup.context.items() if k in TEMPLATE_VARIABLES}
    company = _company(app)
    ctx.update(
        kind=followup.kind,
        language=lang,
        register=reg,
        familiar=reg == "familiar",
        greeting=salutation(_greeted(app, who.to, who.names), lang, reg),
        company=company,
        role=_role(app.role if app else followup.context.get("role", "")),
        note_mode=_note_mode(followup.kind, rules),
        interview_count=0,
    )
    moment = moment_of(followup)
    iv = interview_at(app, moment)
    if app is not None and moment is not None:
        ctx["interview_count"] = len([i for i in app.interviews if i.start <= moment])
    if iv is not None:
        ctx["interview_when"] = when_phrase(iv.start, now, lang)
        ctx |= _interview_facts(iv, who, company, lang, reg, me)
        if followup.kind == "thank_you":
            ctx["topic"] = _topic(iv, app, me.name, lang) if app else ""
    if followup.kind == "rejection_reply":
        ctx["informed_by"] = _informed_by(app, moment, who.to)
    ctx |= _dates(followup, app, iv, lang)
    return lang, ctx


__all__ = [
    "DEFAULT_LANGUAGE",
    "TEMPLATE_VARIABLES",
    "draft_context",
    "interview_at",
    "moment_of",
    "named_people",
    "plan_context",
    "stored_context",
]
