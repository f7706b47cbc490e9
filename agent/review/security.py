"""The page's locks: a secret in the URL, a session cookie, CSRF tokens, strict headers.

The server is for one person on their own machine. Whoever can reach the port must still
know the secret printed by ``followup-agent review`` (its first use trades it for an
HttpOnly, SameSite=Strict cookie and a redirect that drops it from the address bar); every
change needs the CSRF token of the page it came from; the Content-Security-Policy allows
no script at all and only the page's own stylesheet.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import socket

COOKIE = "followup_review"
#: no scripts at all; styles and images only from this server; no framing, no base tags
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # "no-referrer" would make form posts say Origin: null
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class RemoteBindRefused(ValueError):
    """A non-loopback address was asked for without the explicit permission."""


def new_secret() -> str:
    return secrets.token_urlsafe(24)


def derive(secret: str, purpose: str) -> str:
    """A value bound to the secret and one purpose (the cookie, the CSRF token)."""
    return hmac.new(secret.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def same(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


def is_loopback(host: str) -> bool:
    """True when every address ``host`` names is a loopback address."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def check_bind(host: str, *, allow_remote: bool) -> None:
    if not is_loopback(host) and not allow_remote:
        raise RemoteBindRefused(
            f"refusing to serve the review page on {host}: it is not a loopback address, so "
            "other machines could reach your mail; pass --allow-remote if you really mean it"
        )


__all__ = [
    "COOKIE",
    "CSP",
    "SECURITY_HEADERS",
    "RemoteBindRefused",
    "check_bind",
    "derive",
    "is_loopback",
    "new_secret",
    "same",
]
