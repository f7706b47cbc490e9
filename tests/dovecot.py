"""A private Dovecot for tests and benchmarks: throw-away config, passwd-file users, Maildir.

Start one with :func:`start_dovecot` (or the ``dovecot`` pytest fixture) and get a fresh
user per test with :meth:`DovecotServer.add_user`. Messages can be delivered straight into
the Maildir (fast: 10,000 files in a second, no APPEND round trips), and the files can be
read back to prove the agent changed neither a flag nor a byte of the user's mail.

Locally without the ``dovecot`` binary the fixtures skip with the reason; with ``CI=true``
a missing Dovecot is a failure, because CI is where the IMAP backend must be proven.

:class:`TcpProxy` sits between the client and Dovecot on loopback so a test can cut the
connection, send a ``BYE`` or stall at a chosen moment of the conversation.
"""

from __future__ import annotations

import contextlib
import grp
import itertools
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from imapclient import IMAPClient

from agent.config import ImapSettings

MAILDIR_FLAG_LETTERS = {
    "D": "\\Draft",
    "F": "\\Flagged",
    "R": "\\Answered",
    "S": "\\Seen",
    "T": "\\Deleted",
}


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None
    )


def require_dovecot() -> str:
    """The dovecot binary, else skip (locally) or fail (``CI=true``) with the reason."""
    path = dovecot_binary()
    if path is None:
        reason = (
            "dovecot is not installed (Debian/Ubuntu: apt-get install -y "
            "--no-install-recommends dovecot-imapd); the IMAP backend tests need a real server"
        )
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


# --------------------------------------------------------------------------- OAuth stub


class _IntrospectionHandler(BaseHTTPRequestHandler):
    """RFC 7662-style token introspection: the token ``good-<user>`` is valid for <user>."""

    server: _IntrospectionServer

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        query = self.path.partition("?")[2]
        token = (parse_qs(body).get("token") or parse_qs(query).get("token") or [""])[0]
        if not token:
            auth = self.headers.get("Authorization", "")
            token = auth.removeprefix("Bearer ").strip()
        self.server.seen.append(token)
        if token.startswith("good-"):
            answer = {"active": "true", "email": token.removeprefix("good-")}
        else:
            answer = {"active": "false"}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST

    def log_message(self, format: str, *args: object) -> None:
        pass


class _IntrospectionServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _IntrospectionHandler)
        self.seen: list[str] = []


# --------------------------------------------------------------------------- the server


@dataclass
class DovecotServer:
    """One running Dovecot. ``root`` holds config, users, logs and every user's Maildir."""

    root: Path
    port: int
    process: subprocess.Popen[bytes] | None = None
    tls_port: int | None = None
    cafile: Path | None = None
    oauth_server: _IntrospectionServer | None = None
    _users: dict[str, str] = field(default_factory=dict)
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # ----------------------------------------------------------------- users and mail

    def add_user(self, password: str = "secret", name: str | None = None) -> str:
        """A fresh user with an empty Maildir (the passwd-file is re-read on change)."""
        name = name or f"user{next(self._counter)}@example.com"
        self._users[name] = password
        # One passwd-file per user: Dovecot re-reads a changed file only when its mtime
        # (seconds) moves, so rewriting one shared file twice a second loses users.
        path = self.root / "passwd" / name
        path.write_text(f"{name}:{{PLAIN}}{password}::::::\n")
        os.chmod(path, 0o644)
        home = self.home(name)
        home.mkdir(parents=True, exist_ok=True)
        _chown_tree(home.parent)
        return name

    def home(self, user: str) -> Path:
        return self.root / "mail" / user

    def maildir(self, user: str, folder: str | None = None) -> Path:
        """The Maildir++ directory of ``folder`` (None: INBOX), names as Dovecot stores them."""
        base = self.home(user) / "Maildir"
        if folder is None or folder.upper() == "INBOX":
            return base
        from imapclient.imap_utf7 import encode

        return base / ("." + encode(folder).decode("ascii").replace("/", "."))

    def deliver(
        self,
        user: str,
        raw: bytes,
        *,
        folder: str | None = None,
        flags: str = "",
        when: datetime | None = None,
    ) -> Path:
        """Write one message file into ``cur/`` (flags as Maildir letters, e.g. ``"S"``).

        ``when`` becomes the file's mtime, which Dovecot uses as the INTERNALDATE, so a
        window search (SEARCH SINCE) sees the message's own date.
        """
        d = self.maildir(user, folder)
        if not (d / "tmp").is_dir():
            for sub in ("cur", "new", "tmp"):
                (d / sub).mkdir(parents=True, exist_ok=True)
            _chown_tree(self.home(user))
        n = next(self._counter)
        ts = int(when.timestamp()) if when else int(time.time())
        path = d / "cur" / f"{ts}.M{n}P{os.getpid()}.test,S={len(raw)}:2,{''.join(sorted(flags))}"
        path.write_bytes(raw)
        os.utime(path, (ts, ts))
        _chown_file(path)
        return path

    def snapshot(self, user: str) -> dict[str, tuple[str, bytes]]:
        """Every message file: unique name → (Maildir flag letters, exact bytes)."""
        out: dict[str, tuple[str, bytes]] = {}
        base = self.home(user) / "Maildir"
        for path in base.rglob("*"):
            if path.parent.name not in {"cur", "new"} or not path.is_file():
                continue
            unique, _, info = path.name.partition(":")
            flags = info.partition(",")[2] if info.startswith("2,") else ""
            folder = path.parent.parent.relative_to(base).as_posix()
            out[f"{folder}/{unique}"] = (flags, path.read_bytes())
        return out

    def client(self, user: str, password: str | None = None) -> IMAPClient:
        """A plain IMAPClient logged in as ``user``, for tests to look with their own eyes."""
        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(user, password or self._users[user])
        return c

    def settings(self, user: str, **overrides: object) -> ImapSettings:
        values: dict[str, object] = {
            "host": "127.0.0.1",
            "port": self.port,
            "security": "none",
            "username": user,
            "password_env": "FOLLOWUP_TEST_IMAP_PASSWORD",
            "timeout": timedelta(seconds=10),
        }
        values.update(overrides)
        return ImapSettings.model_validate(values)

    def password(self, user: str) -> str:
        return self._users[user]

    # ----------------------------------------------------------------- life cycle

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None
        if self.oauth_server is not None:
            self.oauth_server.shutdown()
            self.oauth_server.server_close()
            self.oauth_server = None

    def log(self) -> str:
        try:
            return (self.root / "dovecot.log").read_text(errors="replace")
        except OSError:
            return ""


def _ids() -> tuple[str, str, str, str]:
    """(internal user, internal group, mail uid, mail gid) for this process' privileges."""
    if os.geteuid() == 0:
        return "dovecot", "dovecot", "nobody", grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_name
    me = pwd.getpwuid(os.geteuid()).pw_name
    group = grp.getgrgid(os.getegid()).gr_name
    return me, group, me, group


def _chown_tree(path: Path) -> None:
    """As root, hand the Maildir to the unprivileged mail user Dovecot runs as."""
    if os.geteuid() != 0:
        return
    uid = pwd.getpwnam("nobody").pw_uid
    gid = pwd.getpwnam("nobody").pw_gid
    for dirpath, _dirnames, filenames in os.walk(path):
        os.chown(dirpath, uid, gid)
        for name in filenames:
            os.chown(os.path.join(dirpath, name), uid, gid)


def _chown_file(path: Path) -> None:
    if os.geteuid() == 0:
        os.chown(path, pwd.getpwnam("nobody").pw_uid, pwd.getpwnam("nobody").pw_gid)


def _make_cert(root: Path) -> tuple[Path, Path]:
    key, cert = root / "key.pem", root / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    os.chmod(key, 0o644)
    return key, cert


def start_dovecot(
    *,
    drafts_mailbox: str = "Drafts",
    sent_mailbox: str = "Sent",
    tls: bool = False,
    oauth: bool = False,
    global_acl: str | None = None,
    root: Path | None = None,
) -> DovecotServer:
    """Write a standalone dovecot.conf under a new temp dir and start ``dovecot -F``.

    ``drafts_mailbox`` is the name given the ``\\Drafts`` SPECIAL-USE attribute (e.g.
    ``Entwürfe``). ``tls`` adds a self-signed certificate, STARTTLS on the plain port and
    an implicit-TLS listener. ``oauth`` enables XOAUTH2 checked against a loopback token
    introspection stub (a token ``good-<user>`` is accepted for <user>). ``global_acl``
    enables the ACL plugin and the IMAP ACL extension (RFC 4314) with these lines as the
    global ACL file (``<mailbox> <identifier> <rights>``, e.g. ``Drafts owner lrws``).
    """
    binary = require_dovecot()
    if root is None:
        root = Path(tempfile.mkdtemp(prefix="fa-dovecot-"))
    os.chmod(root, 0o755)
    for sub in ("run", "state", "mail", "passwd"):
        (root / sub).mkdir(exist_ok=True)
    os.chmod(root / "mail", 0o755)
    os.chmod(root / "passwd", 0o755)
    internal_user, internal_group, mail_user, mail_group = _ids()
    port = free_port()
    server = DovecotServer(root=root, port=port)

    ssl_conf = "ssl = no"
    imaps = "  inet_listener imaps {\n    port = 0\n  }"
    if tls:
        if shutil.which("openssl") is None:
            pytest.skip("openssl is needed to make a test certificate")
        key, cert = _make_cert(root)
        server.tls_port = free_port()
        server.cafile = cert
        ssl_conf = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"
        imaps = (
            "  inet_listener imaps {\n    address = 127.0.0.1\n"
            f"    port = {server.tls_port}\n    ssl = yes\n  }}"
        )
    mechanisms = "plain login"
    oauth_passdb = ""
    if oauth:
        server.oauth_server = _IntrospectionServer()
        threading.Thread(target=server.oauth_server.serve_forever, daemon=True).start()
        oport = server.oauth_server.server_address[1]
        (root / "oauth2.conf.ext").write_text(
            f"tokeninfo_url = http://127.0.0.1:{oport}/tokeninfo?token=\n"
            "username_attribute = email\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        mechanisms = "plain login xoauth2 oauthbearer"
        oauth_passdb = (
            "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {root}/oauth2.conf.ext\n}}\n"
        )
    acl_conf = ""
    if global_acl is not None:
        (root / "global-acl").write_text(global_acl, encoding="utf-8")
        acl_conf = (
            "mail_plugins = $mail_plugins acl\n"
            "protocol imap {\n  mail_plugins = $mail_plugins imap_acl\n}\n"
            f"plugin {{\n  acl = vfile:{root}/global-acl:cache_secs=0\n  acl_globals_only = yes\n}}\n"
        )
    chroot = ""
    if os.geteuid() != 0:
        chroot = "service imap-login {\n  chroot =\n}\nservice anvil {\n  chroot =\n}\n"
    conf = f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl_conf}
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = {mechanisms}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {internal_user if os.geteuid() != 0 else "dovenull"}
first_valid_uid = 1
first_valid_gid = 1
{oauth_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd/%u
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={root}/mail/%u
}}
mail_location = maildir:~/Maildir
{acl_conf}namespace inbox {{
  inbox = yes
  separator = /
  mailbox "{drafts_mailbox}" {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox "{sent_mailbox}" {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
{imaps}
}}
# no brute-force penalty: a wrong-password test must not slow the next test's login
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
{chroot}"""
    (root / "dovecot.conf").write_text(conf, encoding="utf-8")
    server.process = subprocess.Popen(
        [binary, "-F", "-c", str(root / "dovecot.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port)
    except OSError:
        server.stop()
        raise RuntimeError(f"dovecot did not start:\n{server.log()}") from None
    return server


@contextlib.contextmanager
def running_dovecot(**kwargs: object) -> Iterator[DovecotServer]:
    server = start_dovecot(**kwargs)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


def new_user(server: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh user whose password the backend finds in $FOLLOWUP_TEST_IMAP_PASSWORD."""
    user = server.add_user()
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP_PASSWORD", server.password(user))
    return user


# --------------------------------------------------------------------------- a cuttable proxy


class TcpProxy:
    """Loopback TCP proxy that can break the conversation on purpose.

    ``arm(trigger, after_bytes, mode)``: once the client sends data containing ``trigger``
    (e.g. ``b"BODY.PEEK[HEADER]"``), let ``after_bytes`` more bytes of the server's answer
    through and then ``close`` the connection, send ``* BYE`` and close (``bye``), or stop
    forwarding so the client times out (``stall``). One shot; later connections work.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self.cuts = 0
        self._lock = threading.Lock()
        self._armed: tuple[bytes, int, str] | None = None
        self._skip = 0
        self._closing = False
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def arm(self, trigger: bytes, after_bytes: int = 0, mode: str = "close", nth: int = 1) -> None:
        """Break the ``nth`` command that contains ``trigger`` (see the class docstring)."""
        with self._lock:
            self._armed = (trigger, after_bytes, mode)
            self._skip = nth - 1

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self.connections += 1
                self._open += [client, upstream]
            state = {"budget": None, "mode": "close", "dead": False}
            threading.Thread(
                target=self._pump, args=(client, upstream, state, True), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(upstream, client, state, False), daemon=True
            ).start()

    def _pump(
        self, src: socket.socket, dst: socket.socket, state: dict[str, object], from_client: bool
    ) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if state["dead"]:
                    continue  # stalled: swallow everything
                if from_client:
                    with self._lock:
                        if self._armed and self._armed[0] in data:
                            if self._skip > 0:
                                self._skip -= 1
                            else:
                                _, after, mode = self._armed
                                self._armed = None
                                state["budget"], state["mode"] = after, mode
                    dst.sendall(data)
                    continue
                budget = state["budget"]
                if isinstance(budget, int):
                    if len(data) <= budget:
                        state["budget"] = budget - len(data)
                        dst.sendall(data)
                        continue
                    dst.sendall(data[:budget])
                    self.cuts += 1
                    if state["mode"] == "stall":
                        state["dead"] = True
                        state["budget"] = None
                        continue
                    if state["mode"] == "bye":
                        dst.sendall(b"* BYE proxy says goodbye\r\n")
                    break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            if not state["dead"]:
                for s in (src, dst):
                    with contextlib.suppress(OSError):
                        s.shutdown(socket.SHUT_RDWR)
                    s.close()

    def close(self) -> None:
        self._closing = True
        self.sock.close()
        with self._lock:
            for s in self._open:
                with contextlib.suppress(OSError):
                    s.close()


# --------------------------------------------------------------------------- wire counting


class WireCounter:
    """Counts IMAP commands sent and bytes read by the clients it is attached to.

    Pass an instance as ``ImapMailbox(on_connect=counter)``, or call it on a fresh
    IMAPClient. It wraps imaplib's ``send`` (a command is a line that starts with the
    connection's tag prefix; literals are not counted) and ``read``/``readline``.
    """

    LOGIN_COMMANDS = frozenset({"LOGIN", "AUTHENTICATE"})

    def __init__(self) -> None:
        self.commands: list[str] = []
        self.bytes_read = 0
        self.bytes_sent = 0
        self.connections = 0

    def __call__(self, client: IMAPClient) -> None:
        imap = client._imap
        self.connections += 1
        send, read, readline = imap.send, imap.read, imap.readline
        prefix = imap.tagpre

        def counting_send(data: bytes) -> None:
            self.bytes_sent += len(data)
            if data.startswith(prefix):
                words = data.split(b"\r\n", 1)[0].split(b" ")[1:3]
                label = words[0].decode("ascii", "replace").upper() if words else "?"
                if label == "UID" and len(words) > 1:
                    label += " " + words[1].decode("ascii", "replace").upper()
                self.commands.append(label)
            send(data)

        def counting_read(size: int) -> bytes:
            data = read(size)
            self.bytes_read += len(data)
            return data

        def counting_readline() -> bytes:
            data = readline()
            self.bytes_read += len(data)
            return data

        imap.send = counting_send
        imap.read = counting_read
        imap.readline = counting_readline

    def reset(self) -> None:
        self.commands.clear()
        self.bytes_read = 0
        self.bytes_sent = 0
        self.connections = 0

    def after_login(self) -> list[str]:
        """Commands sent after the last login (LOGOUT excluded)."""
        idx = max((i for i, c in enumerate(self.commands) if c in self.LOGIN_COMMANDS), default=-1)
        return [c for c in self.commands[idx + 1 :] if c != "LOGOUT"]
