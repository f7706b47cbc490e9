"""An application's timeline as a picture: marks on a time axis (pure geometry).

The template draws these as SVG shapes; every label goes through Jinja's escaping, and the
colours come from CSS classes, so the page needs no inline style or script.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.followup.days import short_day
from agent.followup.status import KIND_LABELS
from agent.followup.timeline import Application, when
from agent.models import FollowUpRow, effective_due

WIDTH = 960
LEFT, RIGHT = 40, 920
#: the rows of the picture, top to bottom
LANES = {"message": 70, "interview": 110, "moment": 150}
HEIGHT = 200


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    shape: str  # circle | diamond | triangle | line
    css: str
    title: str
    label: str = ""


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Picture:
    width: int
    height: int
    marks: list[Mark]
    ticks: list[Tick]
    now_x: float | None
    lanes: dict[str, int]


def picture(app: Application, rows: list[FollowUpRow], *, now: datetime) -> Picture:
    """Messages, interviews, promised dates and every planned or drafted moment, in time."""
    tz_now = now
    points: list[tuple[datetime, str, str, str, str]] = []  # (at, lane, shape, css, title)
    for m in app.messages:
        f = m.facts
        who = "you" if f.is_own else (f.from_name or f.from_email or "")
        css = "own" if f.is_own else f"kind-{f.kind}"
        points.append((when(m), "message", "circle", css, f"{who}: {f.subject}"))
    for iv in app.interviews:
        points.append((iv.start, "interview", "diamond", "interview", "interview"))
    for iv in app.cancelled_interviews:
        points.append((iv.start, "interview", "diamond", "cancelled", "interview (cancelled)"))
    for p in app.promises:
        at = datetime.combine(p.value, datetime.min.time(), tzinfo=now.tzinfo)
        points.append(
            (at, "interview", "line", "promise", f"you will hear by {short_day(p.value)}")
        )
    for p in app.requests:
        at = datetime.combine(p.value, datetime.min.time(), tzinfo=now.tzinfo)
        points.append((at, "interview", "line", "request", f"follow up on {short_day(p.value)}"))
    for r in rows:
        if r.application_key != app.key:
            continue
        label = KIND_LABELS.get(r.kind, r.kind)
        points.append(
            (
                effective_due(r),
                "moment",
                "triangle",
                f"status-{r.status.value}",
                f"{label} ({r.status.value}): {r.reason}",
            )
        )
    if not points:
        return Picture(WIDTH, HEIGHT, [], [], None, LANES)
    times = [p[0] for p in points] + [tz_now]
    start, end = min(times), max(times)
    span = max(end - start, timedelta(days=1))
    start -= span * 0.03
    end += span * 0.03
    total = (end - start).total_seconds()

    def x_of(at: datetime) -> float:
        return round(LEFT + (RIGHT - LEFT) * (at - start).total_seconds() / total, 1)

    marks = []
    for at, lane, shape, css, title in sorted(points, key=lambda p: p[0]):
        label = ""
        if lane != "message":
            label = title.split(":")[0].split(" (")[0] if shape != "line" else title
        marks.append(
            Mark(
                x_of(at),
                LANES[lane],
                shape,
                css,
                f"{short_day(at.astimezone(now.tzinfo))}: {title}",
                label[:24],
            )
        )
    ticks = []
    for i in range(6):
        at = start + (end - start) * (i / 5)
        ticks.append(Tick(x_of(at), short_day(at.astimezone(now.tzinfo))))
    return Picture(WIDTH, HEIGHT, marks, ticks, x_of(tz_now), LANES)


__all__ = [
    "HEIGHT",
    "LANES",
    "WIDTH",
    "Mark",
    "Picture",
    "Tick",
    "picture",
]
