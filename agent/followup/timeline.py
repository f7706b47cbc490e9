"""Applications and their timelines, built from stored messages and the candidate's notes.

Pure: ``build_timeline(messages, notes, tz=..., now=...)`` takes everything as arguments.

How messages become applications:

1. **Threads.** Messages are grouped by the backend's thread id when it has one, else by
   ``Message-ID`` / ``In-Reply-To`` / ``References`` chains, else by normalised subject
   within one company. A thread is named by the Message-ID of its first message.
2. **Applications.** Threads of one company are linked: the company the understanding
   step found, the employer's own sender domain (not an ATS, job board or free-mail
   domain), the company in an ATS display name ("Acme via Greenhouse"), a company named
   in the subject, and finally the role. So an ATS rejection from a no-reply address in a
   new thread joins the interview thread it ends.
3. **Facts**, each with its source (a message, or "noted by you"): interviews (the latest
   reschedule or calendar update wins — by calendar UID and SEQUENCE, else the newer
   message in the same thread before the interview took place; a cancellation removes
   it), promised decision dates, requested follow-up dates, rejections, offers, the
   human contacts, and what the candidate sent.
4. **Stage**: the stage of the latest stage-bearing event (applied, assessment,
   interviewing, rejected, offer).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from agent.followup import contacts as C
from agent.followup.corrections import Corrections, with_contact
from agent.followup.days import short_day, short_time
from agent.models import Folder, MessageFacts, Note, StoredMessage

logger = logging.getLogger(__name__)

Stage = Literal["applied", "assessment", "interviewing", "rejected", "offer"]
STAGE_OF_KIND: dict[str, Stage] = {
    "application_received": "applied",
    "assessment": "assessment",
    "interview": "interviewing",
    "rejection": "rejected",
    "offer": "offer",
}
NOTED_BY_YOU = "noted by you"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|fw|fwd|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def normalise_subject(subject: str) -> str:
    """``"RE: Fwd: Interview"`` → ``"interview"``: for threading by subject."""
    return " ".join(_SUBJECT_PREFIX.sub("", subject or "").lower().split())


def when(m: StoredMessage) -> datetime:
    """When a message happened: its Date header, else when the agent first saw it."""
    return m.facts.sent_at or m.first_seen or _EPOCH


def short_id(app_key: str) -> str:
    """A short stable id for the CLI (``note a1b2 --hear-by ...``)."""
    return hashlib.sha1(app_key.encode()).hexdigest()[:6]


@dataclass(frozen=True)
class Source:
    """Where a fact came from: a message, or something the candidate noted."""

    message: StoredMessage | None = None
    note: Note | None = None

    @property
    def stated_at(self) -> datetime:
        if self.message is not None:
            return when(self.message)
        assert self.note is not None
        return self.note.noted_at

    @property
    def seen_at(self) -> datetime:
        """When the agent first knew this fact (the staleness rule compares against it)."""
        if self.message is not None:
            return self.message.first_seen or when(self.message)
        assert self.note is not None
        return self.note.noted_at

    @property
    def is_note(self) -> bool:
        return self.note is not None

    def describe(self, tz: ZoneInfo, *, year: int | None = None) -> str:
        if self.note is not None:
            return NOTED_BY_YOU
        return f"their email of {short_day(self.stated_at, tz, year=year)}"


@dataclass(frozen=True)
class DatedFact:
    """A date the employer stated (decision date, requested follow-up) and its source."""

    value: date
    source: Source
    thread: str | None


@dataclass
class Interview:
    """One interview as currently known (after every update seen so far)."""

    key: str
    start: datetime
    end: datetime | None
    source: Source  # the message (or note) that set the current time
    thread: str | None
    uid: str | None = None
    sequence: int = 0
    interviewers: list[tuple[str | None, str]] = field(default_factory=list)
    cancelled: bool = False
    updates: int = 0


@dataclass
class Thread:
    key: str  # Message-ID of the first message (or a backend id when it has none)
    messages: list[StoredMessage]
    subject: str

    @property
    def backend_thread_id(self) -> str | None:
        for m in reversed(self.messages):
            if m.thread_id:
                return m.thread_id
        return None


@dataclass(frozen=True)
class Contact:
    email: str
    name: str | None
    first_name: str | None
    last_seen: datetime
    thread: str | None
    via: str  # "sender", "named in message", "interviewer"


@dataclass(frozen=True)
class Event:
    at: datetime
    text: str
    stage: Stage | None = None
    key: str = ""


@dataclass
class Application:
    """Everything known about one application (a company, and role where known)."""

    key: str
    company: str
    role: str | None
    threads: list[Thread]
    messages: list[StoredMessage]  # sorted by time
    interviews: list[Interview]  # active (not cancelled), sorted by start
    cancelled_interviews: list[Interview]
    promises: list[DatedFact]  # "you will hear from us by", sorted by when stated
    requests: list[DatedFact]  # "please follow up on", sorted by when stated
    rejections: list[StoredMessage]
    offers: list[StoredMessage]
    contacts: list[Contact]  # human contacts, most recent first
    notes: list[Note]
    events: list[Event]  # stage-bearing and notable events, sorted
    stage: Stage = "applied"

    @property
    def short_id(self) -> str:
        return short_id(self.key)

    def thread(self, key: str | None) -> Thread | None:
        for t in self.threads:
            if t.key == key:
                return t
        return None

    def thread_of(self, message: StoredMessage) -> Thread | None:
        for t in self.threads:
            if any(m.id == message.id for m in t.messages):
                return t
        return None

    def employer_messages(self) -> list[StoredMessage]:
        return [m for m in self.messages if not m.facts.is_own]

    def own_messages(self) -> list[StoredMessage]:
        return [m for m in self.messages if m.facts.is_own]

    def employer_wrote_after(self, moment: datetime) -> StoredMessage | None:
        """The first employer message after ``moment``, if any."""
        for m in self.messages:
            if not m.facts.is_own and when(m) > moment:
                return m
        return None

    def own_messages_after(self, moment: datetime) -> list[StoredMessage]:
        return [m for m in self.messages if m.facts.is_own and when(m) > moment]

    def last_event(self) -> Event | None:
        return self.events[-1] if self.events else None

    def human_contact(self, *, thread: str | None = None) -> Contact | None:
        """The most recent human contact, preferring one seen in ``thread``."""
        if thread is not None:
            for c in self.contacts:
                if c.thread == thread and c.via != "interviewer":
                    return c
        for c in self.contacts:
            if c.via != "interviewer":
                return c
        return self.contacts[0] if self.contacts else None

    def contact_named(self, email: str) -> Contact | None:
        for c in self.contacts:
            if c.email == email.lower():
                return c
        return None

    def latest_message_in(
        self, thread: str | None, *, until: datetime | None = None
    ) -> StoredMessage | None:
        t = self.thread(thread)
        if t is None:
            return None
        msgs = [m for m in t.messages if until is None or when(m) <= until]
        return msgs[-1] if msgs else None


@dataclass
class Timeline:
    applications: list[Application]
    tz: ZoneInfo

    def by_key(self, key: str) -> Application | None:
        for a in self.applications:
            if a.key == key:
                return a
        return None


# --------------------------------------------------------------------------- threading


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # deterministic: the smaller name wins
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _explicit_company(f: MessageFacts) -> str | None:
    """The understanding step's company, unless it is implausible (a word, the role)."""
    if not C.plausible_company(f.company):
        return None
    company = (f.company or "").strip()
    if f.role and C.company_key(f.role) == C.company_key(company):
        return None
    return company


def _message_company(f: MessageFacts) -> str | None:
    """The company one message names, by the strongest signal available."""
    explicit = _explicit_company(f)
    if explicit:
        return explicit
    if f.is_own:
        return None
    from_ats = C.company_from_display_name(f.from_name)
    if from_ats:
        return from_ats
    dom = C.employer_domain(f.from_email)
    if dom:
        return C.company_from_domain(dom)
    return None


def _own_company_domains(f: MessageFacts, me: set[str]) -> list[str]:
    out = []
    for addr in [*f.to, *f.cc]:
        if addr.lower() in me:
            continue
        d = C.employer_domain(addr)
        if d:
            out.append(d)
    return out


def _threads(messages: Sequence[StoredMessage]) -> list[list[StoredMessage]]:
    uf = _UnionFind()
    by_mid: dict[str, str] = {}
    for m in messages:
        node = f"m:{m.id}"
        uf.find(node)
        if m.thread_id:
            uf.union(node, f"t:{m.thread_id}")
        mid = m.facts.message_id
        if mid:
            if mid in by_mid:
                uf.union(node, by_mid[mid])
            by_mid[mid] = node
            uf.union(node, f"id:{mid}")
    for m in messages:
        node = f"m:{m.id}"
        for ref in [m.facts.in_reply_to, *m.facts.references]:
            if ref:
                uf.union(node, f"id:{ref}")
    # fallback for messages the headers do not link (no backend thread id, no known parent):
    # the same normalised subject within one company
    by_subject: dict[tuple[str, str], str] = {}
    for m in messages:
        node = f"m:{m.id}"
        subj = normalise_subject(m.facts.subject)
        company = _message_company(m.facts)
        if not subj or company is None:
            continue
        k = (subj, C.company_key(company))
        parents = [r for r in [m.facts.in_reply_to, *m.facts.references] if r]
        parent_known = any(r in by_mid for r in parents)
        if k in by_subject and not m.thread_id and not parent_known:
            uf.union(node, by_subject[k])
        by_subject.setdefault(k, node)
    groups: dict[str, list[StoredMessage]] = {}
    for m in messages:
        groups.setdefault(uf.find(f"m:{m.id}"), []).append(m)
    out = [sorted(g, key=lambda m: (when(m), m.id)) for g in groups.values()]
    out.sort(key=lambda g: (when(g[0]), g[0].id))
    return out


def _thread_key(msgs: list[StoredMessage]) -> str:
    for m in msgs:
        if m.facts.message_id:
            return m.facts.message_id
    return f"<{msgs[0].id}>"


# --------------------------------------------------------------------------- applications


@dataclass
class _ThreadInfo:
    thread: Thread
    aliases: set[str]
    companies: Counter[str]
    roles: Counter[str]


def _role_key(role: str) -> str:
    return " ".join(re.split(r"[^a-z0-9+#]+", role.lower())).strip()


def _message_aliases(f: MessageFacts, me: set[str]) -> tuple[set[str], str | None]:
    """Company identities one message carries, and its company name if it gives one.

    A sender domain counts only when the message names no other company (an agency
    recruiter writing about Acme must not link Acme with every other agency client).
    """
    aliases: set[str] = set()
    explicit = _explicit_company(f)
    if f.is_own:
        if explicit:
            aliases.add("c:" + C.company_key(explicit))
        for d in _own_company_domains(f, me):
            aliases.add("d:" + d)
        return aliases, explicit
    dom = C.employer_domain(f.from_email)
    ats = C.company_from_display_name(f.from_name)
    if explicit:
        ek = C.company_key(explicit)
        aliases.add("c:" + ek)
        if dom:
            dk = C.company_key(C.company_from_domain(dom))
            if ek and (dk.startswith(ek) or ek.startswith(dk)):
                aliases.add("d:" + dom)
        return aliases, explicit
    if ats:
        aliases.add("c:" + C.company_key(ats))
    if dom:
        aliases.add("d:" + dom)
        aliases.add("c:" + C.company_key(C.company_from_domain(dom)))
    return aliases, ats or (C.company_from_domain(dom) if dom else None)


def _company_in(text: str, keys: dict[str, str]) -> str | None:
    """The key of a known company named in ``text`` (word n-grams, longest first)."""
    words = re.findall(r"[A-Za-z0-9&]+", text)
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            key = C.company_key(" ".join(words[i : i + n]))
            if key in keys:
                return key
    return None


def _group_threads(
    threads: list[Thread], me: set[str], corrections: Corrections | None = None
) -> list[list[_ThreadInfo]]:
    infos: list[_ThreadInfo] = []
    for t in threads:
        aliases: set[str] = set()
        companies: Counter[str] = Counter()
        roles: Counter[str] = Counter()
        for m in t.messages:
            found, name = _message_aliases(m.facts, me)
            aliases |= found
            if name:
                # the understanding step's company outweighs a guess from a domain
                companies[name] += 3 if name == _explicit_company(m.facts) else 1
            if m.facts.role:
                roles[m.facts.role.strip()] += 1
        aliases.discard("c:")
        infos.append(_ThreadInfo(t, aliases, companies, roles))

    uf = _UnionFind()
    for i, info in enumerate(infos):
        uf.find(f"t{i}")
        for a in info.aliases:
            uf.union(f"t{i}", "a:" + a)

    # a thread with no company signal of its own: a company named in its subject, else
    # its role when exactly one application has that role
    names = {
        C.company_key(n): n for info in infos for n in info.companies if len(C.company_key(n)) >= 3
    }
    role_owner: dict[str, set[str]] = {}
    for i, info in enumerate(infos):
        if info.aliases:
            for r in info.roles:
                role_owner.setdefault(_role_key(r), set()).add(uf.find(f"t{i}"))
    for i, info in enumerate(infos):
        if info.aliases:
            continue
        target = None
        for subject in (m.facts.subject for m in info.thread.messages):
            key = _company_in(subject, names)
            if key is not None:
                target = "a:c:" + key
                break
        if target is None:
            for r in info.roles:
                owners = role_owner.get(_role_key(r), set())
                if len(owners) == 1:
                    target = next(iter(owners))
                    break
        if target is not None:
            uf.union(f"t{i}", target)
    if corrections:
        uf = _regroup(infos, uf, corrections)

    groups: dict[str, list[_ThreadInfo]] = {}
    for i, info in enumerate(infos):
        groups.setdefault(uf.find(f"t{i}"), []).append(info)
    return list(groups.values())


def _regroup(infos: list[_ThreadInfo], uf: _UnionFind, corrections: Corrections) -> _UnionFind:
    """The candidate's merges and splits, in the order made, on top of the automatic grouping."""
    index = {m.id: i for i, info in enumerate(infos) for m in info.thread.messages}
    members: dict[str, set[int]] = {}
    for i in range(len(infos)):
        members.setdefault(uf.find(f"t{i}"), set()).add(i)
    group_of = {i: frozenset(g) for g in members.values() for i in g}
    for op, a, b in corrections.grouping():
        ia, ib = index.get(a), index.get(b or "")
        if ia is None or (op == "merge" and ib is None):
            continue
        if op == "split":
            rest = group_of[ia] - {ia}
            group_of |= {i: frozenset(rest) for i in rest} | {ia: frozenset({ia})}
        else:
            assert ib is not None
            joined = group_of[ia] | group_of[ib]
            group_of |= {i: joined for i in joined}
    out = _UnionFind()
    for i, g in group_of.items():
        out.union(f"t{i}", f"t{min(g)}")
    return out


def _is_job_group(group: list[_ThreadInfo]) -> bool:
    """A group is an application if some employer message in it is about hiring."""
    for info in group:
        for m in info.thread.messages:
            f = m.facts
            if f.is_own:
                continue
            if f.kind != "other" or f.interview_at or f.respond_by or f.follow_up_on:
                return True
            if f.interview_cancelled:
                return True
    return False


def _company_name(group: list[_ThreadInfo]) -> str:
    total: Counter[str] = Counter()
    for info in group:
        total.update(info.companies)
    if total:
        # most weight, then the first named (dicts keep insertion order), then the name
        order = {name: i for i, name in enumerate(total)}
        return sorted(total.items(), key=lambda kv: (-kv[1], order[kv[0]], kv[0]))[0][0]
    for info in group:
        for m in info.thread.messages:
            d = C.domain_of(m.facts.from_email)
            if d and not m.facts.is_own:
                return f"Unknown ({d})"
    return "Unknown company"


def _first_company(group: list[_ThreadInfo]) -> str | None:
    """The company named by the group's earliest message: the application key's source.

    New mail arrives later, so this stays put while the display name (a vote) may move;
    notes and follow-up keys refer to the application by this key.
    """
    msgs = sorted(
        (m for info in group for m in info.thread.messages), key=lambda m: (when(m), m.id)
    )
    for m in msgs:
        name = _message_company(m.facts)
        if name:
            return name
    return None


def _role(group: list[_ThreadInfo], company: str) -> str | None:
    """The role named most often (then first): one odd subject line does not rename it."""
    counts: Counter[str] = Counter()
    first: dict[str, datetime] = {}
    for info in group:
        for m in info.thread.messages:
            role = (m.facts.role or "").strip()
            if role and C.plausible_company(role) and C.company_key(role) != C.company_key(company):
                counts[role] += 1
                first[role] = min(first.get(role, when(m)), when(m))
    if not counts:
        return None
    return sorted(counts, key=lambda r: (-counts[r], first[r], r))[0]


# --------------------------------------------------------------------------- facts


def _interviews(
    app_msgs: list[tuple[StoredMessage, str]], notes: list[Note], tz: ZoneInfo
) -> tuple[list[Interview], list[Interview]]:
    """Replay interview signals in order; the latest update wins, CANCEL removes."""
    active: list[Interview] = []
    cancelled: list[Interview] = []

    def pending_in_thread(thread: str, at: datetime) -> Interview | None:
        # the interview of this thread that had not yet taken place when the message came
        cands = [i for i in active if i.thread == thread and i.start > at]
        if cands:
            return min(cands, key=lambda i: i.start)
        return None

    def cancel(iv: Interview) -> None:
        iv.cancelled = True
        active.remove(iv)
        cancelled.append(iv)

    for m, thread in app_msgs:
        f = m.facts
        if f.is_own:
            continue
        at = when(m)
        src = Source(message=m)
        handled = False
        for ev in f.calendar:
            if ev.method.upper() == "REPLY" or (ev.start is None and not ev.cancelled):
                continue
            handled = True
            same = next((i for i in [*active, *cancelled] if ev.uid and i.uid == ev.uid), None)
            people = [(n, e.lower()) for n, e in ev.attendees if e]
            if ev.organizer_email and len(people) <= 1:
                # the organizer attends when listed; alone with the candidate, they must
                people.append((ev.organizer_name, ev.organizer_email.lower()))
            if same is not None:
                if ev.sequence < same.sequence:
                    continue  # an older update arriving late
                same.sequence = ev.sequence
                if ev.cancelled:
                    if not same.cancelled:
                        cancel(same)
                    same.source = src
                    continue
                if same.cancelled:
                    same.cancelled = False
                    cancelled.remove(same)
                    active.append(same)
                if ev.start is not None:
                    same.start = ev.start
                same.end = ev.end
                same.source = src
                same.updates += 1
                if people:
                    same.interviewers = people
                continue
            if ev.cancelled:
                iv = pending_in_thread(thread, at)
                if iv is not None:
                    cancel(iv)
                continue
            assert ev.start is not None
            dup = next((i for i in active if i.start == ev.start), None)
            if dup is not None:
                dup.uid = dup.uid or ev.uid
                dup.sequence = ev.sequence
                dup.source = src
                if people:
                    dup.interviewers = people
                continue
            # a new UID in a thread with an interview still ahead: an update from a tool
            # that re-issues invitations (treated like a reschedule)
            iv = pending_in_thread(thread, at)
            if iv is not None and iv.uid is None:
                iv.uid, iv.start, iv.end, iv.source = ev.uid, ev.start, ev.end, src
                iv.updates += 1
                if people:
                    iv.interviewers = people
                continue
            active.append(
                Interview(
                    key=f"cal:{ev.uid}" if ev.uid else f"msg:{f.message_id or m.id}",
                    start=ev.start,
                    end=ev.end,
                    source=src,
                    thread=thread,
                    uid=ev.uid,
                    sequence=ev.sequence,
                    interviewers=people,
                )
            )
        if handled:
            continue
        if f.interview_cancelled:
            iv = pending_in_thread(thread, at)
            if iv is None:
                ahead = [i for i in active if i.start > at]
                iv = min(ahead, key=lambda i: i.start) if ahead else None
            if iv is not None:
                cancel(iv)
                iv.source = src
            continue
        if f.interview_at is None:
            continue
        if any(i.start == f.interview_at for i in active):
            continue  # a confirmation or reminder of a known interview
        iv = pending_in_thread(thread, at)
        if iv is not None:  # a reschedule before it took place
            iv.start, iv.end, iv.source = f.interview_at, f.interview_end, src
            iv.updates += 1
            if f.interviewers:
                iv.interviewers = [(n, e.lower()) for n, e in f.interviewers]
            continue
        active.append(
            Interview(
                key=f"msg:{f.message_id or m.id}",
                start=f.interview_at,
                end=f.interview_end,
                source=src,
                thread=thread,
                interviewers=[(n, e.lower()) for n, e in f.interviewers],
            )
        )
    for n in notes:
        if n.kind != "interview_at" or not isinstance(n.value, datetime):
            continue
        start = n.value if n.value.tzinfo else n.value.replace(tzinfo=tz)
        if any(i.start == start for i in active):
            continue
        active.append(
            Interview(
                key=f"note:{n.id if n.id is not None else start.isoformat()}",
                start=start,
                end=None,
                source=Source(note=n),
                thread=None,
            )
        )
    active.sort(key=lambda i: (i.start, i.key))
    return active, cancelled


def _contacts(
    app_msgs: list[tuple[StoredMessage, str]],
    interviews: list[Interview],
    company: str,
    me: set[str],
) -> list[Contact]:
    """Human contacts at the employer (never no-reply or platform addresses), newest first."""
    found: dict[str, Contact] = {}

    def add(
        email: str | None,
        name: str | None,
        first: str | None,
        at: datetime,
        thread: str | None,
        via: str,
    ) -> None:
        if not email or not C.is_usable_contact(email.strip(), me):
            return
        email = email.strip().lower()
        name = C.clean_text(name) or None
        first = C.first_name(first, company=company) if first else None
        first = first or C.first_name(name, company=company)
        old = found.get(email)
        if old is not None:
            name = name or old.name
            first = first or old.first_name
            if old.last_seen > at:
                at, thread, via = old.last_seen, old.thread, old.via
        found[email] = Contact(email, name, first, at, thread, via)

    for m, thread in app_msgs:
        f = m.facts
        if f.is_own:
            continue
        at = when(m)
        sender = (f.from_email or "").lower()
        add(
            f.from_email,
            f.from_name,
            f.contact_name if f.contact_email and f.contact_email.lower() == sender else None,
            at,
            thread,
            "sender",
        )
        if f.reply_to and f.reply_to.lower() != sender:
            add(f.reply_to, None, None, at, thread, "sender")
        if f.contact_email and f.contact_email.lower() != sender:
            add(f.contact_email, None, f.contact_name, at, thread, "named in message")
    for iv in interviews:
        for name, email in iv.interviewers:
            if email.lower() not in found:
                add(email, name, None, iv.source.stated_at, iv.thread, "interviewer")
    return sorted(found.values(), key=lambda c: (c.last_seen, c.email), reverse=True)


def _event_text(m: StoredMessage) -> str:
    f = m.facts
    if f.is_own:
        return "you wrote"
    if f.interview_cancelled:
        return "interview cancelled"
    return {
        "interview": "interview invitation" if f.interview_at is None else "interview scheduled",
        "rejection": "rejection",
        "application_received": "application received",
        "assessment": "assessment",
        "offer": "offer",
    }.get(f.kind, "they wrote")


def _app_key(company: str, used: set[str]) -> str:
    base = C.slug(company)
    key = base
    n = 2
    while key in used:
        key = f"{base}-{n}"
        n += 1
    used.add(key)
    return key


def build_timeline(
    messages: Iterable[StoredMessage],
    notes: Iterable[Note] = (),
    *,
    tz: ZoneInfo,
    now: datetime | None = None,
    me: Iterable[str] = (),
    corrections: Corrections | None = None,
) -> Timeline:
    """Group ``messages`` into applications; messages dated after ``now`` are ignored.

    ``notes`` join the application whose key they name; a note for an application that
    no longer exists is ignored (and logged at DEBUG). ``corrections`` (the candidate's)
    change how messages are read, how threads are grouped, and add contacts and dates.
    """
    me_set = {a.lower() for a in me}
    msgs = [m for m in messages if now is None or when(m) <= now]
    # the same message in two folders (Gmail labels, a full rescan): keep the first
    seen_mid: set[str] = set()
    unique: list[StoredMessage] = []
    for m in sorted(msgs, key=lambda m: (when(m), m.id)):
        mid = m.facts.message_id
        if mid and mid in seen_mid:
            continue
        if mid:
            seen_mid.add(mid)
        from_me = bool(me_set) and (m.facts.from_email or "").lower() in me_set
        if not m.facts.is_own and (from_me or m.folder == Folder.SENT):
            own = m.facts.model_copy(update={"is_own": True})
            m = StoredMessage(m.id, m.folder, m.thread_id, own, m.first_seen)
        unique.append(corrections.message(m) if corrections else m)

    threads = [
        Thread(key=_thread_key(g), messages=g, subject=g[0].facts.subject) for g in _threads(unique)
    ]
    notes_list = [n for n in notes if now is None or n.noted_at <= now]
    apps: list[Application] = []
    used: set[str] = set()
    groups = _group_threads(threads, me_set, corrections)
    groups.sort(key=lambda g: min(when(i.thread.messages[0]) for i in g))
    for group in groups:
        if not _is_job_group(group):
            continue
        company = _company_name(group)
        key = _app_key(_first_company(group) or company, used)
        group_threads = sorted((i.thread for i in group), key=lambda t: when(t.messages[0]))
        app_msgs = sorted(
            ((m, t.key) for t in group_threads for m in t.messages),
            key=lambda mt: (when(mt[0]), mt[0].id),
        )
        app_notes = [n for n in notes_list if n.application == key]
        if corrections:
            ids = {m.id for m, _ in app_msgs}
            contact = corrections.contact(ids)
            if contact:
                app_msgs = with_contact(app_msgs, contact)
            app_notes += [
                n for n in corrections.notes(key, ids) if now is None or n.noted_at <= now
            ]
        active, cancelled = _interviews(app_msgs, app_notes, tz)
        promises: list[DatedFact] = []
        requests: list[DatedFact] = []
        rejections: list[StoredMessage] = []
        offers: list[StoredMessage] = []
        events: list[Event] = []
        for m, thread in app_msgs:
            f = m.facts
            if f.is_own:
                events.append(Event(when(m), "you wrote", None, f.message_id or m.id))
                continue
            if f.respond_by:
                promises.append(DatedFact(f.respond_by, Source(message=m), thread))
            if f.follow_up_on:
                requests.append(DatedFact(f.follow_up_on, Source(message=m), thread))
            if f.kind == "rejection":
                rejections.append(m)
            if f.kind == "offer":
                offers.append(m)
            events.append(
                Event(
                    when(m),
                    _event_text(m),
                    STAGE_OF_KIND.get(f.kind),
                    f.message_id or m.id,
                )
            )
        for n in app_notes:
            if n.kind == "hear_by" and isinstance(n.value, date):
                value = n.value.date() if isinstance(n.value, datetime) else n.value
                promises.append(DatedFact(value, Source(note=n), None))
                events.append(Event(n.noted_at, f"you noted: hear by {short_day(value)}"))
            elif n.kind == "follow_up_on" and isinstance(n.value, date):
                value = n.value.date() if isinstance(n.value, datetime) else n.value
                requests.append(DatedFact(value, Source(note=n), None))
                events.append(Event(n.noted_at, f"you noted: follow up on {short_day(value)}"))
            elif n.kind == "interview_at":
                events.append(Event(n.noted_at, "you noted an interview", "interviewing"))
        for iv in active:
            if now is None or iv.start <= now:
                text = f"interview {short_day(iv.start, tz)} {short_time(iv.start, tz)}"
                events.append(Event(iv.start, text, None, iv.key))
        events.sort(key=lambda e: e.at)
        promises.sort(key=lambda p: p.source.stated_at)
        requests.sort(key=lambda p: p.source.stated_at)
        stage: Stage = "applied"
        for e in events:
            if e.stage is not None:
                stage = e.stage
        apps.append(
            Application(
                key=key,
                company=company,
                role=_role(group, company),
                threads=group_threads,
                messages=[m for m, _ in app_msgs],
                interviews=active,
                cancelled_interviews=cancelled,
                promises=promises,
                requests=requests,
                rejections=rejections,
                offers=offers,
                contacts=_contacts(app_msgs, active, company, me_set),
                notes=app_notes,
                events=events,
                stage=stage,
            )
        )
    known = {a.key for a in apps}
    for n in notes_list:
        if n.application not in known:
            logger.debug("note %s names unknown application %s; ignored", n.id, n.application)
    return Timeline(applications=apps, tz=tz)
