"""Reading the draft templates from disk: the edge that hands their text to the core.

For each kind and language, in this order: ``<lang>/<kind>.txt.j2`` in the user's
``templates.folder``, then a ``templates.<kind>`` file (used for every language), then the
built-in ``agent/data/templates/<lang>/<kind>.txt.j2``. The texts are compiled by
:class:`agent.followup.compose.TemplateSet`, which never reads a file itself.
"""

from __future__ import annotations

from pathlib import Path

from agent.config import TemplatesSettings
from agent.followup.compose import ComposeError, TemplateSet, TemplateSource
from agent.models import FOLLOWUP_KINDS, FollowUpKind
from agent.understand.language import LANGUAGES

BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "data" / "templates"


def _read(path: Path, key: str) -> TemplateSource:
    try:
        return TemplateSource(path.read_text(encoding="utf-8"), f"{key}: {path}")
    except OSError as exc:
        raise ComposeError(f"{key}: cannot read {path}: {exc}") from exc


def load_templates(settings: TemplatesSettings | None = None) -> TemplateSet:
    """The user's templates where they have them, the built-in ones elsewhere.

    :raises ComposeError: a template file that cannot be read or compiled.
    """
    settings = settings or TemplatesSettings()
    shared: dict[FollowUpKind, TemplateSource] = {}
    per_language: dict[tuple[str, FollowUpKind], TemplateSource] = {}
    folder = settings.folder.expanduser() if settings.folder else None
    for kind in FOLLOWUP_KINDS:
        path = getattr(settings, kind)
        if path is not None:
            shared[kind] = _read(Path(path).expanduser(), f"templates.{kind}")
        for lang in LANGUAGES:
            user = folder / lang / f"{kind}.txt.j2" if folder else None
            if user is not None and user.is_file():
                per_language[(lang, kind)] = _read(user, "templates.folder")
            elif kind not in shared:
                builtin = BUILTIN_TEMPLATES / lang / f"{kind}.txt.j2"
                per_language[(lang, kind)] = _read(builtin, "built-in")
    return TemplateSet(per_language, shared)


__all__ = ["BUILTIN_TEMPLATES", "load_templates"]
