"""``understand(raw)`` → MessageFacts: parse, split quotes, classify, extract dates and contacts.

Pure: the Date header is the reference time for relative phrases, the clock is never read.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from agent import senders
from agent.errors import UnreadableMessage
from agent.models import CalendarEvent, MessageFacts
from agent.person_names import first_name, interviewers_named
from agent.understand import dates as dt
from agent.understand.calendar import parse_calendars
from agent.understand.classify import (
    AUTO_REPLY_SUBJECT,
    JOB_WORDS,
    OUT_OF_OFFICE_BODY,
    PROCESS_WORDS,
    WEIGHTS,
    Contribution,
    Decision,
    Scores,
    Signal,
    clue,
    decide,
    not_hiring_life,
    points_over_bar,
    ruled_out,
    score,
)
from agent.understand.company_name import company_from_subject, company_from_text, resolve_company
from agent.understand.contact_person import contact_email, name_from_signature
from agent.understand.date_meaning import (
    DateReading,
    FoundDate,
    follow_up_on,
    mentions_hiring_process,
    read_dates,
    respond_by,
    speaks_of_own_candidacy,
)
from agent.understand.firstpass import could_be_job_mail, header_block, header_starts
from agent.understand.job_role import role_from
from agent.understand.language import detect_language, register_of
from agent.understand.learned import LearnedModel, own_names, shipped_model
from agent.understand.mime import ParsedMail, parse_date, parse_message
from agent.understand.own_proposal import proposed_time, quotes_the_owner
from agent.understand.phrase_matcher import PhraseMatch
from agent.understand.phrases import VETO, DecisionWeights
from agent.understand.quotes import Split, split_reply
from agent.understand.whose import NotOwn, whose_process

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
    date_account: list[FoundDate] | None = None,
    work_domains: Sequence[str] = (),
    screen: bool = False,
    read_language: bool = True,
) -> MessageFacts:
    """Everything the agent knows about one message.

    :param raw: the exact RFC 5322 bytes (an mbox ``From `` line in front is tolerated).
    :param me: the candidate's addresses; their mail is ``other`` with contract fields null.
    :param source: a label for error messages (file path, backend id).
    :param default_tz: zone for a Date header without offset (and when there is none).
    :param arrived: when the backend received it; replaces a Date more than a day later.
    :param date_account: when a list is given, every date found in the new text is appended
        to it with the meaning it was given or refused (``explain``).
    :param work_domains: the candidate's own organisation's domains (``me.work_domains``):
        hiring words in mail from there are someone else's process.
    :param screen: first run the cheap header first pass (``could_be_job_mail``) and, for
        bulk or automated mail it rules out, read only the header block (``classify``
        over whole mailboxes: most mail is newsletters and notifications).
    :param read_language: detect the language and register of every message (drafts need
        them); False (``classify``) detects the language only where reading numeric dates
        needs it, which leaves the kind, dates and contact unchanged.
    :raises UnreadableMessage: only when ``raw`` is not an e-mail message at all.
    """
    if screen:
        head = header_block(raw)
        if not could_be_job_mail(head, me=me) and not header_starts(_AUTO_REPLIED, head):
            try:
                pm = parse_message(
                    head + b"\n\n", default_tz=default_tz, arrived=arrived, headers_only=True
                )
            except UnreadableMessage:
                pass  # let the full parse below say what is wrong
            else:
                return _header_facts(pm, me=me, evidence=[_SCREENED], confidence=0.9)
    try:
        pm = parse_message(raw, default_tz=default_tz, arrived=arrived)
    except UnreadableMessage as exc:
        if source and exc.source is None:
            raise UnreadableMessage(str(exc), source=source) from exc
        raise
    try:
        return _understand(
            pm,
            me=me,
            default_tz=default_tz,
            date_account=date_account,
            work_domains=work_domains,
            read_language=read_language,
        )
    except Exception as exc:  # a bug must not stop a whole mailbox scan; log and degrade
        logger.warning(
            "understanding failed for %s: %s", source or pm.message_id, exc, exc_info=True
        )
        return _header_facts(pm, me=me, evidence=[f"internal error: {type(exc).__name__}"])


# an out-of-office reply from a recruiter still names its person and company: read it whole
_AUTO_REPLIED = re.compile(rb"\n(?:auto-submitted:\s*auto-replied|x-autoreply|x-autorespond)", re.I)
_SCREENED = "first pass: bulk or automated mail that says nothing about hiring"


def _me_set(me: Sequence[str]) -> frozenset[str]:
    return frozenset(a.strip().lower() for a in me if a)


def _header_facts(
    pm: ParsedMail, *, me: Sequence[str], evidence: list[str], confidence: float = 0.0
) -> MessageFacts:
    mine = _me_set(me)
    return MessageFacts(
        message_id=pm.message_id,
        kind="other",
        confidence=confidence,
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
        sender_domain=senders.domain_of(pm.from_email),
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
    return senders.is_noreply(pm.from_email)


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


@dataclass(frozen=True)
class _Message:
    """One message as the understanding steps read it (after the quotes are split off)."""

    pm: ParsedMail
    base: MessageFacts
    mine: frozenset[str]
    split: Split
    events: list[CalendarEvent]
    ref: datetime | None
    msg_tz: tzinfo
    unread: str  # the new text as split: what the language is read from
    new: str  # what the sender wrote, with a relayed message or a pasted invitation
    body: str  # the new text as the phrases read it
    subject: str  # the subject as the phrases read it ("" for a forward)
    lang: str  # guess_language of the body
    platform_sender: bool  # any hiring or scheduling platform
    job_sender: bool  # a hiring platform (not Google, LinkedIn, a mail service)
    bulk: bool  # bulk-mail headers

    @property
    def sender_domain(self) -> str | None:
        return self.base.sender_domain

    @functools.cached_property
    def normal_new(self) -> str:
        """All of the new text as the phrase rules see text (``body`` is its first
        ``_MAX_CLASSIFY`` characters, so it is the same text unless the message is longer)."""
        return self.body if len(self.new) <= _MAX_CLASSIFY else normalise(self.new)

    @property
    def flat_new(self) -> str:
        return self.new.translate(_APOS)


def _understand(
    pm: ParsedMail,
    *,
    me: Sequence[str],
    default_tz: tzinfo | None,
    date_account: list[FoundDate] | None = None,
    work_domains: Sequence[str] = (),
    read_language: bool = True,
) -> MessageFacts:
    m = _prepare(pm, me, default_tz)
    base, events, split, mine = m.base, m.events, m.split, m.mine
    updates: dict[str, object] = {"calendar": events}
    if events:
        updates["interviewers"] = _interviewers(events, mine)
    if base.is_own:
        updates.update(kind="other", confidence=0.95, evidence=["the candidate's own message"])
        return base.model_copy(update=updates)

    language = detect_language(m.unread) if read_language else None
    if read_language:
        updates["language"] = language
        updates["formality"] = register_of(m.unread, language)
    job_events = [e for e in events if _job_event(e, m.subject, m.body)]
    sc = _scores(m, job_events)
    decision, elsewhere = _decision(m, sc, me=me, work_domains=work_domains)
    gate = functools.partial(_own_hiring_mail, m, sc, decision, elsewhere, me, work_domains)
    decision = _with_learned_fallback(m, decision, in_gate=gate, me=me, scores=sc)
    cancelled = _cancelled(events, job_events, m.body, decision)
    updates.update(kind=decision.kind, confidence=decision.confidence, evidence=decision.evidence)
    updates["interview_cancelled"] = cancelled
    if decision.kind == "interview" and not updates.get("interviewers"):
        updates["interviewers"] = _interviewers_named(m)
    updates["contact_email"] = _contact(m, sc, decision)
    if decision.kind == "other" and (elsewhere or not _hiring_fields(m, sc)):
        # unrelated mail, newsletters and alerts: no hiring fields
        return base.model_copy(update=updates)

    if not read_language and (dt.language_matters(m.flat_new) or dt.language_matters(pm.subject)):
        language = updates["language"] = detect_language(m.unread)
    reading = _read_dates(m, sc, decision, job_events, cancelled, language or m.lang, date_account)
    updates.update(
        interview_at=reading.interview_at,
        interview_end=reading.interview_end,
        respond_by=reading.respond_by,
        follow_up_on=reading.follow_up_on,
    )
    human_sender = _human_sender(m)
    company = _company(m, sc, decision, human_sender)
    updates["company"] = company
    updates["role"] = role_from(pm.subject, m.normal_new, company)
    updates["contact_name"] = _contact_name(pm, split, events, mine, human_sender)
    return base.model_copy(update=updates)


def _scores(m: _Message, job_events: list[CalendarEvent]) -> Scores:
    """The phrases of the text and the evidence of the structure, scored. Without any job
    evidence in the structure, the kinds' phrases are read only after job vocabulary."""
    clues = _structure_clues(m, job_events)
    sc = score(
        m.subject,
        m.body,
        clues,
        footer=normalise(m.split.signature[:3000]),
        gate=not (m.job_sender or any(c.signal in _JOB_CLUES for c in clues)),
    )
    answered = _answers_the_candidate(m)
    if answered and sc.get(Signal.JOB) > 0:
        sc.add(clue("thread_context", Signal.APPLIED, f"a reply to the candidate's own {answered}"))
    return sc


def _answers_the_candidate(m: _Message) -> str | None:
    """Whether the message replies to one the candidate sent (DESIGN.md: thread context
    counts): its In-Reply-To or References names a Message-ID made at the domain of one
    of the candidate's addresses (``<...@example.com>``, Gmail's ``<...@mail.gmail.com>``
    for a gmail.com address), and the sender does not write from that domain too (then
    the id could be the sender's own). Returns what was answered, for the evidence."""
    ids = [i for i in (m.pm.in_reply_to, *m.pm.references) if i]
    if not ids or not m.mine:
        return None
    for domain in {d for a in m.mine if (d := senders.domain_of(a))}:
        own = frozenset({domain})
        if senders.is_under(m.sender_domain, own):
            continue
        for mid in ids:
            if senders.is_under(senders.domain_of(mid), own):
                return f"message ({mid.strip()})"
    return None


def _interviewers_named(m: _Message) -> list[tuple[str | None, str]]:
    """Interviewers the text names ("you'll meet Priya and Tom"), with no address known."""
    return [(name, "") for name in interviewers_named(m.new, exclude=[m.pm.from_name or ""])]


def _human_sender(m: _Message) -> bool:
    """A person wrote it: a named sender, not a no-reply or platform address."""
    pm = m.pm
    return bool(
        pm.from_email
        and not senders.is_noreply(pm.from_email)
        and not m.platform_sender
        and first_name(pm.from_name) is not None
    )


def _read_dates(
    m: _Message,
    sc: Scores,
    decision: Decision,
    job_events: list[CalendarEvent],
    cancelled: bool,
    lang: str,
    date_account: list[FoundDate] | None,
) -> DateReading:
    """The hiring dates of the new text (``explain`` gets every date found, with why)."""
    reading = read_dates(
        m.flat_new,
        ref=m.ref,
        kind=decision.kind,
        status_update=decision.kind == "other"
        and _reports_on_process(sc, m.bulk, m.job_sender, m.body),
        cancelled=cancelled,
        events=job_events,
        subject=m.pm.subject,
        msg_tz=m.msg_tz,
        lang=lang,  # lingua knows all seven; numeric dates read by it
        account=date_account is not None,
    )
    if reading.interview_at is None and decision.kind == "interview":
        reading = _with_agreed_proposal(m, reading, lang)
    if date_account is not None:
        date_account.extend(reading.found)
    return reading


def _with_agreed_proposal(m: _Message, reading: DateReading, lang: str) -> DateReading:
    """A recruiter's "dann bis Dienstag!" under the candidate's quoted "Dienstag um 14:00":
    the interview is at the time the candidate proposed (own_proposal)."""
    if m.ref is None or not _answers_own_interview_message(m):
        return reading
    at = proposed_time(m.flat_new, m.split.quoted, ref=m.ref, lang=lang, fallback=m.msg_tz)
    return reading if at is None else dataclasses.replace(reading, interview_at=at)


def _prepare(pm: ParsedMail, me: Sequence[str], default_tz: tzinfo | None) -> _Message:
    """The message split into what the sender wrote, what they quoted and signed, with its
    calendar invitations and reference time."""
    ref = _reference_time(pm, default_tz)
    msg_tz: tzinfo = (ref.tzinfo if ref is not None else None) or default_tz or UTC
    events = parse_calendars(pm.calendars, floating=msg_tz) if pm.calendars else []
    base = _header_facts(pm, me=me, evidence=[])
    return _read(pm, base, _me_set(me), split_reply(pm.text), events, ref, msg_tz)


@dataclass(frozen=True)
class Scoring:
    """What decides a message's kind (``explain``, ``benchmarks/fit_phrase_weights.py``):
    the scores with each phrase's contribution, and what else :func:`decide` is told."""

    scores: Scores
    automatic_reply: bool
    job_sender: bool
    elsewhere: str | None  # someone else's process, and why; None: the candidate's own
    elsewhere_phrase: PhraseMatch | None = None  # the phrase that said so, if one did


def score_message(
    raw: bytes,
    *,
    me: Sequence[str] = (),
    default_tz: tzinfo | None = None,
    work_domains: Sequence[str] = (),
) -> Scoring | None:
    """The scoring of one message; None for the candidate's own mail (never classified).

    :raises UnreadableMessage: when ``raw`` is not an e-mail message at all.
    """
    pm = parse_message(raw, default_tz=default_tz)
    m = _prepare(pm, me, default_tz)
    if m.base.is_own:
        return None
    sc = _scores(m, [e for e in m.events if _job_event(e, m.subject, m.body)])
    elsewhere = _whose(m, me, work_domains)
    return Scoring(
        sc,
        _auto_reply(pm, m.body),
        m.job_sender,
        elsewhere.why if elsewhere else None,
        elsewhere.phrase if elsewhere else None,
    )


def kind_of(scoring: Scoring, weights: DecisionWeights = WEIGHTS) -> Decision:
    """The kind :func:`understand` gives a message with this scoring, counted with
    ``weights`` (the shipped ones, or others being fitted)."""
    sc = scoring.scores if weights is WEIGHTS else scoring.scores.reweighted(weights)
    decision = decide(
        sc,
        automatic_reply=scoring.automatic_reply,
        has_job_sender=scoring.job_sender,
        weights=weights,
    )
    if scoring.elsewhere and decision.kind != "other":
        return _someone_elses(scoring.elsewhere)
    return decision


def _someone_elses(why: str) -> Decision:
    return Decision("other", 0.8, [f"someone else's process: {why}"])


def _read(
    pm: ParsedMail,
    base: MessageFacts,
    mine: frozenset[str],
    split: Split,
    events: list[CalendarEvent],
    ref: datetime | None,
    msg_tz: tzinfo,
) -> _Message:
    """Which text the phrases read: the new text, plus a job board's relayed message or a
    Zoom/Teams invitation pasted below the sign-off; a forward's subject is not this mail's."""
    unread = split.new if split.new.strip() else split.signature
    new = unread
    platform_sender = senders.is_platform_domain(base.sender_domain)
    if _RELAY_WROTE.match(split.quoted) and len(new) < 300 and platform_sender:
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
    return _Message(
        pm=pm,
        base=base,
        mine=mine,
        split=split,
        events=events,
        ref=ref,
        msg_tz=msg_tz,
        unread=unread,
        new=new,
        body=body,
        subject=subject,
        lang=guess_language(body),
        platform_sender=platform_sender,
        job_sender=senders.is_hiring_sender(base.sender_domain),
        bulk=bool(
            pm.header("List-Unsubscribe")
            or pm.header("List-Id")
            or pm.header("Precedence").lower() in ("bulk", "list", "junk")
        ),
    )


def _structure_clues(m: _Message, job_events: list[CalendarEvent]) -> list[Contribution]:
    """Evidence from the message's structure rather than its words: the sender, a calendar
    invitation, scheduling and assessment links, a date and time next to meeting words,
    bulk-mail headers, hiring talk elsewhere in the thread."""
    out: list[Contribution] = []
    if m.job_sender and m.sender_domain:
        said = f"sender: hiring platform ({m.sender_domain})"
        out.append(clue("hiring_platform_sender", Signal.JOB, said))
    if job_events and not job_events[-1].cancelled:
        said = f'calendar invitation: "{job_events[-1].summary[:50]}"'
        out.append(clue("calendar_invitation", Signal.INTERVIEW, said))
    scheduling = _first_link(m.pm, _SCHEDULING_LINK)
    if scheduling:
        out.append(clue("scheduling_link", Signal.MEETING, f"scheduling link ({scheduling})"))
    assessment = _first_link(m.pm, _ASSESSMENT_LINK)
    if assessment:
        out.append(clue("assessment_link", Signal.ASSESSMENT, f"assessment link ({assessment})"))
    when = _meeting_time(m)
    if when:
        out.append(clue("date_and_time", Signal.MEETING, f'date and time: "{when[:50]}"'))
    if m.bulk and not m.platform_sender:
        out.append(clue("bulk_headers", Signal.ALERT, "bulk mail headers"))
    if _answers_own_interview_message(m):
        said = "a reply to the candidate's own message about an interview"
        out.append(clue("own_interview_message", Signal.APPLIED, said))
    return out + _thread_context(m.split, m.mine)


def _answers_own_interview_message(m: _Message) -> bool:
    """The quoted part is the candidate's own message (its attribution names them) and it
    or the subject speaks of an interview: the recruiter's reply is in the candidate's
    hiring thread, however few its words."""
    quoted = m.split.quoted
    if not quoted or not m.mine:
        return False
    names = [name for name, addr in m.pm.to if addr.lower() in m.mine and name]
    if not quotes_the_owner(quoted, m.mine, names):
        return False
    return bool(PROCESS_WORDS.search(m.pm.subject) or PROCESS_WORDS.search(quoted[:4000]))


_SCHEDULING_LINK = re.compile(r"calendly\.com|goodtime\.io|/schedul|cal\.com/|meetings\.hubspot")
_ASSESSMENT_LINK = re.compile(
    r"hackerrank|codility|codesignal|testgorilla|coderbyte|hirevue|devskiller"
)


def _first_link(pm: ParsedMail, kind: re.Pattern[str]) -> str | None:
    """The host of the first of the message's links that ``kind`` recognises."""
    for _anchor, href in pm.links[:200]:
        h = href.lower()
        if kind.search(h):
            return _host(h)
    return None


def _meeting_time(m: _Message) -> str | None:
    """A future date and time said next to meeting words, as written."""
    if m.ref is None or not (_CLOCK.search(m.body) and _MEETING.search(m.body)):
        return None
    flat = m.flat_new
    for when, mention in dt.full_datetimes(flat[:8000], m.ref, lang=m.lang, fallback=m.msg_tz):
        if when >= m.ref - timedelta(hours=12):
            return normalise(flat[mention.start : mention.end])
    return None


def _decision(
    m: _Message, sc: Scores, *, me: Sequence[str], work_domains: Sequence[str]
) -> tuple[Decision, str | None]:
    """The kind, unless the hiring words are someone else's process (then ``other``, with
    the reason as the second value)."""
    decision = decide(sc, automatic_reply=_auto_reply(m.pm, m.body), has_job_sender=m.job_sender)
    if not _whose_is_asked(m, sc, decision):
        return decision, None
    # hiring words: is it the candidate's own process? (else no kind and no hiring dates)
    found = _whose(m, me, work_domains)
    elsewhere = found.why if found else None
    if elsewhere and decision.kind != "other":
        decision = _someone_elses(elsewhere)
    return decision, elsewhere


def _whose_is_asked(m: _Message, sc: Scores, decision: Decision) -> bool:
    """Whether :func:`_decision` asks whose process the message is: where the rules found a
    kind, or there is job vocabulary or a hiring platform sender."""
    return decision.kind != "other" or sc.get(Signal.JOB) > 0 or m.platform_sender


def _whose(m: _Message, me: Sequence[str], work_domains: Sequence[str]) -> NotOwn | None:
    """Why the message is someone else's process (agent.understand.whose), if it is: read
    from its addresses, its new text, and the same text with its line breaks."""
    return whose_process(
        m.pm, me=me, work_domains=work_domains, new_text=m.body, quoted=m.split.quoted, lines=m.new
    )


def _own_hiring_mail(
    m: _Message,
    sc: Scores,
    decision: Decision,
    elsewhere: str | None,
    me: Sequence[str],
    work_domains: Sequence[str],
) -> bool:
    """The gate of the learned fallback: the rules said ``other``, yet this is mail about
    the candidate's own application: hiring talk, job vocabulary or a hiring platform,
    addressed to the candidate from outside their organisation, and neither an automatic
    reply, bulk mail, cold outreach nor life that borrows hiring words."""
    if decision.kind != "other" or elsewhere:
        return False
    hiring = (
        sc.get(Signal.JOB) > 0
        or sc.get(Signal.PROCESS) > 0
        or sc.get(Signal.APPLIED) > 0
        or m.job_sender
    )
    if not hiring or (m.bulk and not m.platform_sender) or _reads_as_bulk(sc):
        return False
    if _auto_reply(m.pm, m.body) or ruled_out(sc, has_job_sender=m.job_sender):
        return False
    # where _decision already asked, ``elsewhere`` (None here) is its answer
    return _whose_is_asked(m, sc, decision) or _whose(m, me, work_domains) is None


def _with_learned_fallback(
    m: _Message,
    decision: Decision,
    *,
    in_gate: Callable[[], bool],
    me: Sequence[str],
    scores: Scores,
) -> Decision:
    """The rules' decision, or the learned model's kind: where the rules found none in the
    candidate's own hiring mail (``in_gate``) and the model is sure enough, or where they
    found one only just and the model is sure of another (its second opinion); the evidence
    says so. A switched-off model costs nothing: the gate is not even looked at."""
    model = shipped_model()
    if model is None or not model.enabled:
        return decision
    if decision.kind != "other":
        return _second_opinion(model, m, decision, me=me, scores=scores)
    if not in_gate():
        return decision
    verdict = model.verdict(m.subject, m.body, own_names(me))
    if verdict is None or _rules_veto(scores, verdict.kind):
        return decision
    return Decision(verdict.kind, round(verdict.probability, 2), [verdict.evidence])


def _second_opinion(
    model: LearnedModel, m: _Message, decision: Decision, *, me: Sequence[str], scores: Scores
) -> Decision:
    """The rules' kind, unless it passed its bar by little and the model is sure of another
    kind (one the rules do not veto) or of ``other``: then the model's, with the evidence
    naming the rules' answer it overruled. The rules' kind already means the candidate's
    own process (``_decision`` made someone else's ``other``)."""
    margin = points_over_bar(scores, decision.kind, has_job_sender=m.job_sender)
    if not model.needs_second_opinion(margin):
        return decision
    verdict = model.second_opinion(m.subject, m.body, decision.kind, margin, own_names(me))
    if verdict is None or (verdict.kind != "other" and _rules_veto(scores, verdict.kind)):
        return decision
    evidence = [verdict.evidence, *(f"rules: {e}" for e in decision.evidence[:2])]
    return Decision(verdict.kind, round(verdict.probability, 2), evidence)


def _rules_veto(sc: Scores, kind: str) -> bool:
    """What the rules know against a kind binds the model too: a veto phrase of that kind
    (a radio or podcast interview, an offer of a discount) or words of life outside work."""
    return sc.get(VETO[kind]) < 0 or sc.get(Signal.NONJOB) > 0


@dataclass(frozen=True)
class FallbackCase:
    """One message as the learned fallback sees it (``benchmarks/fit_fallback.py``): the
    rules' decision, whether the gate is open, and the text the model reads."""

    rule: Decision
    gated: bool
    subject: str
    body: str
    vetoed: frozenset[str] = frozenset()  # kinds the rules forbid the model (_rules_veto)
    margin: float = 0.0  # the rules' kind's points over its bar (not ``other``)


def fallback_case(
    raw: bytes,
    *,
    me: Sequence[str] = (),
    default_tz: tzinfo | None = None,
    work_domains: Sequence[str] = (),
) -> FallbackCase:
    """What the rules decide for ``raw`` and whether the learned fallback would be asked.

    :raises UnreadableMessage: when ``raw`` is not an e-mail message at all.
    """
    pm = parse_message(raw, default_tz=default_tz)
    m = _prepare(pm, me, default_tz)
    if m.base.is_own:
        return FallbackCase(Decision("other", 0.95, []), False, m.subject, m.body)
    sc = _scores(m, [e for e in m.events if _job_event(e, m.subject, m.body)])
    decision, elsewhere = _decision(m, sc, me=me, work_domains=work_domains)
    gated = _own_hiring_mail(m, sc, decision, elsewhere, me, work_domains)
    vetoed = frozenset(k for k in VETO if _rules_veto(sc, k))
    margin = (
        0.0
        if decision.kind == "other"
        else points_over_bar(sc, decision.kind, has_job_sender=m.job_sender)
    )
    return FallbackCase(decision, gated, m.subject, m.body, vetoed, margin)


def _reads_as_bulk(sc: Scores) -> bool:
    return sc.get(Signal.ALERT) >= _BULK_HINT and not sc.get(Signal.APPLIED)


def _hiring_fields(m: _Message, sc: Scores) -> bool:
    """Whether ``other`` mail still gets dates, company and role: it speaks of jobs (or
    comes from a hiring platform) and is not bulk mail."""
    return (sc.get(Signal.JOB) > 0 or m.platform_sender) and not _reads_as_bulk(sc)


def _contact(m: _Message, sc: Scores, decision: Decision) -> str | None:
    """Who a reply should go to (``contact_email``)."""
    pm = m.pm
    domain = m.sender_domain
    company_domain = None if (m.platform_sender or senders.is_freemail(domain)) else domain
    return contact_email(
        from_email=pm.from_email,
        reply_to=[a for _, a in pm.reply_to],
        text=m.new + "\n" + m.split.signature,
        me=m.mine,
        company_domain=company_domain,
        bulk=m.bulk or _reads_as_bulk(sc),
        person_only=decision.kind == "other" and not (sc.get(Signal.JOB) > 0 or m.platform_sender),
        from_name=pm.from_name,
        hiring=decision.kind != "other",
    )


def _company(m: _Message, sc: Scores, decision: Decision, human_sender: bool) -> str | None:
    """The employer: for mail of a hiring process, and for a job board's notice about one
    application ("X viewed your application"); None for everything else."""
    not_hiring = _vetoed_as_not_hiring(sc)
    pm = m.pm
    if decision.kind != "other" or _other_in_process(m, sc, not_hiring):
        company = resolve_company(
            subject=pm.subject,
            from_name=pm.from_name,
            from_email=pm.from_email,
            human_sender=human_sender,
            body=m.normal_new,
            signature=m.split.signature,
            allow_domain=decision.kind != "other" or bool(sc.get(Signal.APPLIED)),
            quoted=m.split.quoted,
        )
        if company and sc.get(Signal.OUTREACH) and _AGENCY.search(m.body):
            company = company_from_subject(pm.subject)  # an agency: only a named client
        return company
    board_notice = (
        m.platform_sender
        and bool(sc.get(Signal.APPLIED))
        and sc.get(Signal.ALERT) < _BULK_MAIL
        and not not_hiring
    )
    if board_notice:
        return company_from_subject(pm.subject, m.body) or company_from_text(m.body)
    return None


def _vetoed_as_not_hiring(sc: Scores) -> bool:
    """A strong veto in the new text: a receipt, a podcast interview, a sales offer."""
    return any(
        e.startswith('"') and sc.get(k) <= WEIGHTS.rules["not_hiring_veto"]
        for k in (Signal.VETO_APPLICATION_RECEIVED, Signal.VETO_INTERVIEW, Signal.VETO_OFFER)
        for e in sc.hits.get(k, [])
    )


def _other_in_process(m: _Message, sc: Scores, not_hiring: bool) -> bool:
    """``other`` mail that is still part of a hiring process (a status update from a
    person at the company): it names the company."""
    return (
        (sc.get(Signal.JOB) > 0 or m.job_sender)
        and not m.bulk
        and sc.get(Signal.ALERT) < _BULK_HINT
        and not not_hiring
        and not senders.is_freemail(m.sender_domain)
    )


_AGENCY = re.compile(r"\b(?:my|our)\s+clients?\b", re.I)


def _reports_on_process(sc: Scores, bulk: bool, job_sender: bool, body: str) -> bool:
    """An ``other`` message that reports on the candidate's own process ("still reviewing",
    "the hiring manager is travelling, feedback by Tuesday"): the only ``other`` mail whose
    stated hear-back date counts. Alerts, newsletters, cold outreach and the loan, rental
    or card "application" that borrows hiring words never do."""
    if sc.get(Signal.STATUS) > 0:
        return True
    if bulk or sc.get(Signal.ALERT) >= _BULK_HINT or sc.get(Signal.OUTREACH) > 0:
        return False
    if not_hiring_life(sc):
        return False
    if not speaks_of_own_candidacy(body):
        return False  # colleagues' memos about hiring, headcount or recruiting
    return sc.get(Signal.JOB) > 0 and (
        sc.get(Signal.EMPLOYMENT) > 0 or job_sender or mentions_hiring_process(body)
    )


def _thread_context(split: Split, mine: frozenset[str]) -> list[Contribution]:
    """Hiring context from outside the new text: a recruiter's signature, an earlier
    message of the thread that spoke of the application, or the candidate's own reply
    quoted below (DESIGN.md: thread context counts)."""
    out: list[Contribution] = []
    m = PROCESS_WORDS.search(split.signature[:1500])
    if m:
        out.append(clue("thread_context", Signal.PROCESS, f'signature: "{m.group(0)[:40]}"'))
    quoted = split.quoted[:20000]
    if not quoted:
        return out
    m = PROCESS_WORDS.search(quoted)
    if m:
        said = f'earlier in the thread: "{m.group(0)[:40]}"'
        out += [
            clue("thread_context", Signal.PROCESS, said),
            clue("thread_context", Signal.JOB, said),
        ]
    elif mine and any(a in quoted.lower() for a in mine):
        said = "the candidate's own reply is quoted"
        out.append(clue("thread_context", Signal.PROCESS, said))
        m = JOB_WORDS.search(quoted)
        if m:  # "... about the Head of Lifecycle role": the reply was about a job
            out.append(clue("thread_context", Signal.JOB, f'{said}: "{m.group(0)[:40]}"'))
    return out


_RELAY_WROTE = re.compile(
    r"\s*(?!(?:on|am|el|le|il|em)\b)[^\n@<>]{1,80}?\b(?:from|at|@)\s+[^\n@<>]{1,60}\bwrote:\s*\n",
    re.I,
)
_INVITE_BLOCK = re.compile(
    r"^.*\b(?:is\s+inviting\s+you\s+to\s+a\s+scheduled\s+(?:zoom|teams|webex)\s+meeting|"
    r"microsoft\s+teams\s+meeting\b|join\s+zoom\s+meeting\b)",
    re.I | re.M,
)
# alert points from which a message reads as bulk mail (no hiring fields), and is bulk mail
_BULK_HINT = WEIGHTS.rules["bulk_hint"]
_BULK_MAIL = WEIGHTS.rules["bulk_mail"]
# evidence that lets the kinds' phrases be read even without job vocabulary in the text
_JOB_CLUES = frozenset(
    {Signal.JOB, Signal.INTERVIEW, Signal.ASSESSMENT, Signal.MEETING, Signal.PROCESS}
)
_CLOCK = re.compile(
    r"\d(?::\d\d|\s*(?:[ap]\.?m\b|uhr\b|uur\b|h\b|h\d\d))|\b(?:noon|midday|mittag|mediodía|midi)\b|"
    r"\b(?:at|um|a\s+las|à|alle|às|om)\s+\d",
    re.I,
)
_MEETING = re.compile(
    r"\b(?:chat|call|interview\w*|meet|meeting|zoom|teams|google\s+meet|calendar|invite|invitation|hold|"
    r"onsite|on-site|video|conversation|talk|speak|lobby|office|entretien|entrevista|gespräch|"
    r"termin|rencontr\w+|locaux|llamada|reunión|videollamada|visio|appel|anruf|treffen|colloquio|"
    r"(?:video)?chiamata|incontro|riunione|conversa|(?:video)?chamada|reunião|\w*gesprek|afspraak|"
    r"session|sesi[óo]n|sessione|sess[ãa]o|sessie)\b",
    re.I,
)


def _host(href: str) -> str:
    m = re.match(r"[a-z]+://([^/]+)", href)
    return m.group(1) if m else href[:40]


_JOB_EVENT = re.compile(
    r"interview|screen|entrevista|entretien|gespräch|vorstellung|recruit|hiring|candidate|"
    r"colloquio|sollicitatie|gesprek|"
    r"technical|onsite|on-site|hiring manager|chat with|call with|meet(?:ing)? with|conversation",
    re.I,
)


def _job_event(ev: CalendarEvent, subject: str, body: str) -> bool:
    if _JOB_EVENT.search(ev.summary):
        return True
    return bool(
        re.search(
            r"\binterview|entrevista|entretien|vorstellungsgespräch|colloquio|sollicitatiegesprek",
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


def _interviewers(
    events: list[CalendarEvent], mine: frozenset[str]
) -> list[tuple[str | None, str]]:
    seen: dict[str, str | None] = {}
    for e in events:
        for name, email in e.attendees:
            if email in mine or "resource.calendar" in email or senders.is_noreply(email):
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
        name = first_name(pm.from_name)
        if name:
            return name
    sig = name_from_signature(split.signature)
    if sig:
        return first_name(sig)
    for e in events:
        if (
            e.organizer_email
            and e.organizer_email not in mine
            and not senders.is_noreply(e.organizer_email)
        ):
            n = first_name(e.organizer_name)
            if n:
                return n
    return None


__all__ = [
    "EXTRACTOR_VERSION",
    "FallbackCase",
    "Scoring",
    "fallback_case",
    "follow_up_on",
    "guess_language",
    "kind_of",
    "normalise",
    "respond_by",
    "score_message",
    "understand",
]
