"""Understanding job mail: MIME → text, calendar invitations, classification, dates, contacts.

Public API (used by the pipeline, ``classify``, ``explain`` and ``plan``)::

    understand(raw, me=..., source=..., default_tz=...) -> MessageFacts
    could_be_job_mail(headers, snippet="", me=...) -> bool   # the cheap first pass
    EXTRACTOR_VERSION
    sources.iter_sources(paths)                               # .eml / directories / mbox
"""

from __future__ import annotations

from agent.understand.core import EXTRACTOR_VERSION, understand
from agent.understand.firstpass import could_be_job_mail

__all__ = ["EXTRACTOR_VERSION", "could_be_job_mail", "understand"]
