"""An application's interviews, replayed from its messages and notes in order.

The latest reschedule or calendar update wins: by calendar UID and SEQUENCE, else the
newer message in the same thread before the interview took place. A cancellation removes
the interview (a later update with its UID revives it). A confirmation or reminder of a
known time changes nothing. Interviews the candidate noted join with no thread.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from agent.followup.application import Interview, Source, when
from agent.models import CalendarEvent, MessageFacts, Note, StoredMessage

People = list[tuple[str | None, str]]


def _attendees(ev: CalendarEvent) -> People:
    people = [(n, e.lower()) for n, e in ev.attendees if e]
    if ev.organizer_email and len(people) <= 1:
        # the organizer attends when listed; alone with the candidate, they must
        people.append((ev.organizer_name, ev.organizer_email.lower()))
    return people


def _speaks_of_interview(ev: CalendarEvent) -> bool:
    """A calendar event that sets or cancels an interview (not a reply, not timeless)."""
    return ev.method.upper() != "REPLY" and (ev.start is not None or ev.cancelled)


class _Replay:
    """The interviews known so far, updated one message at a time."""

    def __init__(self) -> None:
        self.active: list[Interview] = []
        self.cancelled: list[Interview] = []

    def pending_in_thread(self, thread: str, at: datetime) -> Interview | None:
        """The interview of this thread that had not yet taken place when a message came."""
        cands = [i for i in self.active if i.thread == thread and i.start > at]
        return min(cands, key=lambda i: i.start) if cands else None

    def cancel(self, iv: Interview) -> None:
        iv.cancelled = True
        self.active.remove(iv)
        self.cancelled.append(iv)

    def revive(self, iv: Interview) -> None:
        iv.cancelled = False
        self.cancelled.remove(iv)
        self.active.append(iv)

    # ------------------------------------------------------------------ calendar events

    def calendar_event(self, ev: CalendarEvent, m: StoredMessage, thread: str, src: Source) -> None:
        """One VEVENT: an update of a known UID, a cancellation, or a (re)scheduled time."""
        people = _attendees(ev)
        same = next(
            (i for i in [*self.active, *self.cancelled] if ev.uid and i.uid == ev.uid), None
        )
        if same is not None:
            self._update_same_uid(same, ev, src, people)
        elif ev.cancelled:
            iv = self.pending_in_thread(thread, when(m))
            if iv is not None:
                self.cancel(iv)
        else:
            self._schedule(ev, m, thread, src, people)

    def _update_same_uid(
        self, same: Interview, ev: CalendarEvent, src: Source, people: People
    ) -> None:
        if ev.sequence < same.sequence:
            return  # an older update arriving late
        same.sequence = ev.sequence
        if ev.cancelled:
            if not same.cancelled:
                self.cancel(same)
            same.source = src
            return
        if same.cancelled:
            self.revive(same)
        if ev.start is not None:
            same.start = ev.start
        same.end = ev.end
        same.source = src
        same.updates += 1
        if people:
            same.interviewers = people

    def _schedule(
        self, ev: CalendarEvent, m: StoredMessage, thread: str, src: Source, people: People
    ) -> None:
        """A new UID: a known time (a duplicate), a re-issued invitation, or a new interview."""
        assert ev.start is not None
        dup = next((i for i in self.active if i.start == ev.start), None)
        if dup is not None:
            dup.uid = dup.uid or ev.uid
            dup.sequence = ev.sequence
            dup.source = src
            if people:
                dup.interviewers = people
            return
        # a new UID in a thread with an interview still ahead: an update from a tool
        # that re-issues invitations (treated like a reschedule)
        iv = self.pending_in_thread(thread, when(m))
        if iv is not None and iv.uid is None:
            iv.uid, iv.start, iv.end, iv.source = ev.uid, ev.start, ev.end, src
            iv.updates += 1
            if people:
                iv.interviewers = people
            return
        self.active.append(
            Interview(
                key=f"cal:{ev.uid}" if ev.uid else f"msg:{m.facts.message_id or m.id}",
                start=ev.start,
                end=ev.end,
                source=src,
                thread=thread,
                uid=ev.uid,
                sequence=ev.sequence,
                interviewers=people,
            )
        )

    # ------------------------------------------------------------------ words in the text

    def text_signal(self, m: StoredMessage, thread: str, src: Source) -> None:
        """A message without a usable calendar event: its cancellation or its time."""
        f, at = m.facts, when(m)
        if f.interview_cancelled:
            self._cancel_by_text(thread, at, src)
        elif f.interview_at is not None and not any(i.start == f.interview_at for i in self.active):
            # (a known time is a confirmation or reminder of a known interview)
            self._time_by_text(f, m, thread, at, src)

    def _cancel_by_text(self, thread: str, at: datetime, src: Source) -> None:
        """The thread's pending interview, else the next one of the application."""
        iv = self.pending_in_thread(thread, at)
        if iv is None:
            ahead = [i for i in self.active if i.start > at]
            iv = min(ahead, key=lambda i: i.start) if ahead else None
        if iv is not None:
            self.cancel(iv)
            iv.source = src

    def _time_by_text(
        self, f: MessageFacts, m: StoredMessage, thread: str, at: datetime, src: Source
    ) -> None:
        assert f.interview_at is not None
        people = [(n, e.lower()) for n, e in f.interviewers]
        iv = self.pending_in_thread(thread, at)
        if iv is not None:  # a reschedule before it took place
            iv.start, iv.end, iv.source = f.interview_at, f.interview_end, src
            iv.updates += 1
            if f.interviewers:
                iv.interviewers = people
            return
        self.active.append(
            Interview(
                key=f"msg:{f.message_id or m.id}",
                start=f.interview_at,
                end=f.interview_end,
                source=src,
                thread=thread,
                interviewers=people,
            )
        )

    # ------------------------------------------------------------------ notes

    def note(self, n: Note, tz: ZoneInfo) -> None:
        """An interview the candidate noted, unless one is known at that time."""
        if n.kind != "interview_at" or not isinstance(n.value, datetime):
            return
        start = n.value if n.value.tzinfo else n.value.replace(tzinfo=tz)
        if any(i.start == start for i in self.active):
            return
        self.active.append(
            Interview(
                key=f"note:{n.id if n.id is not None else start.isoformat()}",
                start=start,
                end=None,
                source=Source(note=n),
                thread=None,
            )
        )


def interviews(
    app_msgs: list[tuple[StoredMessage, str]], notes: list[Note], tz: ZoneInfo
) -> tuple[list[Interview], list[Interview]]:
    """The active interviews (sorted by start) and the cancelled ones.

    ``app_msgs`` are the application's messages with their thread keys, in time order.
    """
    replay = _Replay()
    for m, thread in app_msgs:
        if m.facts.is_own:
            continue
        src = Source(message=m)
        events = [ev for ev in m.facts.calendar if _speaks_of_interview(ev)]
        for ev in events:
            replay.calendar_event(ev, m, thread, src)
        if not events:
            replay.text_signal(m, thread, src)
    for n in notes:
        replay.note(n, tz)
    replay.active.sort(key=lambda i: (i.start, i.key))
    return replay.active, replay.cancelled


__all__ = ["interviews"]
