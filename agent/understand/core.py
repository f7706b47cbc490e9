"""``understand(raw)`` → MessageFacts: parse, split quotes, classify, extract dates and contacts.

Pure: the Date header is the reference time for relative phrases, the clock is never read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo

from agent.models import CalendarEvent, MessageFacts
from agent.understand import contacts as ct
from agent.understand import dates as dt
from agent.understand.calendar import parse_calendars
from agent.understand.classify import (
    AUTO_REPLY_SUBJECT,
    OUT_OF_OFFICE_BODY,
    Decision,
    decide,
    score,
)
from agent.understand.mime import ParsedMail, parse_date, parse_message
from agent.understand.quotes import Split, split_reply

logger = logging.getLogger(__name__)

EXTRACTOR_VERSION = "understand-1"

_MAX_CLASSIFY = 60_000  # characters of new text the rules look at
_APOS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def normalise(text: str) -> str:
    """One line, straight quotes, single spaces: what the phrase rules see."""
    return re.sub(r"\s+", " ", text.translate(_APOS)).strip()


def guess_language(text: str) -> str:
    """en/de/es/fr from stopword counts; numeric dates are read day-first outside English."""
    sample = f" {text[:3000].lower()} "
    counts = {
        "en": sum(sample.count(w) for w in (" the ", " and ", " you ", " your ", " we ")),
        "de": sum(sample.count(w) for w in (" und ", " sie ", " ihre ", " wir ", " der ", " die ")),
        "es": sum(sample.count(w) for w in (" el ", " los ", " tu ", " que ", " para ", " con ")),
        "fr": sum(
            sample.count(w) for w in (" le ", " les ", " vous ", " nous ", " votre ", " est ")
        ),
        # Portuguese and Italian read dates like Spanish (day first, "de"/"di" months)
        "pt": sum(sample.count(w) for w in (" você ", " sua ", " seu ", " não ", " com ", " em ")),
        "it": sum(sample.count(w) for w in (" il ", " di ", " per ", " che ", " non ", " della ")),
    }
    best = max(counts, key=lambda k: counts[k])
    if counts[best] <= counts["en"]:
        return "en"
    return "es" if best in ("pt", "it") else best


def understand(
    raw: bytes,
    *,
    me: Sequence[str] = (),
    source: str | None = None,
    default_tz: tzinfo | None = None,
    arrived: datetime | None = None,
) -> MessageFacts:
    """Everything the agent knows about one message.

    :param raw: the exact RFC 5322 bytes (an mbox ``From `` line in front is tolerated).
    :param me: the candidate's addresses; their mail is ``other`` with contract fields null.
    :param source: a label for error messages (file path, backend id).
    :param default_tz: zone for a Date header without offset (and when there is none).
    :param arrived: when the backend received it; replaces a Date more than a day later.
    :raises UnreadableMessage: only when ``raw`` is not an e-mail message at all.
    """
    from agent.errors import UnreadableMessage

    try:
        pm = parse_message(raw, default_tz=default_tz, arrived=arrived)
    except UnreadableMessage as exc:
        if source and exc.source is None:
            raise UnreadableMessage(str(exc), source=source) from exc
        raise
    try:
        return _understand(pm, me=me, default_tz=default_tz)
    except Exception as exc:  # a bug must not stop a whole mailbox scan; log and degrade
        logger.warning(
            "understanding failed for %s: %s", source or pm.message_id, exc, exc_info=True
        )
        return _header_facts(pm, me=me, evidence=[f"internal error: {type(exc).__name__}"])


def _me_set(me: Sequence[str]) -> frozenset[str]:
    return frozenset(a.strip().lower() for a in me if a)


def _header_facts(pm: ParsedMail, *, me: Sequence[str], evidence: list[str]) -> MessageFacts:
    mine = _me_set(me)
    return MessageFacts(
        message_id=pm.message_id,
        kind="other",
        confidence=0.0,
        evidence=evidence,
        sent_at=pm.date,
        subject=pm.subject,
        from_email=pm.from_email,
        from_name=pm.from_name,
        reply_to=pm.reply_to[0][1] if pm.reply_to else None,
        to=[a for _, a in pm.to],
        cc=[a for _, a in pm.cc],
        in_reply_to=pm.in_reply_to,
        references=pm.references,
        is_own=bool(pm.from_email and pm.from_email in mine),
        is_automatic=_is_automatic(pm),
        sender_domain=ct.domain_of(pm.from_email),
        extractor_version=EXTRACTOR_VERSION,
    )


def _is_automatic(pm: ParsedMail) -> bool:
    auto = pm.header("Auto-Submitted").lower()
    if auto and auto != "no":
        return True
    if pm.header("Precedence").lower() in ("bulk", "list", "junk", "auto_reply"):
        return True
    if pm.header("X-Autoreply") or pm.header("X-Autorespond") or pm.header("List-Id"):
        return True
    return ct.is_noreply(pm.from_email)


def _auto_reply(pm: ParsedMail, new_text: str) -> bool:
    auto = pm.header("Auto-Submitted").lower()
    if auto.startswith("auto-replied") or pm.header("X-Autoreply") or pm.header("X-Autorespond"):
        return True
    if AUTO_REPLY_SUBJECT.match(pm.subject.strip()):
        return True
    return bool(OUT_OF_OFFICE_BODY.search(new_text[:1500])) and len(new_text) < 1500


def _reference_time(pm: ParsedMail, default_tz: tzinfo | None) -> datetime | None:
    if pm.date is not None:
        return pm.date
    for rec in pm.headers_named("Received"):
        tail = str(rec).rsplit(";", 1)
        if len(tail) == 2:
            d = parse_date(tail[1].strip(), default_tz)
            if d is not None:
                return d
    return None


def _understand(pm: ParsedMail, *, me: Sequence[str], default_tz: tzinfo | None) -> MessageFacts:
    mine = _me_set(me)
    base = _header_facts(pm, me=me, evidence=[])
    ref = _reference_time(pm, default_tz)
    msg_tz: tzinfo = (ref.tzinfo if ref is not None else None) or default_tz or UTC
    events = parse_calendars(pm.calendars, floating=msg_tz) if pm.calendars else []
    split = split_reply(pm.text)
    updates: dict[str, object] = {"calendar": events}
    if events:
        updates["interviewers"] = _interviewers(events, mine)
    if base.is_own:
        updates.update(kind="other", confidence=0.95, evidence=["the candidate's own message"])
        return base.model_copy(update=updates)

    new = split.new if split.new.strip() else split.signature
    relay = _RELAY_WROTE.match(split.quoted)
    if relay and len(new) < 300 and ct.is_platform_domain(base.sender_domain):
        # a job board relaying someone's message ("Maya from Acme wrote:"): that is the message
        new = new + "\n\n" + split.quoted[:5000]
    invite = _INVITE_BLOCK.search(split.signature) if split.new.strip() else None
    if invite:
        # a pasted Zoom/Teams invitation below the sign-off is part of what was sent
        new = new + "\n\n" + split.signature[invite.start() :]
    body = normalise(new[:_MAX_CLASSIFY])
    subject = normalise(pm.subject)
    if re.match(r"^(?:re\s*:\s*)*(?:fwd?|wg|tr|rv|enc)\s*:", subject, re.I):
        subject = ""  # a forwarded message's subject is someone else's news, not this mail's
    extra: list[tuple[str, float, str]] = []
    sender_domain = base.sender_domain
    platform_sender = ct.is_platform_domain(sender_domain)
    if platform_sender and sender_domain and not sender_domain.endswith(_GENERIC_PLATFORMS):
        extra.append(("job", 1, f"sender: hiring platform ({sender_domain})"))
    job_events = [e for e in events if _job_event(e, subject, body)]
    if job_events:
        ev = job_events[-1]
        if not ev.cancelled:
            extra.append(("interview", 4, f'calendar invitation: "{ev.summary[:50]}"'))
    for _anchor, href in pm.links[:200]:
        h = href.lower()
        if re.search(r"calendly\.com|goodtime\.io|/schedul|cal\.com/|meetings\.hubspot", h):
            extra.append(("meeting", 1, f"scheduling link ({_host(h)})"))
            break
    for _anchor, href in pm.links[:200]:
        h = href.lower()
        if re.search(r"hackerrank|codility|codesignal|testgorilla|coderbyte|hirevue|devskiller", h):
            extra.append(("assessment", 2, f"assessment link ({_host(h)})"))
            break
    flat_new = new.translate(_APOS)
    lang = guess_language(body)
    if ref is not None and _CLOCK.search(body) and _MEETING.search(body):
        for when, mention in dt.full_datetimes(flat_new[:8000], ref, lang=lang, fallback=msg_tz):
            if when >= ref - timedelta(hours=12):
                said = normalise(flat_new[mention.start : mention.end])
                extra.append(("meeting", 3, f'date and time: "{said[:50]}"'))
                break
    bulk = bool(
        pm.header("List-Unsubscribe")
        or pm.header("List-Id")
        or pm.header("Precedence").lower() in ("bulk", "list", "junk")
    )
    if bulk and not platform_sender:
        extra.append(("alert", 3, "bulk mail headers"))
    job_sender = platform_sender and not (sender_domain or "").endswith(_GENERIC_PLATFORMS)
    job_extra = any(k in ("job", "interview", "assessment", "meeting") for k, _, _ in extra)
    sc = score(
        subject,
        body,
        extra,
        footer=normalise(split.signature[:3000]),
        gate=not (job_sender or job_extra),
    )
    decision = decide(sc, automatic_reply=_auto_reply(pm, body), has_job_sender=job_sender)
    cancelled = _cancelled(events, job_events, body, decision)
    updates.update(kind=decision.kind, confidence=decision.confidence, evidence=decision.evidence)
    updates["interview_cancelled"] = cancelled

    company_domain = (
        None if (platform_sender or sender_domain in ct.FREEMAIL_DOMAINS) else sender_domain
    )
    updates["contact_email"] = ct.contact_email(
        from_email=pm.from_email,
        reply_to=[a for _, a in pm.reply_to],
        text=new + "\n" + split.signature,
        me=mine,
        company_domain=company_domain,
        bulk=bulk or (sc.get("alert") >= 3 and not sc.get("applied")),
        person_only=decision.kind == "other" and not (sc.get("job") > 0 or platform_sender),
        from_name=pm.from_name,
        hiring=decision.kind != "other",
    )
    if decision.kind == "other" and (
        not (sc.get("job") > 0 or platform_sender)
        or (sc.get("alert") >= 3 and not sc.get("applied"))
    ):
        # unrelated mail, newsletters and alerts: no hiring fields
        return base.model_copy(update=updates)

    # ---------------------------------------------------------------- dates
    if decision.kind == "interview" or cancelled:
        start, end = _interview_time(job_events, flat_new, pm.subject, ref, msg_tz, lang)
        updates["interview_at"] = start
        updates["interview_end"] = end
    if ref is not None and decision.kind not in ("offer",):
        updates["respond_by"] = respond_by(flat_new, ref, lang=lang)
    if ref is not None:
        updates["follow_up_on"] = follow_up_on(flat_new, ref, lang=lang)

    # ---------------------------------------------------------------- who and what
    human_sender = bool(
        pm.from_email
        and not ct.is_noreply(pm.from_email)
        and not platform_sender
        and ct.first_name(pm.from_name) is not None
    )
    not_hiring = any(
        e.startswith('"') and sc.points.get(k, 0) <= -6
        for k in ("veto_application_received", "veto_interview", "veto_offer")
        for e in sc.hits.get(k, [])
    )
    in_process = decision.kind != "other" or (
        (sc.get("job") > 0 or job_sender)
        and not bulk
        and sc.get("alert") < 3
        and not not_hiring
        and sender_domain not in ct.FREEMAIL_DOMAINS
    )
    # a job board's notice about one application ("X viewed your application") names it
    board_notice = (
        not in_process
        and platform_sender
        and bool(sc.get("applied"))
        and sc.get("alert") < 5
        and not not_hiring
    )
    company = None
    if in_process:
        company = ct.resolve_company(
            subject=pm.subject,
            from_name=pm.from_name,
            from_email=pm.from_email,
            human_sender=human_sender,
            body=normalise(new),
            signature=split.signature,
            allow_domain=decision.kind != "other" or bool(sc.get("applied")),
            quoted=split.quoted,
        )
        if company and sc.get("outreach") and re.search(r"\b(?:my|our)\s+clients?\b", body, re.I):
            company = ct.company_from_subject(pm.subject)  # an agency: only a named client
    elif board_notice:
        company = ct.company_from_subject(pm.subject, body) or ct.company_from_text(body)
    updates["company"] = company
    updates["role"] = ct.role_from(pm.subject, normalise(new), company)
    updates["contact_name"] = _contact_name(pm, split, events, mine, human_sender)
    return base.model_copy(update=updates)


_RELAY_WROTE = re.compile(
    r"\s*(?!(?:on|am|el|le|il|em)\b)[^\n@<>]{1,80}?\b(?:from|at|@)\s+[^\n@<>]{1,60}\bwrote:\s*\n",
    re.I,
)
_INVITE_BLOCK = re.compile(
    r"^.*\b(?:is\s+inviting\s+you\s+to\s+a\s+scheduled\s+(?:zoom|teams|webex)\s+meeting|"
    r"microsoft\s+teams\s+meeting\b|join\s+zoom\s+meeting\b)",
    re.I | re.M,
)
_GENERIC_PLATFORMS = (
    "google.com", "microsoft.com", "zoom.us", "outlook.com", "office365.com", "linkedin.com",
    "indeed.com", "indeedemail.com", "glassdoor.com", "sendgrid.net", "mailgun.org",
    "amazonses.com", "mailchimp.com", "mcsv.net", "hubspot.com", "hubspotemail.net",
    "salesforce.com", "googlemail.com", "doodle.com", "zoho.com", "oracle.com", "calendly.com",
    "cal.com",
)  # fmt: skip
_CLOCK = re.compile(
    r"\d(?::\d\d|\s*(?:[ap]\.?m\b|uhr\b|h\b|h\d\d))|\b(?:noon|midday|mittag|mediodía|midi)\b|"
    r"\b(?:at|um|a\s+las|à)\s+\d",
    re.I,
)
_MEETING = re.compile(
    r"\b(?:chat|call|interview\w*|meet|meeting|zoom|teams|google\s+meet|calendar|invite|invitation|hold|"
    r"onsite|on-site|video|conversation|talk|speak|lobby|office|entretien|entrevista|gespräch|"
    r"termin|rencontr\w+|locaux|llamada|reunión|videollamada|visio|appel|anruf|treffen)\b",
    re.I,
)


def _host(href: str) -> str:
    m = re.match(r"[a-z]+://([^/]+)", href)
    return m.group(1) if m else href[:40]


_JOB_EVENT = re.compile(
    r"interview|screen|entrevista|entretien|gespräch|vorstellung|recruit|hiring|candidate|"
    r"technical|onsite|on-site|hiring manager|chat with|call with|meet(?:ing)? with|conversation",
    re.I,
)


def _job_event(ev: CalendarEvent, subject: str, body: str) -> bool:
    if _JOB_EVENT.search(ev.summary):
        return True
    return bool(
        re.search(
            r"\binterview|entrevista|entretien|vorstellungsgespräch",
            subject + " " + body[:2000],
            re.I,
        )
    )


def _cancelled(
    events: list[CalendarEvent], job_events: list[CalendarEvent], body: str, decision: Decision
) -> bool:
    if job_events and all(e.cancelled for e in job_events):
        return True
    if decision.kind == "interview" and re.search(
        r"\b(?:cancel(?:l?ed|ling|l?ing)?|call\s+off)\s+(?:your|our|the|this)\s+(?:\w+\s+)?(?:interview|call|meeting)"
        r"|\binterview\s+(?:has\s+been|is|was)\s+cancel|\babsagen\b.{0,40}\b(?:gespräch|termin|interview)"
        r"|\bannuler\s+(?:l'|votre\s+)entretien|\bcancelar\s+(?:la|tu)\s+entrevista",
        body,
        re.I,
    ):
        return not re.search(
            r"\breschedul|\bnew\s+time|\bmove\s+it\s+to|\bverschieben|\breprogramar|\breporter",
            body,
            re.I,
        )
    return False


_SLOTS = re.compile(
    r"\b(?:availability|available|which\s+(?:of\s+these|of\s+the\s+following|one|times?|slots?|options?|day)"
    r"|following\s+(?:times|slots)"
    r"|time\s+slots?|options?\s*:|what\s+works\s+(?:best\s+)?for\s+you|let\s+(?:me|us)\s+know\s+(?:which|what)|"
    r"one\s+of\s+the\s+following|pick\s+a\s+time|select\s+a\s+time|book\s+a\s+time|"
    r"verfügbar|welcher\s+termin|disponibilidad|qué\s+horario|disponibilités|quel\s+créneau)\b",
    re.I,
)
_CONFIRMED = re.compile(
    r"\b(?:confirm(?:ed|ing|ation)|scheduled|booked|is\s+set|see\s+you|look(?:ing)?\s+forward|"
    r"invit\w+|calendar\s+invite|bestätig\w*|confirmad\w*|confirmé\w*|programad\w*|prévu)\b",
    re.I,
)
_STRONG_CONFIRMED = re.compile(
    r"\b(?:confirmed|is\s+(?:now\s+)?scheduled|has\s+been\s+scheduled|booked|is\s+set|see\s+you|bestätigt|"
    r"confirmad[ao]|confirmé)\b",
    re.I,
)
_RESCHEDULE_TO = re.compile(
    r"\b(?:reschedul\w*|moved?|push(?:ed)?|postponed?|changed?|verschoben|verlegt|reprogramad\w*|"
    r"cambiad\w*|report[ée]\w*|déplac\w*)\b.{0,120}?\b(?:to|auf|a|à|al|au|for|new\s+time)\b",
    re.I,
)


def _interview_time(
    events: list[CalendarEvent],
    text: str,
    subject: str,
    ref: datetime | None,
    msg_tz: tzinfo,
    lang: str,
) -> tuple[datetime | None, datetime | None]:
    live = [e for e in events if e.start is not None]
    found = dt.full_datetimes(text[:20000], ref, lang=lang, fallback=msg_tz) if ref else []
    if live:
        best = max(live, key=lambda e: (not e.cancelled, e.sequence))
        start, end = best.start, best.end
        if start is not None and start.utcoffset() == timedelta(0):
            # a UTC invitation: show it in the zone the message states for the same instant
            same = [w for w, _ in found if w == start]
            tz = same[0].tzinfo if same else dt.zone_hint(text)
            if tz is not None:
                start = start.astimezone(tz)
                end = end.astimezone(tz) if end else None
        return start, end
    if ref is None:
        # no Date header: only dates that state their year can be placed
        anchor = datetime(2000, 1, 1, tzinfo=msg_tz)
        found = [
            (when, m)
            for when, m in dt.full_datetimes(text[:20000], anchor, lang=lang, fallback=msg_tz)
            if not m.relative and re.search(r"\b(?:19|20)\d\d\b", text[m.start : m.end])
        ]
        return (found[0][0], None) if len({w for w, _ in found}) == 1 else (None, None)
    if not found:
        found = dt.full_datetimes(subject, ref, lang=lang, fallback=msg_tz)
    if not found:
        return None, None
    distinct: dict[datetime, dt.Mention] = {}
    for when, m in found:
        distinct.setdefault(when, m)
    if len(distinct) == 1:
        only = next(iter(distinct))
        return only, None
    # reschedules: the time after "moved to"; otherwise only a confirmed single time counts
    resched = _RESCHEDULE_TO.search(text)
    if resched:
        after = [w for w, m in found if m.start >= resched.start()]
        if after:
            return after[-1] if len(after) > 1 and not _CONFIRMED.search(text) else after[0], None
    if _SLOTS.search(text) and not _STRONG_CONFIRMED.search(text):
        return None, None
    for when, m in found:
        window = text[max(0, m.start - 120) : m.end + 40]
        if _CONFIRMED.search(window) or re.search(
            r"\binterview|entrevista|entretien|gespräch", window, re.I
        ):
            return when, None
    if _SLOTS.search(text):
        return None, None
    return found[0][0], None


_HEAR_BACK = re.compile(
    r"\b(?:hear\s+(?:back\s+)?(?:from\s+(?:us|me|the\s+team))?|allow\s+(?:us\s+)?(?:up\s+to\s+|about\s+)?\w+\s+"
    r"(?:business\s+|working\s+)?(?:days|weeks)|get\s+back\s+to\s+you|come\s+back\s+to\s+you|"
    r"be\s+in\s+touch|(?:reach|circle)\s+(?:back\s+)?out\s+to\s+you|(?:reach|circle)\s+back|"
    r"let\s+you\s+know|update\s+you|(?:send|give|share)\s+(?:you\s+)?(?:an?\s+)?(?:update|feedback|answer|"
    r"decision)|decisions?\s+(?:will|should)\s+be\s+(?:made|communicated|shared|sent|announced)|"
    r"(?:have|make|reach|expect|communicate|share)\s+(?:a|an|our|the)\s+(?:final\s+)?"
    r"(?:decision|update|answer|feedback|news)|decision\s+(?:will\s+be\s+made|by|within)|"
    r"(?:will|'ll)\s+(?:contact|respond\s+to|notify|inform|follow\s+up\s+with|reach\s+out\s+to|email|write\s+to)"
    r"\s+(?:you|all|every|each|applicants|candidates)|(?:contact|notify|update)\s+you\b|"
    r"(?:be|get)\s+(?:notified|contacted|informed)|"
    r"(?:update|feedback|answer|news|decision)\s+(?:from\s+us\s+)?(?:by|within|no\s+later)|"
    r"respond\s+to\s+all\s+(?:applicants|candidates)|(?:respond|reply|response|answer)\s+(?:to\s+(?:you|all\s+\w+)\s+)?"
    r"(?:within|by|in\s+(?:the\s+next\s+)?\d)|aim\s+to\s+(?:respond|reply|get\s+back)|expect\s+to\s+(?:hear|have|make|share|"
    r"get\s+back|reach)|next\s+steps\s+(?:by|within)|"
    r"(?:uns|mich)\s+(?:\w+\s+){0,9}?melden|melden\s+(?:uns|mich)|rückmeldung|bescheid\s+geben|entscheidung|informieren\s+sie|"
    r"(?:te|le)\s+(?:daremos|responderemos|contactaremos|escribiremos|informaremos|comunicaremos)|"
    r"nos\s+pondremos\s+en\s+contacto|(?:daremos|tendremos)\s+(?:una\s+)?(?:respuesta|decisión)|"
    r"retornaremos|entraremos\s+em\s+contato|(?:daremos|teremos)\s+(?:um\s+)?(?:retorno|resposta)|"
    r"ti\s+(?:contatteremo|ricontatteremo|faremo\s+sapere|aggiorneremo)|(?:una\s+)?risposta|"
    r"respuesta|decisión|reviendrons?\s+vers\s+vous|vous\s+recontacter|vous\s+(?:tenir\s+informé|"
    r"informer|donner\s+(?:une\s+)?(?:réponse|retour))|(?:une\s+)?réponse|décision|retour)",
    re.I,
)
_CANDIDATE_DEADLINE = re.compile(
    r"\b(?:please\s+(?:complete|submit|respond|reply|confirm|sign|return|accept|send|upload|"
    r"finish|let\s+(?:us|me)\s+know)|you\s+(?:must|need\s+to|have\s+until|should(?!\s+(?:hear|receive|get|"
    r"expect)))|deadline|expires?|"
    r"(?:complete|submit|finish|accept)\s+(?:the|your|this)\s+\w+|the\s+link\s+(?:will\s+)?expire|"
    r"bitte\s+(?:bis|reichen|senden|bestätigen)|por\s+favor\s+(?:completa|envía|responde|confirma)|"
    r"merci\s+de\s+(?:compléter|renvoyer|répondre|confirmer))",
    re.I,
)
_FOLLOW_UP = re.compile(
    r"\b(?:(?:feel\s+free|you(?:'re|\s+are)\s+welcome|don't\s+hesitate|please\s+(?:do\s+)?|you\s+(?:can|may|could)|"
    r"i'd\s+(?:suggest|recommend)|i\s+would\s+(?:suggest|recommend)|i\s+(?:encourage|invite)\s+you)\s*(?:to\s+)?"
    r"(?:follow\s+up|check\s+in\s+with\s+(?:me|us)|check\s+back|reach\s+(?:back\s+)?out|touch\s+base|ping\s+(?:me|us)|"
    r"get\s+(?:back\s+)?in\s+touch|circle\s+back|contact\s+(?:me|us)|send\s+(?:me|us)\s+a\s+(?:note|reminder)|"
    r"nudge\s+(?:me|us))|"
    r"follow\s+up\s+with\s+(?:me|us)|check\s+back\s+(?:with\s+(?:me|us)\s+)?(?:on|after|in|around)|"
    r"nachzufragen|nachfragen|bei\s+(?:mir|uns)\s+(?:zu\s+)?melden|melden\s+sie\s+sich|"
    r"no\s+dudes\s+en\s+(?:escribirnos|contactarnos|hacer\s+seguimiento|consultarnos)|hacer\s+(?:un\s+)?seguimiento|"
    r"n'hésitez\s+pas\s+à\s+(?:me|nous)\s+(?:relancer|recontacter|écrire)|(?:me|nous)\s+relancer|revenir\s+vers\s+(?:moi|nous))",
    re.I,
)
_SENT_END = re.compile(
    r"(?<!\b\d)(?<!\b\d\d)(?<![A-Z][a-z])(?<!\b[ap]\.m)(?<!\bDr)(?<!\bMr)(?<!\bMs)[.!?](?=\s+[A-ZÄÖÜÉ¿¡])|\n\s*\n"
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most ~300 characters either side."""
    lo = max(0, start - 300)
    a = lo
    for m in _SENT_END.finditer(text, lo, start + 2):
        if m.start() >= start:
            break
        a = m.end()
    m2 = _SENT_END.search(text, end, end + 302)
    b = m2.start() if m2 else min(len(text), end + 300)
    return a, b


_RELATIVE_TO_UNKNOWN = re.compile(
    r"\s+(?:of|after|from|following|once|when|nach|después\s+de|tras|après)\s+(?:you\s+|we\s+|the\s+|your\s+|"
    r"receiv|submi|complet|accept|reciev|ihre[rm]?\s+|tu\s+|su\s+|votre\s+)",
    re.I,
)


def _date_in(
    text: str,
    a: int,
    b: int,
    ref: datetime,
    lang: str,
    *,
    prefer_after: int,
    only_after: bool = False,
) -> date | None:
    piece = text[a:b]
    cands: list[tuple[int, date]] = []
    for m in dt.find_mentions(piece, ref, lang=lang):
        if m.day < ref.date():
            continue
        cands.append((m.start + a, m.day))
    for s in dt.find_spans(piece, ref.date()):
        if _RELATIVE_TO_UNKNOWN.match(piece, s.end):
            continue  # "within 3 days of receiving it": relative to a date we do not know
        cands.append((s.start + a, s.day))
    if only_after:
        # a sentence that also sets the candidate a deadline: only a date after the promise
        cands = [c for c in cands if c[0] >= prefer_after]
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0] < prefer_after, abs(c[0] - prefer_after)))
    return cands[0][1]


def flow(text: str) -> str:
    """Join wrapped lines (keep blank-line paragraph breaks) so phrases span line ends."""
    out: list[str] = []
    for para in re.split(r"\n[ \t]*\n", text):  # linear: no backtracking over long blank runs
        out.append(" ".join(line.strip(" \t") for line in para.split("\n")))
    return "\n\n".join(out)


_NEGATED = re.compile(
    r"(?:\bno|\bnot\s+(?:yet\s+)?(?:a|an|any)?|\bkeine|\bnoch\s+keine|\baún\s+no|\bsin|\bpas\s+encore\s+de)\s*$",
    re.I,
)


def respond_by(text: str, ref: datetime, *, lang: str = "en") -> date | None:
    """The date by which the employer said the candidate would hear back, if any."""
    text = flow(text)
    for n, m in enumerate(_HEAR_BACK.finditer(text[:20000])):
        if n >= 40:
            break
        if _NEGATED.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        a, b = _sentence(text, m.start(), m.end())
        sentence = text[a:b]
        if _CANDIDATE_DEADLINE.search(sentence) and not re.search(
            r"\b(?:we|we'll|i'll|you'll|you\s+will)\b", sentence[: m.start() - a], re.I
        ):
            continue
        if (
            _FOLLOW_UP.search(sentence)
            and re.search(r"\bif\s+you\s+(?:have\s+not|haven't)", sentence, re.I) is None
        ):
            # "feel free to follow up on March 10" is a follow-up date, not a promise
            fu = _FOLLOW_UP.search(sentence)
            if fu and fu.start() < m.start() - a:
                continue
        deadline = bool(_CANDIDATE_DEADLINE.search(sentence))
        d = _date_in(text, a, b, ref, lang, prefer_after=m.end(), only_after=deadline)
        if d is not None:
            return d
    return None


def follow_up_on(text: str, ref: datetime, *, lang: str = "en") -> date | None:
    """A date on which the employer asked the candidate to follow up, if any."""
    text = flow(text)
    for n, m in enumerate(_FOLLOW_UP.finditer(text[:20000])):
        if n >= 40:
            break
        a, b = _sentence(text, m.start(), m.end())
        d = _date_in(text, a, b, ref, lang, prefer_after=m.end())
        if d is not None:
            return d
    return None


def _interviewers(
    events: list[CalendarEvent], mine: frozenset[str]
) -> list[tuple[str | None, str]]:
    seen: dict[str, str | None] = {}
    for e in events:
        for name, email in e.attendees:
            if email in mine or "resource.calendar" in email or ct.is_noreply(email):
                continue
            if email not in seen or (name and not seen[email]):
                seen[email] = name
    return [(n, e) for e, n in seen.items()]


def _contact_name(
    pm: ParsedMail,
    split: Split,
    events: list[CalendarEvent],
    mine: frozenset[str],
    human_sender: bool,
) -> str | None:
    if human_sender:
        name = ct.first_name(pm.from_name)
        if name:
            return name
    sig = ct.name_from_signature(split.signature)
    if sig:
        return ct.first_name(sig)
    for e in events:
        if (
            e.organizer_email
            and e.organizer_email not in mine
            and not ct.is_noreply(e.organizer_email)
        ):
            n = ct.first_name(e.organizer_name)
            if n:
                return n
    return None


__all__ = ["EXTRACTOR_VERSION", "guess_language", "normalise", "understand"]
