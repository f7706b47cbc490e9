"""One exception tree for the whole agent; the CLI turns each into one readable line.

::

    AgentError
    ├── ConfigError            bad YAML / values: names file, line, key; nothing touched
    ├── StoreError             the state file cannot be opened / is locked / too new
    │   └── StoreLocked        another process holds the store
    ├── MailError              anything from a mailbox backend
    │   ├── AuthError          login refused / token revoked: the user must act
    │   ├── TransientMailError network, timeouts, 429/5xx: retry later
    │   └── ProtocolMailError  the server answered something we cannot use
    └── UnreadableMessage      one message could not be parsed: log its id and go on

Backends translate library errors once, at their boundary, with ``raise ... from exc``.
"""

from __future__ import annotations


class AgentError(Exception):
    """Base of every error the agent raises on purpose."""


class ConfigError(AgentError):
    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        key: str | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.key = key
        self.detail = message
        where = ""
        if file:
            where = f"{file}:{line}: " if line else f"{file}: "
        prefix = f"{key}: " if key else ""
        super().__init__(f"{where}{prefix}{message}")


class StoreError(AgentError):
    pass


class StoreLocked(StoreError):
    pass


class MailError(AgentError):
    pass


class AuthError(MailError):
    pass


class TransientMailError(MailError):
    pass


class ProtocolMailError(MailError):
    pass


class UnreadableMessage(AgentError):
    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


__all__ = [
    "AgentError",
    "AuthError",
    "ConfigError",
    "MailError",
    "ProtocolMailError",
    "StoreError",
    "StoreLocked",
    "TransientMailError",
    "UnreadableMessage",
]
