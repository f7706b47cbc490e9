"""A newcomer's first run, through the real CLI in a subprocess on a real Maildir.

No config: every command that could write refuses in one line naming ``config init``.
An empty file or one naming nobody writes nothing. The first pass drafts what is still
good manners (a check-in a week late, a rejection reply five days late) and lists what is
too late (a thank-you two weeks late, a rejection reply nine days late) with ids that
``revive`` and ``snooze`` act on; a longer grace in the config brings a missed one back.
"""

from __future__ import annotations

import email
import email.policy
import json
import mailbox
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.mailfactory import make_message

ROOT = Path(__file__).resolve().parent.parent
TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 12, 0, tzinfo=TZ)  # the first run: a Wednesday noon
ME = "me: {name: Sam Lee, addresses: [sam.lee@example.org]}\n"


def _at(month: int, day: int, hour: int) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=TZ)


def _rejection(company: str, person: str, address: str, when: datetime) -> bytes:
    return make_message(
        subject=f"Your application to {company}",
        sender=f"{person} <{address}>",
        to="Sam Lee <sam.lee@example.org>",
        body=(
            f"Hi Sam,\n\nThank you for your interest in the Analyst position at {company}. "
            "Unfortunately, we have decided to move forward with other candidates. We wish "
            f"you the best in your search.\n\nBest regards,\n{person}\nRecruiter, {company}\n"
        ),
        date=when,
        message_id=f"<rej@{address.split('@')[1]}>",
    )


def mailbox_before_install() -> list[bytes]:
    """Two weeks of job search that happened before the agent was installed."""
    return [
        make_message(  # interview Wed Mar 4 10:00: thank-you due 14:00 that day, 2 weeks ago
            subject="Interview invitation: Backend Engineer at Acme",
            sender="Jane Smith <jane.smith@acme-robotics.com>",
            to="Sam Lee <sam.lee@example.org>",
            body=(
                "Hi Sam,\n\nWe'd like to invite you to a video interview for the Backend "
                "Engineer role at Acme Robotics on Wednesday, March 4, 2026 at 10:00 AM ET."
                "\n\nBest,\nJane Smith\nRecruiter, Acme Robotics\n"
            ),
            date=_at(3, 2, 9),
            message_id="<inv@acme-robotics.com>",
        ),
        make_message(  # "by Friday March 6": the check-in was due Wed Mar 11, a week ago
            subject="Thank you for interviewing with Globex",
            sender="Tom Kim <tom.kim@globex.com>",
            to="Sam Lee <sam.lee@example.org>",
            body=(
                "Hi Sam,\n\nThank you for taking the time to interview with us today for the "
                "Data Engineer role. We will get back to you by Friday, March 6.\n\n"
                "Best regards,\nTom Kim\nTalent Partner, Globex\n"
            ),
            date=_at(3, 2, 16),
            message_id="<after@globex.com>",
        ),
        _rejection("Initech", "Peter Gibbons", "peter@initech.com", _at(3, 13, 11)),  # 5 days
        _rejection("Umbrella", "Ada Wong", "ada.wong@umbrella.com", _at(3, 9, 11)),  # 9 days
    ]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A newcomer's home: no config file anywhere."""
    for sub in ("config", "data", "cache"):
        (tmp_path / "home" / sub).mkdir(parents=True)
    return tmp_path / "home"


def cli(home: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_AGENT")}
    env.update(
        PYTHONPATH=str(ROOT),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        COLUMNS="200",
    )
    return subprocess.run(
        [sys.executable, "-m", "agent", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd or home,
    )


def make_maildir(root: Path, messages: list[bytes]) -> Path:
    box = mailbox.Maildir(root, create=True)
    box.add_folder("Sent")
    for raw in messages:
        msg = mailbox.MaildirMessage(raw)
        msg.set_subdir("cur")  # read mail, as a mail client leaves it
        msg.add_flag("S")
        box.add(msg)
    return root


def write_config(tmp: Path, extra: str = "", me: str = ME) -> Path:
    path = tmp / "config.yaml"
    path.write_text(
        "timezone: America/New_York\n"
        + me
        + f"mailbox:\n  backend: maildir\n  maildir: {{path: '{tmp / 'Mail'}'}}\n"
        + f"store: {{path: '{tmp / 'state.db'}'}}\n"
        + extra
    )
    return path


def drafts_in(maildir: Path) -> dict[str, str]:
    """In-Reply-To → Subject of every draft file."""
    out = {}
    for p in sorted((maildir / ".Drafts" / "cur").iterdir()):
        msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        out[str(msg["In-Reply-To"])] = str(msg["Subject"])
    return out


def run_json(home: Path, config: Path, now: datetime) -> dict:
    proc = cli(home, "run", "--once", "--now", now.isoformat(), "--json", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def one_line_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    for w in words:
        assert w in proc.stderr, proc.stderr


# --------------------------------------------------------------------------- no config


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "--once"],
        ["run", "--once", "--dry-run"],
        ["status"],
        ["drafts", "--offline"],
        ["skip", "abc123"],
        ["snooze", "abc123", "--until", "2026-04-01"],
        ["revive", "abc123"],
        ["config", "check"],
    ],
    ids=" ".join,
)
def test_without_a_config_every_command_refuses_naming_config_init(
    home: Path, argv: list[str]
) -> None:
    proc = cli(home, *argv)
    one_line_error(proc, "followup-agent config init", str(home / "config"))
    assert list((home / "data").iterdir()) == []  # no store, nothing written


def test_without_a_config_doctor_fails_and_read_only_commands_still_work(
    home: Path, tmp_path: Path
) -> None:
    proc = cli(home, "doctor")
    assert proc.returncode == 1
    assert "✗ config: no config file at" in proc.stdout
    assert "followup-agent config init" in proc.stdout
    make_maildir(tmp_path / "Mail", mailbox_before_install())
    # classify and plan read files only: the built-in defaults are fine
    proc = cli(home, "classify", "--json", str(tmp_path / "Mail" / "cur"))
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 4  # Maildir/cur: files without .eml
    assert {json.loads(line)["kind"] for line in proc.stdout.splitlines()} >= {"rejection"}
    proc = cli(home, "plan", "--now", NOW.isoformat(), "--json", str(tmp_path / "Mail"))
    assert proc.returncode == 0, proc.stderr
    # demo keeps its own config
    proc = cli(home, "demo", "--dir", str(tmp_path / "demo"))
    assert proc.returncode == 0, proc.stderr
    assert "Drafts created" in proc.stdout


def test_config_init_then_check_tells_what_is_missing(home: Path) -> None:
    proc = cli(home, "config", "init")
    assert proc.returncode == 0, proc.stderr
    written = home / "config" / "followup-agent" / "config.yaml"
    assert written.is_file()
    proc = cli(home, "config", "check")
    assert proc.returncode == 1  # valid YAML, but it names nobody yet
    assert "me.name: required before the agent writes a draft" in proc.stderr
    proc = cli(home, "run", "--once")
    one_line_error(proc, "me.name: required before the agent writes a draft", str(written))


@pytest.mark.parametrize("text", ["", "# nothing yet\n"], ids=["empty", "only a comment"])
def test_an_empty_config_file_is_refused(home: Path, tmp_path: Path, text: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(text)
    proc = cli(home, "--config", str(config), "run", "--once")
    one_line_error(proc, f"{config}:1: the file has no settings", "config init")


def test_nobody_named_means_no_drafts_and_a_dry_run_writes_no_store(
    home: Path, tmp_path: Path
) -> None:
    make_maildir(tmp_path / "Mail", mailbox_before_install())
    config = write_config(tmp_path, me="me: {name: Sam Lee}\n")
    proc = cli(home, "run", "--once", "--now", NOW.isoformat(), "--config", str(config))
    one_line_error(proc, "me.addresses: required before the agent writes a draft")
    assert not (tmp_path / "state.db").exists()
    assert not (tmp_path / "Mail" / ".Drafts").exists()
    proc = cli(
        home, "run", "--once", "--dry-run", "--now", NOW.isoformat(), "--json", "-c", str(config)
    )
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["dry_run"] is True and summary["due"] == 2 and summary["drafts_created"] == 0
    assert not (tmp_path / "state.db").exists()  # a dry run writes nothing, not even a store
    assert not (tmp_path / "Mail" / ".Drafts").exists()


# --------------------------------------------------------------------------- grace and missed


def test_first_run_drafts_what_is_still_polite_and_lists_what_it_missed(
    home: Path, tmp_path: Path
) -> None:
    make_maildir(tmp_path / "Mail", mailbox_before_install())
    config = write_config(tmp_path)

    first = run_json(home, config, NOW)
    assert first["drafts_created"] == 2 and first["missed"] == 2, first
    assert {(d["application"], d["kind"]) for d in first["drafts"]} == {
        ("Globex", "check_in"),  # a week late: within its 10 days
        ("Initech", "rejection_reply"),  # five days late: within its 7 days
    }
    assert all(isinstance(d["to"], str) and d["recipients"] == [d["to"]] for d in first["drafts"])
    assert set(drafts_in(tmp_path / "Mail")) == {"<after@globex.com>", "<rej@initech.com>"}

    # status lists each missed moment with its id, and how to revive it
    proc = cli(home, "status", "--json", "--now", NOW.isoformat(), "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    apps = {a["company"]: a for a in json.loads(proc.stdout)["applications"]}
    [acme_missed] = apps["Acme"]["missed"]
    [umbrella_missed] = apps["Umbrella"]["missed"]
    assert acme_missed["kind"] == "thank_you" and umbrella_missed["kind"] == "rejection_reply"
    assert acme_missed["to"] == "jane.smith@acme-robotics.com"  # one shape: as in plan --json
    acme, umbrella = acme_missed["id"], umbrella_missed["id"]
    table = cli(home, "status", "--now", NOW.isoformat(), "--config", str(config)).stdout
    assert f"followup-agent revive {acme}" in table and f"followup-agent revive {umbrella}" in table

    # drafts lists them too
    proc = cli(home, "drafts", "--offline", "--json", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert {m["id"] for m in report["missed"]} == {acme, umbrella}
    assert {type(d["to"]) for d in report["drafts"]} == {str}
    assert "revive" in cli(home, "drafts", "--offline", "--config", str(config)).stdout

    # revive: drafted at the next pass; snooze: drafted then, not before
    proc = cli(home, "revive", acme, "--now", NOW.isoformat(), "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    proc = cli(
        home,
        "snooze",
        umbrella,
        "--until",
        "2026-03-20",
        "--now",
        NOW.isoformat(),
        "-c",
        str(config),
    )
    assert proc.returncode == 0, proc.stderr
    later = run_json(home, config, NOW.replace(hour=13))
    assert [(d["application"], d["kind"]) for d in later["drafts"]] == [("Acme", "thank_you")]
    friday = run_json(home, config, datetime(2026, 3, 20, 12, 0, tzinfo=TZ))
    assert [(d["application"], d["kind"]) for d in friday["drafts"]] == [
        ("Umbrella", "rejection_reply")
    ]
    assert run_json(home, config, datetime(2026, 3, 20, 13, 0, tzinfo=TZ))["drafts_created"] == 0
    assert set(drafts_in(tmp_path / "Mail")) == {
        "<after@globex.com>",
        "<rej@initech.com>",
        "<inv@acme-robotics.com>",
        "<rej@umbrella.com>",
    }
    # nothing left to revive
    proc = cli(home, "revive", acme, "--config", str(config))
    one_line_error(proc, "only missed or skipped follow-ups can be revived")


def test_a_longer_grace_brings_a_missed_moment_back(home: Path, tmp_path: Path) -> None:
    make_maildir(tmp_path / "Mail", mailbox_before_install())
    config = write_config(tmp_path)
    assert run_json(home, config, NOW)["missed"] == 2
    write_config(tmp_path, extra="rules:\n  thank_you: {grace: 3w}\n")
    again = run_json(home, config, NOW.replace(hour=13))
    assert [(d["application"], d["kind"]) for d in again["drafts"]] == [("Acme", "thank_you")]


# --------------------------------------------------------------------------- the small things


def test_config_is_accepted_after_every_command(home: Path, tmp_path: Path) -> None:
    make_maildir(tmp_path / "Mail", mailbox_before_install())
    config = write_config(tmp_path)
    run_json(home, config, NOW)
    for argv in (["drafts", "--offline"], ["doctor"], ["status"], ["skip", "zzzzzz"]):
        proc = cli(home, *argv, "--config", str(config), cwd=tmp_path)
        assert "No such option" not in proc.stderr, (argv, proc.stderr)
        if argv[0] == "skip":  # the config was read: the id is what is wrong
            one_line_error(proc, "no follow-up has the id 'zzzzzz'")
        else:
            assert proc.returncode == 0, (argv, proc.stdout, proc.stderr)


def test_templates_export_then_use_them(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "my-templates"
    proc = cli(home, "templates", "export", str(out))
    assert proc.returncode == 0, proc.stderr
    builtin = ROOT / "agent" / "data" / "templates"
    shipped = sorted(p.relative_to(builtin) for p in builtin.glob("*/*.txt.j2"))
    assert len(shipped) >= 4 * 7  # four moments in (at least) seven languages
    assert sorted(p.relative_to(out) for p in out.glob("*/*.txt.j2")) == shipped
    for rel in shipped:
        assert (out / rel).read_text() == (builtin / rel).read_text()
    assert f"  folder: {out}" in proc.stdout
    one_line_error(cli(home, "templates", "export", str(out)), "--force")
    # an edited copy is what the drafts use
    mine = out / "en" / "rejection_reply.txt.j2"
    edited = mine.read_text().replace(
        "{% if signature %}", "A line I wrote myself.\n\n{% if signature %}", 1
    )
    assert "A line I wrote myself." in edited
    mine.write_text(edited)
    make_maildir(tmp_path / "Mail", mailbox_before_install())
    config = write_config(tmp_path, extra=f"templates:\n  folder: '{out}'\n")
    assert cli(home, "config", "check", str(config)).returncode == 0
    run_json(home, config, NOW)
    bodies = [p.read_text() for p in (tmp_path / "Mail" / ".Drafts" / "cur").iterdir()]
    assert sum("A line I wrote myself." in b for b in bodies) == 1  # Initech's reply only
    gone = write_config(tmp_path, extra=f"templates:\n  folder: '{tmp_path / 'nope'}'\n")
    one_line_error(cli(home, "config", "check", str(gone)), "templates.folder: no such folder")


def test_config_check_finds_what_would_fail_later(home: Path, tmp_path: Path) -> None:
    dup = write_config(tmp_path, extra="scan:\n  every: 15m\n  every: 5m\n")
    one_line_error(cli(home, "config", "check", str(dup)), "duplicate key 'every'")
    fast = write_config(tmp_path, extra="scan:\n  every: 20s\n")
    one_line_error(cli(home, "config", "check", str(fast)), "scan.every", "at least 1m")
    gone = write_config(tmp_path, extra="templates:\n  thank_you: /nonexistent/ty.j2\n")
    proc = cli(home, "config", "check", str(gone))
    one_line_error(proc, "templates.thank_you: no such file", "templates export")
    proc = cli(home, "--config", str(gone), "doctor")
    assert proc.returncode == 1 and "templates.thank_you: no such file" in proc.stdout
    clear = tmp_path / "imap.yaml"
    clear.write_text(
        ME + "mailbox:\n  backend: imap\n  imap:\n    host: imap.example.com\n"
        "    username: sam@example.org\n    security: none\n"
    )
    one_line_error(cli(home, "config", "check", str(clear)), "mailbox.imap.security", "clear text")


@pytest.fixture
def read_only() -> Iterator[list[Path]]:
    """Directories to make read-only for real (root ignores modes: the immutable flag)."""
    done: list[Path] = []
    yield done
    for d in done:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(d)], check=False)
        else:
            d.chmod(0o755)


def _make_read_only(path: Path, registry: list[Path]) -> None:
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("root ignores file modes and chattr is not installed")
        proc = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
        if proc.returncode != 0:
            pytest.skip(f"this filesystem has no immutable flag: {proc.stderr.strip()}")
    else:
        path.chmod(0o555)
    registry.append(path)


def test_doctor_finds_a_read_only_drafts_folder_and_store(
    home: Path, tmp_path: Path, read_only: list[Path]
) -> None:
    make_maildir(tmp_path / "Mail", [])
    config = write_config(tmp_path)
    run_json(home, config, NOW)  # creates the store and .Drafts
    (tmp_path / "Mail" / ".Drafts").mkdir(exist_ok=True)
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Mail" / ".Drafts" / sub).mkdir(exist_ok=True)
    proc = cli(home, "doctor", "--json", "--config", str(config))
    assert proc.returncode == 0, proc.stdout
    _make_read_only(tmp_path / "Mail" / ".Drafts" / "tmp", read_only)
    proc = cli(home, "doctor", "--json", "--config", str(config))
    checks = {c["name"]: c for c in map(json.loads, proc.stdout.splitlines())}
    assert proc.returncode == 1
    assert checks["drafts access"]["status"] == "fail"
    assert "cannot write in" in checks["drafts access"]["detail"]
    assert checks["store"]["status"] == "ok"
    _make_read_only(tmp_path, read_only)  # the store's directory: no -wal, no -shm, no writes
    proc = cli(home, "doctor", "--json", "--config", str(config))
    checks = {c["name"]: c for c in map(json.loads, proc.stdout.splitlines())}
    assert checks["store"]["status"] == "fail", checks["store"]
    assert "not writable" in checks["store"]["detail"]
