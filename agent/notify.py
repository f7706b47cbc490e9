"""One notification after a pass that made drafts, through apprise (off by default).

"2 drafts ready: thank-you (Northwind Analytics), check-in (Globex)". Only kinds and
company names leave the machine: no addresses, no mail text. A notification that fails is
logged and never fails the pass.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from agent.config import Config
from agent.followup.status import KIND_LABELS

logger = logging.getLogger(__name__)


class MadeDraft(Protocol):
    kind: str
    application: str


def drafts_message(drafts: Sequence[MadeDraft]) -> tuple[str, str]:
    """(title, body) for the drafts of one pass."""
    n = len(drafts)
    what = ", ".join(f"{KIND_LABELS.get(d.kind, d.kind)} ({d.application})" for d in drafts)
    title = f"{n} draft{'s' if n != 1 else ''} ready"
    return title, f"{title}: {what}"


def notify_drafts(cfg: Config, drafts: Sequence[MadeDraft]) -> bool:
    """Send the message to every configured apprise URL; True when it was delivered."""
    urls = cfg.notify.apprise_urls
    if not urls or not drafts:
        return False
    import apprise  # imported on use: loads every notification plugin (slow)

    sender = apprise.Apprise()
    for url in urls:
        if not sender.add(url):
            logger.warning("notify: apprise does not understand the URL %r", url.split("?")[0])
    title, body = drafts_message(drafts)
    try:
        ok = bool(sender.notify(title=title, body=body))
    except Exception as exc:  # a broken notifier must never break a pass
        logger.warning("notify: %s: %s", type(exc).__name__, exc)
        return False
    if not ok:
        logger.warning("notify: the notification could not be delivered")
    return ok


__all__ = [
    "MadeDraft",
    "drafts_message",
    "notify_drafts",
]
