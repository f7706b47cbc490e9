"""Paths on the command line → raw messages: .eml files, directories of them, mbox files.

An edge: it reads files, and hands the understanding step bytes. Shared by ``classify``,
``plan`` and the benchmarks. An unreadable file yields ``(path, exception)`` and
iteration goes on, so one bad file never hides the others.
"""

from __future__ import annotations

import logging
import mailbox
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["iter_sources"]

logger = logging.getLogger(__name__)


def _is_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(5)
    except OSError:
        return False
    return head == b"From "


def _iter_mbox(path: Path) -> Iterator[tuple[str, bytes | Exception]]:
    try:
        box = mailbox.mbox(path, create=False)
        keys = box.keys()
    except Exception as exc:
        yield str(path), exc
        return
    try:
        for n, key in enumerate(keys, 1):
            label = f"{path}#{n}"
            try:
                yield label, box.get_bytes(key)
            except Exception as exc:
                yield label, exc
    finally:
        box.close()


def _iter_file(path: Path) -> Iterator[tuple[str, bytes | Exception]]:
    if _is_mbox(path):
        yield from _iter_mbox(path)
        return
    try:
        yield str(path), path.read_bytes()
    except OSError as exc:
        yield str(path), exc


_MAILDIR_SKIP = ("draft", "trash", "spam", "junk")


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _is_maildir_leaf(path: Path) -> bool:
    """``Maildir/cur`` or ``Maildir/new``: message files without an .eml suffix."""
    return path.name in ("cur", "new") and _is_maildir(path.parent)


def _iter_maildir(root: Path) -> Iterator[tuple[str, bytes | Exception]]:
    """A Maildir++ tree: the inbox and its ``.Folder`` subfolders, minus drafts and trash."""
    folders = [
        root,
        *sorted(
            d
            for d in root.iterdir()
            if d.name.startswith(".")
            and _is_maildir(d)
            and not any(word in d.name.lower() for word in _MAILDIR_SKIP)
        ),
    ]
    for folder in folders:
        for sub in ("cur", "new"):
            for f in sorted((folder / sub).iterdir()):
                if f.is_file() and not f.name.startswith("."):
                    yield from _iter_file(f)


def iter_sources(paths: Sequence[Path]) -> Iterator[tuple[str, bytes | Exception]]:
    """``(label, raw bytes)`` for every message under ``paths``, or ``(label, error)``.

    A file is an mbox when it starts with a ``From `` line; otherwise it is one message.
    Directories are walked recursively in sorted order and yield their ``.eml`` files
    (and mbox files); hidden files and directories are skipped. A Maildir (a directory
    with ``cur/`` and ``new/``) yields every message of its inbox and subfolders except
    drafts, trash and spam; its ``cur/`` or ``new/`` alone yields every file in it.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir() and _is_maildir(path):
            yield from _iter_maildir(path)
        elif path.is_dir() and _is_maildir_leaf(path):
            for f in sorted(path.iterdir()):
                if f.is_file() and not f.name.startswith("."):
                    yield from _iter_file(f)
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    f = Path(root) / name
                    if name.lower().endswith(".eml") or (
                        name.lower().endswith(".mbox") and _is_mbox(f)
                    ):
                        yield from _iter_file(f)
        elif path.exists():
            yield from _iter_file(path)
        else:
            yield str(path), FileNotFoundError(f"no such file or directory: {path}")
