"""``classify``/``plan`` read an mbox file into exactly the messages ``mailbox.mbox`` gives.

The reader scans blocks with ``bytes.find`` instead of the stdlib's line loop; the stdlib
is the oracle here, on real mbox shapes and on seeded random ones (blank lines, "From"
inside lines, CRLF, text before the first message, no final newline), read in blocks
small enough that every boundary falls across a block edge somewhere.
"""

from __future__ import annotations

import io
import mailbox
import random
from pathlib import Path

import pytest

import agent.mail.message_files as message_files
from agent.mail.message_files import iter_sources, mbox_messages
from tests.mailfactory import make_message


def _stdlib(path: Path) -> list[bytes]:
    box = mailbox.mbox(str(path), create=False)
    try:
        return [box.get_bytes(key) for key in box.iterkeys()]
    finally:
        box.close()


def _ours(data: bytes, block: int, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    monkeypatch.setattr(message_files, "_MBOX_BLOCK", block)
    return list(mbox_messages(io.BytesIO(data)))


def test_mbox_written_by_the_stdlib_reads_back_message_for_message(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    box = mailbox.mbox(str(path), create=True)
    for n in range(5):
        box.add(make_message(subject=f"message {n}", body=f"From here on, line {n}\n\n\n"))
    box.flush()
    box.close()
    got = [(label, raw) for label, raw in iter_sources([path])]
    assert [label for label, _ in got] == [f"{path}#{n}" for n in range(1, 6)]
    assert [raw for _, raw in got] == _stdlib(path)
    assert b"Subject: message 4" in got[4][1]


_PIECES = [
    b"From ",
    b"From a@b Sat Jan  1 00:00:00 2000\n",
    b"\n",
    b"\n\n",
    b"x",
    b"line\n",
    b"From",
    b"\r\n",
    b">From x\n",
    b" From y\n",
    b"F",
    b"rom ",
]


@pytest.mark.parametrize("seed", range(4))
def test_random_mbox_shapes_split_as_the_stdlib_splits_them(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rnd = random.Random(seed)
    path = tmp_path / "shape.mbox"
    for _ in range(150):
        body = b"".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40)))
        data = body if rnd.random() < 0.2 else b"From " + body
        path.write_bytes(data)
        expected = _stdlib(path)
        for block in (1, 2, 5, 7, 64, 1 << 22):
            assert _ours(data, block, monkeypatch) == expected, (data, block)


def test_unreadable_mbox_gives_an_error_for_the_file_and_the_others_still_read(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good.mbox"
    good.write_bytes(b"From a@b Sat Jan  1 00:00:00 2000\nSubject: hi\n\nbody\n")
    missing = tmp_path / "missing.mbox"
    got = list(iter_sources([missing, good]))
    assert isinstance(got[0][1], Exception)
    assert got[1] == (f"{good}#1", b"Subject: hi\n\nbody\n")
