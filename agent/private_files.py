"""Files only the user may read: the state store (subjects, senders, whole draft texts)
and the Gmail token. Files are 0600 and the directories the agent keeps them in 0700.

A directory the agent creates is made 0700. An existing one is tightened only when it is
the agent's own (named ``followup-agent``, as in the default locations), never a home
directory or a project folder the user pointed ``store.path`` into.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

APP_DIR_NAME = "followup-agent"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed; the agent's own directory is 0700."""
    path = Path(path).expanduser()
    created = not path.exists()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if created or path.name == APP_DIR_NAME:
        with contextlib.suppress(OSError):  # not ours to change (another owner): leave it
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                path.chmod(0o700)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if missing, else take group/other access away."""
    path = Path(path).expanduser()
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        with contextlib.suppress(OSError):
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                path.chmod(0o600)
    else:
        os.close(fd)
    return path


__all__ = [
    "APP_DIR_NAME",
    "private_dir",
    "private_file",
]
