"""Serving the review page with uvicorn, on loopback unless told otherwise."""

from __future__ import annotations

import logging
import socket
import webbrowser
from collections.abc import Callable

import uvicorn

from agent.review.app import ReviewSettings, create_app
from agent.review.security import check_bind

logger = logging.getLogger(__name__)


def url_of(host: str, port: int, secret: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/?key={secret}"


def bind(host: str, port: int, *, allow_remote: bool) -> socket.socket:
    """The listening socket (port 0: any free port), after the loopback check."""
    check_bind(host, allow_remote=allow_remote)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(64)
    return sock


def serve(
    settings: ReviewSettings,
    sock: socket.socket,
    *,
    open_browser: bool = False,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve until interrupted; prints (``announce``) the address with its secret first."""
    host, port = sock.getsockname()[:2]
    if host not in ("127.0.0.1", "::1", "localhost"):
        settings.allowed_hosts = ["*"]  # --allow-remote: reached under a name we cannot know
    url = url_of(host, port, settings.secret)
    app = create_app(settings)
    review = app.state.review
    with review.store() as store:
        review.timeline(store)  # build it once now, so the first page is as quick as the rest
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    announce(url)
    if open_browser:
        webbrowser.open(url)
    server.run(sockets=[sock])


__all__ = [
    "bind",
    "serve",
    "url_of",
]
